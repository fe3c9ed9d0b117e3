import { css } from 'lit';

export const selfAssessmentStyles = css`
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  button.step {
    color: var(--_accent);
    background: var(--_surface);
  }
  button.step[aria-current='step'] {
    color: var(--_accent-text);
    background: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    margin-block: 0.5em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    overflow-wrap: anywhere;
  }
  .notice {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .compare {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
    margin-block-end: var(--_space);
  }
  .hint {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9em;
  }
  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
  }
  fieldset.view {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    border: 0;
    padding: 0;
    margin: 0 0 0.5em;
  }
  fieldset.view legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  fieldset.view label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 44px;
  }
  sos-radar-chart,
  sos-gap-table {
    margin-block: var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  [hidden] {
    display: none !important;
  }
  @media print {
    nav,
    .actions,
    .compare,
    fieldset.view {
      display: none;
    }
  }
`;
