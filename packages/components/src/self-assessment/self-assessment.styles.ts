import { css } from 'lit';

export const selfAssessmentStyles = css`
  :host {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
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
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
    margin-block-start: 0.25em;
    scroll-margin-block-start: var(--sos-scroll-margin, 1rem);
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  h2:focus,
  h4:focus {
    outline: none;
  }
  h2:focus-visible,
  h4:focus-visible {
    outline: 3px solid var(--_focus);
  }
  p {
    margin: 0.5em 0;
  }
  .intro,
  .hint {
    color: var(--_muted);
  }
  .hint {
    font-size: 0.9em;
    font-weight: 400;
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
  .notice.warning {
    border-inline-start-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .status:empty {
    display: none;
  }
  .summary dl.scores {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0.5em;
    margin: 0;
  }
  .summary dl.scores > div {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_surface-alt);
  }
  .summary dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .summary dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
  }
  .priorities {
    padding-inline-start: 1.5em;
  }
  .priorities li {
    margin-block: 0.25em;
  }
  .missing {
    margin: 0.5em 0;
    padding: 0.5em 0.75em 0.5em 1.75em;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface-alt);
  }
  .compare .actions {
    margin-block: 0.5em;
  }
  .team,
  .partner-view,
  .plan-start {
    margin-block-start: 1.5em;
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
  fieldset.view label,
  .confirm label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    accent-color: var(--_accent);
    margin: 0;
  }
  sos-radar-chart,
  sos-gap-table {
    display: block;
    inline-size: 100%;
    margin-block: var(--_space);
  }
  .fields {
    display: grid;
    gap: 0.25em;
    max-inline-size: 32rem;
  }
  .fields label {
    font-weight: 600;
    margin-block-start: 0.5em;
  }
  .fields input,
  .fields select {
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-height: 44px;
  }
  .done h4 {
    margin-block-start: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  [hidden],
  .print-report {
    display: none !important;
  }
  @media print {
    :host {
      border: 0;
      padding: 0;
      color: #000 !important;
      background: #fff;
    }
    .screen,
    nav {
      display: none !important;
    }
    .print-report {
      display: block !important;
    }
    /* From the plan step, the plan prints itself: only its element is on paper. */
    .screen.plan-step {
      display: block !important;
    }
    .screen.plan-step nav,
    .plan > :not(sos-improvement-plan) {
      display: none !important;
    }
    .print-report h2 {
      margin-block-start: 0;
    }
    .print-report dl.meta {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.1em 1em;
    }
    .print-report dl.meta > div {
      display: contents;
    }
    .print-report dl.meta dt,
    .answers dt {
      font-weight: 600;
    }
    .print-report dd {
      margin: 0;
    }
    .summary dl.scores > div {
      background: none;
    }
    .missing {
      background: none;
    }
    .answers .answer {
      break-inside: avoid;
      padding-block: 0.25em;
      border-block-end: 1px solid #999;
    }
    .answers .evidence {
      white-space: pre-wrap;
    }
    .answers .evidence span {
      font-style: italic;
    }
    .chart {
      break-inside: avoid-page;
    }
    /* The report shows the chart and the table, not their on-screen controls. */
    .print-report sos-gap-table::part(controls),
    .print-report sos-radar-chart::part(readout) {
      display: none;
    }
  }
`;
