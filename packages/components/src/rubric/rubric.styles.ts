import { css } from 'lit';

// Sizes come from the theme (--_space, --_radius, the host's font size); layout follows the
// width the rubric is given (a container query), not the viewport, so it fits a sidebar as
// well as a full page. Three widths: wide (stepper beside the items), medium (stepper on top,
// scale on one row) and phone (compact sticky bar, scale as a list of full-width rows).
export const rubricStyles = css`
  :host {
    --_gap: calc(var(--_space) * 0.75);
  }
  .root {
    container: rubric / inline-size;
    padding: var(--_space);
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  @container rubric (min-width: 52rem) {
    .layout {
      grid-template-columns: 15.5rem minmax(0, 1fr);
      align-items: start;
    }
    .bar {
      position: sticky;
      top: 0;
      max-block-size: 100vh;
      overflow-y: auto;
    }
    .sections-toggle {
      display: none;
    }
  }
  .bar {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: calc(var(--_space) / 2);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    z-index: 1;
  }
  .who,
  .done,
  .blocked {
    margin: 0;
    font-size: 0.9em;
  }
  .who {
    font-weight: 600;
  }
  .blocked {
    padding: 0.25em 0.5em;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .progress {
    display: grid;
    gap: 0.25em;
  }
  progress {
    inline-size: 100%;
    block-size: 0.6rem;
    accent-color: var(--_accent);
  }
  #progress-text {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .stepper ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .step-heading {
    margin-block-start: 0.5em;
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--_muted);
  }
  button.step {
    display: grid;
    grid-template-columns: 1.6em minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.5em;
    inline-size: 100%;
    min-height: 2.75rem;
    padding: 0.35em 0.5em;
    text-align: start;
    font-size: 0.9em;
    line-height: 1.3;
    color: var(--_text);
    background: transparent;
    border: 2px solid transparent;
  }
  button.step:hover {
    background: var(--_surface);
  }
  button.step[aria-current='step'] {
    background: var(--_surface);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    border: 2px solid var(--_border);
    font-size: 0.85em;
    font-weight: 600;
  }
  button.step[data-state='complete'] .mark {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  button.step[data-state='partial'] .mark {
    border-color: var(--_accent);
  }
  .step-name {
    overflow-wrap: anywhere;
    /* Long role statements: three lines, the whole name is the section heading. */
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .step-count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-weight: 400;
  }
  /* Below the wide layout the header is a sticky bar and the section list opens on request. */
  @container rubric (max-width: 51.99rem) {
    .bar {
      position: sticky;
      top: 0;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      box-shadow: 0 2px 0 var(--_border);
    }
    .bar > .who,
    .bar > .blocked,
    .bar > .stepper {
      grid-column: 1 / -1;
    }
    .stepper ol:not(.open) {
      display: none;
    }
    .stepper ol.open {
      max-block-size: 60vh;
      overflow-y: auto;
      margin-block-start: 0.5em;
    }
    .sections-toggle {
      display: grid;
      inline-size: 100%;
      text-align: start;
      min-height: 2.75rem;
      padding: 0.3em 0.6em;
      line-height: 1.3;
    }
    .sections-toggle::after {
      content: '▾';
      position: absolute;
      inset-inline-end: 0.75em;
      inset-block-start: 0.6em;
    }
    .sections-toggle[aria-expanded='true']::after {
      content: '▴';
    }
    .sections-toggle {
      position: relative;
      padding-inline-end: 2em;
    }
    .toggle-where {
      font-size: 0.85em;
      color: var(--_muted);
    }
    .toggle-name {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    button.next {
      min-height: 2.75rem;
      padding-inline: 0.75em;
    }
    section[part='group'] h2 {
      scroll-margin-block-start: 9rem;
    }
    fieldset {
      scroll-margin-block: 9rem 1rem;
    }
  }
  .main {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .notice p {
    margin: 0 0 0.4em;
  }
  .notice p:last-child {
    margin-block-end: 0;
  }
  .notice.warning {
    border-inline-start-color: var(--_danger);
  }
  .problems {
    margin: 0 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .draft {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .draft > .notice {
    justify-self: stretch;
  }
  .draft-message:focus {
    outline: none;
  }
  .draft-message:focus-visible {
    outline: 3px solid var(--_focus);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
  }
  details.scale summary {
    font-size: 0.95em;
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
  .tip {
    margin: 0.5em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  summary {
    cursor: pointer;
    /* Stays a list item so the disclosure triangle shows that it opens. */
    display: list-item;
    padding-block: 0.4em;
  }
  .kicker {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  h2,
  h3 {
    line-height: 1.25;
    margin-block: 0.1em calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.35em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .prompt {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  .review h2 {
    margin-block-start: calc(var(--_space) * 1.25);
  }
  h3 {
    font-size: 1.15em;
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: var(--_gap) var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
    scroll-margin-block: 1rem;
  }
  fieldset[data-answered] {
    border-inline-start: 6px solid var(--_accent);
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
    font-size: 1.05em;
  }
  legend:focus {
    outline: none;
  }
  .statement {
    margin: 0 0 0.75em;
  }
  /* The scale: one row of joined segments, number and level word in each. */
  .scale-options {
    /* As many equal columns as the scale has levels (no inline style: pages run a strict CSP). */
    display: grid;
    grid-auto-flow: column;
    /* min-content: a level word is never broken mid-word ("Implementatio n"); narrower
       containers get the stacked rows below instead. */
    grid-auto-columns: minmax(min-content, 1fr);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .option {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    align-content: start;
    gap: 0.1em 0.4em;
    padding: 0.5em 0.6em;
    min-height: 44px;
    cursor: pointer;
    background: var(--_surface);
  }
  .scale-options .option + .option {
    border-inline-start: 1px solid var(--_border);
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option .word {
    grid-column: 1 / -1;
    font-size: 0.85em;
    line-height: 1.3;
    overflow-wrap: normal;
    hyphens: manual;
  }
  .option .value {
    font-weight: 700;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
  }
  .option:has(input:checked) {
    background: var(--_accent);
    color: var(--_accent-text);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    z-index: 1;
  }
  input[type='radio'] {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    margin: 0;
    accent-color: var(--_accent-text);
    flex: none;
  }
  input[type='radio']:focus-visible {
    outline: none;
  }
  .option:not(:has(input:checked)) input[type='radio'] {
    accent-color: var(--_accent);
  }
  /* "Not applicable" and "Don't know": apart from the scale, never beside its top value. */
  .others {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.6em;
  }
  .others-label {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .option.non-scored {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .option.non-scored .word {
    font-size: 0.9em;
  }
  .meaning {
    margin: 0.6em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block-start: 0.5em;
  }
  button.tool {
    min-height: 2rem;
    padding: 0.2em 0.25em;
    color: var(--_accent);
    background: transparent;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    font-size: 0.95em;
  }
  ul.look-fors,
  .original {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em 0.5em 1.75em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .original {
    padding-inline-start: 0.75em;
  }
  .original p {
    margin: 0 0 0.4em;
  }
  .original-heading {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .evidence {
    display: grid;
    gap: 0.2em;
    margin-block-start: 0.5em;
  }
  .evidence label {
    font-weight: 600;
  }
  .hint,
  .counter {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .counter {
    justify-self: end;
    font-variant-numeric: tabular-nums;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 4.5em;
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
  }
  .pager .next-section {
    margin-inline-start: auto;
  }
  .pager button {
    display: grid;
    max-inline-size: min(100%, 24rem);
    text-align: start;
    line-height: 1.3;
    padding-block: 0.4em;
  }
  .pager .direction {
    font-weight: 600;
  }
  /* Role names are whole sentences: two lines here, the full name is the next page's heading. */
  .pager .name {
    font-size: 0.9em;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  /* Phones: the scale becomes full-width rows (number and word side by side), still one group. */
  @container rubric (max-width: 38rem) {
    .root {
      padding: calc(var(--_space) / 2);
    }
    /* A level's name above its meaning: side by side, the longest name leaves the meaning no room. */
    dl.scale-key {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dl.scale-key dd {
      margin-block-end: 0.5em;
    }
    fieldset {
      padding: 0.5em 0.6em 0.75em;
    }
    .scale-options {
      grid-auto-flow: row;
      grid-template-columns: minmax(0, 1fr);
    }
    .scale-options .option + .option {
      border-inline-start: 0;
      border-block-start: 1px solid var(--_border);
    }
    .option {
      grid-template-columns: auto 1.2em minmax(0, 1fr);
    }
    .option .word {
      grid-column: auto;
      font-size: 0.95em;
    }
    .others {
      display: grid;
      grid-template-columns: 1fr 1fr;
    }
    .others-label {
      grid-column: 1 / -1;
    }
    .option.non-scored {
      min-height: 44px;
    }
    .pager button {
      inline-size: 100%;
    }
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
      --_surface-alt: #fff;
      --_text: #000;
    }
    /* A printout is the whole rubric: every section, look-fors, no controls. */
    .layout {
      display: block;
    }
    .bar {
      position: static;
    }
    .bar button,
    .stepper,
    .tools,
    .pager,
    .draft,
    details.scale {
      display: none;
    }
    section[part='group'][hidden],
    ul.look-fors[hidden] {
      display: block;
    }
    fieldset {
      break-inside: avoid;
    }
  }
`;
