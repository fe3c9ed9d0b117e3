import { css } from 'lit';

/**
 * A table that becomes one card per row on narrow screens (class "stacked" on the table), so a
 * phone shows every column without sideways scrolling. It stays a table for screen readers: the
 * templates give every part its table role explicitly, since changing `display` would otherwise
 * drop the table semantics. Cells carry their column's name in a `.cell-label` span (hidden from
 * assistive technology, which hears the real column header).
 */
export const stackedTableStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.35em 0.6em;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  /* Column headers are a word or three: they wrap between words, never inside one ("Priorit y"
     on paper, where long item names squeeze the other columns). Cells still break anywhere. */
  thead th {
    overflow-wrap: normal;
  }
  .cell-label {
    display: none;
  }
  table.stacked,
  table.stacked > caption,
  table.stacked > tbody,
  table.stacked > tbody > tr,
  table.stacked > tbody > tr > th,
  table.stacked > tbody > tr > td {
    display: block;
  }
  table.stacked > thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table.stacked > tbody > tr {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.75em;
    margin-block-end: 0.5em;
    background: var(--_surface);
  }
  table.stacked > tbody > tr > th,
  table.stacked > tbody > tr > td {
    border: 0;
    padding: 0.2em 0;
  }
  table.stacked > tbody > tr > th {
    font-weight: 700;
  }
  table.stacked > tbody > tr > td {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  table.stacked .cell-label {
    display: inline;
    color: var(--_muted);
  }
`;
