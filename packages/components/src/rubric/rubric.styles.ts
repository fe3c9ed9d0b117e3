import { css } from 'lit';

export const rubricStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding-block: calc(var(--_space) / 2);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    flex: 1 1 16rem;
  }
  progress {
    inline-size: min(100%, 14rem);
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .draft {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .notice button {
    margin-inline-start: 0.5em;
    margin-block: 0.25em;
  }
  .notice.warning {
    border-inline-start-color: var(--_danger);
  }
  details.scale {
    margin-block: calc(var(--_space) / 2);
  }
  dl.scale-key {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
  }
  dl.scale-key dt {
    font-weight: 600;
  }
  dl.scale-key dd {
    margin: 0;
    color: var(--_muted);
  }
  h2,
  h3 {
    line-height: 1.25;
    margin-block: calc(var(--_space) * 1.25) calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.15em;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
  }
  .group-progress {
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  fieldset[data-answered] {
    border-inline-start: 6px solid var(--_accent);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .statement {
    margin: 0 0 0.75em;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.5em;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-width: 2px;
    border-color: var(--_accent);
    background: var(--_surface-alt);
    font-weight: 600;
  }
  .option > span {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  .option.non-scored {
    border-style: dashed;
  }
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  label.evidence {
    display: block;
    margin-block-start: 0.75em;
    font-weight: 600;
  }
  .hint {
    display: block;
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_muted);
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 4.5em;
    margin-block-start: 0.25em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
  }
  details.look-fors {
    margin-block-start: 0.75em;
  }
  summary {
    cursor: pointer;
    /* Stays a list item so the disclosure triangle shows that it opens. */
    display: list-item;
    padding-block: 0.6em;
  }
  .review-answer {
    margin: 0;
    font-weight: 600;
  }
  .review-notes {
    white-space: pre-wrap;
    margin: 0.5em 0 0;
  }
  @media print {
    :host {
      --_surface: #fff;
      --_text: #000;
    }
    .bar button {
      display: none;
    }
    fieldset {
      break-inside: avoid;
    }
    details.look-fors > :not(summary) {
      display: block;
    }
  }
`;
