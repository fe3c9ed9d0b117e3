import { gapReportToCsv, localize, type GapPriority, type GapReport, type GapRow } from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SosElement } from '../shared/sos-element.js';
import { GAP_TABLE_STRINGS, type GapTableStrings } from './gap-table.strings.js';
import { downloadText } from '../shared/download.js';
import { numberFormat } from '../shared/format.js';
import { SosRowActivateEvent } from '../shared/events.js';
import { WidthController } from '../shared/width-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { gapTableStyles } from './gap-table.styles.js';

/** Columns a gap table can be sorted by. */
export type GapSortKey = 'priority' | 'item' | 'group' | 'a' | 'b' | 'difference';

// Each priority has its own shape, so it reads without colour (and in greyscale print). Text
// glyphs rather than SVG: a table may hold a thousand of them.
const PRIORITY_SHAPES: Record<GapPriority, string> = { high: '▲', medium: '■', low: '●' };
const PRIORITY_RANK: Record<GapPriority, number> = { high: 3, medium: 2, low: 1 };
/** Below this width (CSS px) each row is drawn as a card, so every column shows on a phone. */
const CARDS_BELOW_WIDTH = 600;

/**
 * The direction a column sorts in when first chosen: lowest current level first (where help is
 * most needed), largest difference first, highest priority first, names A to Z.
 */
const FIRST_DIRECTION: Record<GapSortKey, 'ascending' | 'descending'> = { priority: 'descending', item: 'ascending', group: 'ascending', a: 'ascending', b: 'ascending', difference: 'descending' };

