import { gapReportToCsv, localize, sortGapRows, type GapPriority, type GapReport, type GapRow } from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SosElement } from '../shared/sos-element.js';
import { GAP_TABLE_STRINGS, type GapTableStrings } from './gap-table.strings.js';
import { downloadText } from '../shared/download.js';
import { numberFormat } from '../shared/format.js';
import { SosRowActivateEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { gapTableStyles } from './gap-table.styles.js';

/** Columns a gap table can be sorted by. */
export type GapSortKey = 'priority' | 'item' | 'group' | 'a' | 'b' | 'difference';

// Each priority has its own shape, so it reads without colour (and in greyscale print). Text
// glyphs rather than SVG: a table may hold a thousand of them.
const PRIORITY_SHAPES: Record<GapPriority, string> = { high: '▲', medium: '■', low: '●' };

/**
 * A table of gaps from `analyzeGaps` in @sos-kit/core: one row per item with both values, n,
 * the difference and its priority. Sortable by every column, filterable by condition/role and
 * by minimum gap, downloadable as CSV.
 *
 * @summary Sortable, filterable gap table with priorities shown as text and shape.
 *
 * @fires sos-row-activate - The user activated an item's name ({@link SosRowActivateEvent}).
 *
 * @csspart controls - The filters and download button.
 * @csspart table - The table.
 * @csspart row - A body row.
 * @csspart priority - A priority cell's label.
 *
 * @cssproperty --sos-color-priority-high - Text colour of high priorities.
 * @cssproperty --sos-color-priority-medium - Text colour of medium priorities.
 * @cssproperty --sos-color-priority-low - Text colour of low priorities.
 * @cssproperty --sos-color-accent - Links and buttons.
 * @cssproperty --sos-color-border - Row rules.
 *
 * @tagname sos-gap-table
 */
export class SosGapTable extends SosElement {
  static override styles = [themeStyles, gapTableStyles];

  static override properties = {
    report: { attribute: false },
    caption: {},
    filename: {},
    sortKey: { attribute: 'sort-key' },
    sortDirection: { attribute: 'sort-direction' },
    group: {},
    minimumGap: { type: Number, attribute: 'minimum-gap' },
    pageSize: { type: Number, attribute: 'page-size' },
    limit: { state: true },
  };

  /** The gap report to show. */
  declare report: GapReport | undefined;
  /** The table's caption (a default names the comparison). */
  declare caption: string | undefined;
  /** Name of the downloaded CSV file. */
  declare filename: string;
  /** The column rows are sorted by: priority (default), item, group, a, b or difference. */
  declare sortKey: GapSortKey;
  /** Sort direction. */
  declare sortDirection: 'ascending' | 'descending';
  /** Show only the items of this condition or role id. */
  declare group: string;
  /** Show only rows whose difference is at least this many scale points. */
  declare minimumGap: number;
  /**
   * Rows shown at first and added by "show more" (default 100; 0 shows every row). Sorting and
   * filtering always apply to all rows, and the CSV download always has all of them.
   */
  declare pageSize: number;
  /** @internal How many of the matching rows are on the page now. */
  declare protected limit: number | undefined;

  private strings: GapTableStrings = GAP_TABLE_STRINGS.en;

  constructor() {
    super();
    this.filename = 'gaps.csv';
    this.sortKey = 'priority';
    this.sortDirection = 'ascending';
    this.group = '';
    this.minimumGap = 0;
    this.pageSize = 100;
  }

  /** The rows shown, after filtering and sorting. */
  get visibleRows(): GapRow[] {
    if (!this.report) return [];
    const lang = this.language;
    const groupName = new Map(this.report.groups.map((g) => [g.id, localize(g.label, lang)]));
    const filtered = this.report.items.filter((row) => (!this.group || row.groupId === this.group) && (this.minimumGap <= 0 || Math.abs(row.difference ?? 0) >= this.minimumGap));
    if (this.sortKey === 'priority') {
      const sorted = sortGapRows(filtered);
      return this.sortDirection === 'ascending' ? sorted : sorted.reverse();
    }
    const key = (row: GapRow): string | number =>
      this.sortKey === 'item'
        ? localize(row.label, lang)
        : this.sortKey === 'group'
          ? (groupName.get(row.groupId ?? '') ?? '')
          : this.sortKey === 'a'
            ? (row.a.value ?? Number.NEGATIVE_INFINITY)
            : this.sortKey === 'b'
              ? (row.b.value ?? Number.NEGATIVE_INFINITY)
              : (row.difference ?? Number.NEGATIVE_INFINITY);
    const direction = this.sortDirection === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(lang);
    return filtered
      .map((row, index) => ({ row, index }))
      .sort((x, y) => {
        const kx = key(x.row);
        const ky = key(y.row);
        const order = typeof kx === 'string' ? collator.compare(kx, ky as string) : kx - (ky as number);
        return order * direction || x.index - y.index;
      })
      .map(({ row }) => row);
  }

  private sortBy(key: GapSortKey): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      // Numbers read best largest first; text and priority from the top of their order.
      this.sortDirection = key === 'a' || key === 'b' || key === 'difference' ? 'descending' : 'ascending';
    }
  }

  /** Downloads the whole report as CSV (the same file the SDK and CLI write). */
  downloadCsv(): Blob | undefined {
    if (!this.report) return undefined;
    return downloadText(this.ownerDocument, this.filename, gapReportToCsv(this.report, { lang: this.language }), 'text/csv;charset=utf-8');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = GAP_TABLE_STRINGS[this.language];
    // A new report, filter or page size starts again from the first page; a new sort keeps
    // what the user has opened so far.
    if (changed.has('report') || changed.has('group') || changed.has('minimumGap') || changed.has('pageSize')) this.limit = undefined;
  }

  /** Shows more rows and moves focus to the first new one, so keyboard users keep their place. */
  private async showMore(count: number): Promise<void> {
    const before = this.shadowRoot!.querySelectorAll('tbody tr').length;
    this.limit = before + count;
    await this.updateComplete;
    this.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button')[before]?.focus();
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (!this.report) return html`<p class="status" role="status">${s.noReport}</p>`;
    const lang = this.language;
    const matching = this.visibleRows;
    const pageSize = this.pageSize > 0 ? Math.floor(this.pageSize) : Number.POSITIVE_INFINITY;
    const rows = matching.length > (this.limit ?? pageSize) ? matching.slice(0, this.limit ?? pageSize) : matching;
    const hidden = matching.length - rows.length;
    const format = numberFormat(lang, { maximumFractionDigits: 2 });
    const signed = numberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    const groupName = new Map(this.report.groups.map((g) => [g.id, localize(g.label, lang)]));
    const { a, b } = this.report;
    const header = (key: GapSortKey, label: string, numeric = false, respondents = 1) => {
      const sorted = this.sortKey === key;
      return html`<th scope="col" class=${numeric ? 'number' : ''} aria-sort=${sorted ? this.sortDirection : 'none'}>
        <button type="button" @click=${() => this.sortBy(key)} aria-label=${s.sortBy(label)}>
          ${label}<span aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : ''}</span>
        </button>
        ${respondents > 1 ? html`<span class="n">${s.respondents(respondents)}</span>` : nothing}
      </th>`;
    };
    // n is in the column header; a cell repeats it only where fewer answered that item, which
    // keeps a thousand rows readable (and light to draw).
    const value = (v: { value?: number; n: number }, respondents: number) =>
      v.value === undefined ? '—' : v.n === respondents ? format.format(v.value) : html`${format.format(v.value)} <span class="n">${s.respondents(v.n)}</span>`;
    return html`
      <div class="controls" part="controls">
        <label
          >${s.filterGroup}
          <select @change=${(e: Event) => (this.group = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.group}>${s.allGroups}</option>
            ${this.report.groups.map((g) => html`<option value=${g.id} ?selected=${this.group === g.id}>${localize(g.label, lang)}</option>`)}
          </select>
        </label>
        <label
          >${s.minimumGap}
          <input type="number" min="0" step="0.5" inputmode="decimal" .value=${String(this.minimumGap)} @change=${(e: Event) => (this.minimumGap = Math.max(0, Number((e.target as HTMLInputElement).value) || 0))} />
        </label>
        <button type="button" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>
      </div>
      <div class="scroll">
        <table part="table">
          <caption>
            ${this.caption ?? `${s.gapCaption}: ${a.label} / ${b.label}`}
          </caption>
          <thead>
            <tr>
              ${header('item', s.columns.item)} ${header('group', s.columns.group)} ${header('a', a.label, true, a.respondents)} ${header('b', b.label, true, b.respondents)}
              ${header('difference', s.columns.difference, true)} ${header('priority', s.columns.priority)}
            </tr>
          </thead>
          <tbody>
            ${rows.length === 0
              ? html`<tr>
                  <td colspan="6">${s.noRows}</td>
                </tr>`
              : rows.map(
                  (row) => html`<tr part="row">
                    <th scope="row"><button type="button" @click=${() => this.dispatchEvent(new SosRowActivateEvent(row))}>${localize(row.label, lang)}</button></th>
                    <td>${groupName.get(row.groupId ?? '') ?? ''}</td>
                    <td class="number">${value(row.a, a.respondents)}</td>
                    <td class="number">${value(row.b, b.respondents)}</td>
                    <td class="number">${row.difference === undefined ? '—' : signed.format(row.difference)}</td>
                    <td>
                      ${row.priority
                        ? html`<span part="priority" class="priority ${row.priority}"><span class="shape" aria-hidden="true">${PRIORITY_SHAPES[row.priority]}</span>${s.priority(row.priority)}</span>`
                        : html`<span>${s.noComparison}</span>`}
                    </td>
                  </tr>`,
                )}
          </tbody>
        </table>
      </div>
      <p class="status" role="status">${s.rowsShown(rows.length, this.report.items.length)}</p>
      ${hidden > 0
        ? html`<div class="more">
            <button type="button" class="secondary" @click=${() => this.showMore(Math.min(pageSize, hidden))}>${s.showMore(Math.min(pageSize, hidden))}</button>
            <button type="button" class="secondary" @click=${() => this.showMore(hidden)}>${s.showAll(matching.length)}</button>
          </div>`
        : nothing}
    `;
  }
}