/**
 * A table of gaps from `analyzeGaps` in @sos-kit/core: one row per item with both values, n,
 * the difference and its priority. Sortable by every column, filterable by condition/role and
 * by minimum gap, downloadable as CSV (the rows the filters show). On narrow screens each row
 * becomes a card showing every column, and stays a table for screen readers.
 *
 * Item names are plain text, unless rows can be activated: then each name is a button that fires
 * `sos-row-activate`, and the names share one tab stop (the arrow keys move between them). Rows
 * become activatable when a `sos-row-activate` listener is added to the element itself, or with
 * the `activate-rows` attribute (for listeners on an ancestor).
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
 * @cssproperty --sos-color-priority-high - Text color of high priorities.
 * @cssproperty --sos-color-priority-medium - Text color of medium priorities.
 * @cssproperty --sos-color-priority-low - Text color of low priorities.
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
    activateRows: { type: Boolean, attribute: 'activate-rows' },
    limit: { state: true },
    focusRow: { state: true },
  };

  /**
   * The gap report to show. Its rows' names follow the element's language; its sides' names are
   * the report's own, so make it in the page's language: `analyzeGaps(framework, request, { lang: 'es' })`.
   */
  declare report: GapReport | undefined;
  /** The table's caption (a default names the comparison). */
  declare caption: string | undefined;
  /** Name of the downloaded CSV file; "-filtered" is added before the extension while a filter is on. */
  declare filename: string;
  /** The column rows are sorted by: priority (default), item, group, a, b or difference. */
  declare sortKey: GapSortKey;
  /** Sort direction; for priority, `descending` (the default) lists High first. */
  declare sortDirection: 'ascending' | 'descending';
  /** Show only the items of this condition or role id. */
  declare group: string;
  /** Show only rows whose difference is at least this many scale points. */
  declare minimumGap: number;
  /**
   * Rows shown at first and added by "show more" (default 100; 0 shows every row). Sorting and
   * filtering always apply to all rows.
   */
  declare pageSize: number;
  /**
   * Make item names buttons that fire `sos-row-activate`. Set automatically when a listener for
   * it is added to this element; set it yourself when you listen on an ancestor.
   */
  declare activateRows: boolean;
  /** @internal How many of the matching rows are on the page now. */
  declare protected limit: number | undefined;
  /** @internal The row whose name holds the table's single tab stop. */
  declare protected focusRow: string | undefined;

  private strings: GapTableStrings = GAP_TABLE_STRINGS.en;
  private readonly size = new WidthController(this);
  private readonly rowListeners = new Set<unknown>();

  constructor() {
    super();
    this.filename = 'gaps.csv';
    this.sortKey = 'priority';
    this.sortDirection = 'descending';
    this.group = '';
    this.minimumGap = 0;
    this.pageSize = 100;
    this.activateRows = false;
  }

  override addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
    // Someone will act on a row: the names become buttons.
    if (type === SosRowActivateEvent.type && listener && !this.rowListeners.has(listener)) {
      this.rowListeners.add(listener);
      this.requestUpdate();
    }
  }

  override removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
    if (type === SosRowActivateEvent.type && this.rowListeners.delete(listener)) this.requestUpdate();
  }

  /** Whether item names are buttons now. */
  get rowsActivatable(): boolean {
    return this.activateRows || this.rowListeners.size > 0;
  }

  private get filtered(): boolean {
    return this.group !== '' || this.minimumGap > 0;
  }

  private shows(row: GapRow): boolean {
    return (!this.group || row.groupId === this.group || row.id === this.group) && (this.minimumGap <= 0 || Math.abs(row.difference ?? 0) >= this.minimumGap);
  }

  /** The rows shown, after filtering and sorting. Rows without the sorted value always come last. */
  get visibleRows(): GapRow[] {
    if (!this.report) return [];
    const lang = this.language;
    const groupName = new Map(this.report.groups.map((g) => [g.id, localize(g.label, lang)]));
    const key = (row: GapRow): string | number | undefined => {
      switch (this.sortKey) {
        case 'priority':
          return row.priority ? PRIORITY_RANK[row.priority] * 2 + (row.priorityScore ?? 0) : undefined;
        case 'item':
          return localize(row.label, lang);
        case 'group':
          return groupName.get(row.groupId ?? '');
        case 'a':
          return row.a.value;
        case 'b':
          return row.b.value;
        case 'difference':
          return row.difference;
      }
    };
    const direction = this.sortDirection === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(lang);
    return this.report.items
      .filter((row) => this.shows(row))
      .map((row, index) => ({ row, index, key: key(row) }))
      .sort((x, y) => {
        if (x.key === undefined || y.key === undefined) return (x.key === undefined ? 1 : 0) - (y.key === undefined ? 1 : 0) || x.index - y.index;
        const order = typeof x.key === 'string' ? collator.compare(x.key, y.key as string) : x.key - (y.key as number);
        return order * direction || x.index - y.index;
      })
      .map(({ row }) => row);
  }

  private sortBy(key: GapSortKey, direction?: 'ascending' | 'descending'): void {
    if (direction) this.sortDirection = direction;
    else if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else this.sortDirection = FIRST_DIRECTION[key];
    this.sortKey = key;
  }

  /**
   * Downloads the rows the filters show, in the order shown, as CSV (the same format the SDK and
   * CLI write). While a filter is on, the file name says so ("gaps-filtered.csv").
   */
  downloadCsv(): Blob | undefined {
    if (!this.report) return undefined;
    const report: GapReport = this.filtered ? { ...this.report, items: this.visibleRows, groups: this.report.groups.filter((g) => this.shows(g)) } : { ...this.report, items: this.visibleRows };
    const name = this.filtered ? this.filename.replace(/(\.csv)?$/i, (ext) => `-filtered${ext || '.csv'}`) : this.filename;
    return downloadText(this.ownerDocument, name, gapReportToCsv(report, { lang: this.language }), 'text/csv;charset=utf-8');
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
    const header = this.shadowRoot!.querySelectorAll<HTMLElement>('tbody th')[before];
    const button = header?.querySelector('button');
    if (button) {
      this.focusRow = button.dataset['row'];
      await this.updateComplete;
      button.focus();
    } else header?.focus();
  }

  /** The arrow keys, Home and End move the single tab stop between item names. */
  private onRowKeydown(event: KeyboardEvent): void {
    const buttons = [...this.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))]!;
    this.focusRow = target.dataset['row'];
    target.focus();
  }

  private onRowFocus(event: FocusEvent): void {
    const row = (event.target as HTMLElement).dataset?.['row'];
    if (row && row !== this.focusRow) this.focusRow = row;
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
    const cards = this.size.width > 0 && this.size.width < CARDS_BELOW_WIDTH;
    const activatable = this.rowsActivatable;
    const tabStop = activatable ? (rows.some((row) => row.id === this.focusRow) ? this.focusRow : rows[0]?.id) : undefined;
    const columns: [GapSortKey, string, 'text' | 'number'][] = [
      ['item', s.columns.item, 'text'],
      ['group', s.columns.group, 'text'],
      ['a', a.label, 'number'],
      ['b', b.label, 'number'],
      ['difference', s.columns.difference, 'number'],
      ['priority', s.columns.priority, 'number'],
    ];
    const header = (key: GapSortKey, label: string, numeric = false, respondents = 1) => {
      const sorted = this.sortKey === key;
      return html`<th scope="col" role="columnheader" class=${numeric ? 'number' : ''} aria-sort=${sorted ? this.sortDirection : 'none'}>
        <button type="button" @click=${() => this.sortBy(key)} title=${s.sortBy(label)}>
          ${label}<span aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : ''}</span>
        </button>
        <span class="header-text">${label}</span>
        ${respondents > 1 ? html`<span class="n">${s.respondents(respondents)}</span>` : nothing}
      </th>`;
    };
    // n is in the column header; a cell repeats it only where fewer answered that item, which
    // keeps a thousand rows readable (and light to draw).
    const value = (v: { value?: number; n: number }, respondents: number) =>
      v.value === undefined ? '—' : v.n === respondents ? format.format(v.value) : html`${format.format(v.value)} <span class="n">${s.respondents(v.n)}</span>`;
    const label = (text: string) => html`<span class="cell-label" aria-hidden="true">${text}</span>`;
    const priority = (row: GapRow) =>
      !row.priority
        ? html`<span>${s.noComparison}</span>`
        : row.priorityScore === 0
          ? html`<span part="priority" class="priority none">${s.noGap}</span>`
          : html`<span part="priority" class="priority ${row.priority}"><span class="shape" aria-hidden="true">${PRIORITY_SHAPES[row.priority]}</span>${s.priority(row.priority)}</span>`;
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
        ${cards
          ? html`<label class="sort"
              >${s.sortLabel}
              <select
                @change=${(e: Event) => {
                  const [key, direction] = (e.target as HTMLSelectElement).value.split(' ') as [GapSortKey, 'ascending' | 'descending'];
                  this.sortBy(key, direction);
                }}
              >
                ${columns.flatMap(([key, name, kind]) =>
                  (['ascending', 'descending'] as const).map(
                    (direction) => html`<option value="${key} ${direction}" ?selected=${this.sortKey === key && this.sortDirection === direction}>${s.sortOption(name, direction, kind)}</option>`,
                  ),
                )}
              </select>
            </label>`
          : nothing}
        <button type="button" @click=${() => this.downloadCsv()}>${this.filtered ? s.downloadFilteredCsv(matching.length, this.report.items.length) : s.downloadCsv}</button>
      </div>
      ${activatable ? html`<p class="hint" id="row-hint">${s.rowActionHint}</p>` : nothing}
      <div class="scroll">
        <table part="table" role="table" class=${cards ? 'stacked' : ''}>
          <caption>
            ${this.caption ?? `${s.gapCaption}: ${a.label} / ${b.label}`}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${header('item', s.columns.item)} ${header('group', s.columns.group)} ${header('a', a.label, true, a.respondents)} ${header('b', b.label, true, b.respondents)}
              ${header('difference', s.columns.difference, true)} ${header('priority', s.columns.priority)}
            </tr>
          </thead>
          <tbody role="rowgroup" @keydown=${activatable ? (e: KeyboardEvent) => this.onRowKeydown(e) : nothing} @focusin=${activatable ? (e: FocusEvent) => this.onRowFocus(e) : nothing}>
            ${rows.length === 0
              ? html`<tr role="row">
                  <td role="cell" colspan="6">${s.noRows}</td>
                </tr>`
              : rows.map(
                  (row) => html`<tr part="row" role="row">
                    <th scope="row" role="rowheader" tabindex="-1">
                      ${activatable
                        ? html`<button type="button" data-row=${row.id} tabindex=${row.id === tabStop ? 0 : -1} aria-describedby="row-hint" @click=${() => this.dispatchEvent(new SosRowActivateEvent(row))}>${localize(row.label, lang)}</button>`
                        : localize(row.label, lang)}
                    </th>
                    <td role="cell">${label(s.columns.group)}${groupName.get(row.groupId ?? '') ?? ''}</td>
                    <td role="cell" class="number">${label(a.label)}${value(row.a, a.respondents)}</td>
                    <td role="cell" class="number">${label(b.label)}${value(row.b, b.respondents)}</td>
                    <td role="cell" class="number">${label(s.columns.difference)}${row.difference === undefined ? '—' : signed.format(row.difference)}</td>
                    <td role="cell">${label(s.columns.priority)}${priority(row)}</td>
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
