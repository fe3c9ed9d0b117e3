import { writeCsv, type AggregateResult, type Framework, type Lang, type LocalizedText } from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { downloadText } from '../shared/download.js';
import { numberFormat } from '../shared/format.js';
import { LazyStrings } from '../shared/lazy-strings.js';
import { SosElement } from '../shared/sos-element.js';
import { completeAfter } from '../shared/complete-after.js';
import { themeStyles } from '../shared/theme.styles.js';
import { SosOrganizationActivateEvent } from './system-view.events.js';
import { buildModel, cellOf, columnsOf, frameworkLabels, heatBin, heatRanges, shownValue, SHOWN_DECIMALS, SystemInputError, trendOf, type Statistic, type SystemCell, type SystemColumn, type SystemModel, type SystemRollupInput } from './system-view.model.js';
import { loadSystemViewStrings, SYSTEM_VIEW_STRINGS_EN, type SystemViewStrings, type TrendDirection } from './system-view.strings.js';
import { systemViewStyles } from './system-view.styles.js';
import type * as Trends from './system-view.trends.js';

export { SosOrganizationActivateEvent } from './system-view.events.js';
export { buildModel, SystemInputError, type SystemRollup, type SystemRollupInput, type SystemRollupYear } from './system-view.model.js';

/** Which columns the heatmap shows. */
export type SystemColumnSet = 'all' | 'conditions' | 'roles';

interface VisibleRow {
  key: string;
  name: string;
  aggregate: AggregateResult;
}

// Five shades of one hue whose lightness only falls: they stay in order in greyscale print and
// for every kind of color blindness. The number is in every cell, so color is never alone.
const HEAT_BINS = 5;
const TREND_ARROWS: Record<TrendDirection, string> = { up: '▲', down: '▼', same: '▶' };
const TREND_CLASSES: Record<TrendDirection, string> = { up: 'trend up', down: 'trend down', same: 'trend same' };
const HEAT_CLASSES = Array.from({ length: HEAT_BINS }, (_, b) => `heat-${b + 1}`);
// Rows moved by Page Up / Page Down in the grid.
const PAGE_STEP = 10;

/** The interface strings; languages other than English load when first spoken. */
const strings = new LazyStrings<SystemViewStrings>(SYSTEM_VIEW_STRINGS_EN, (lang) => SosSystemView.loadStrings(lang), 'sos-system-view');
/** The trends panel's code, once loaded (shared by every system view of the page), and its load under way. */
let trends: typeof Trends | undefined;
let trendsLoading: Promise<typeof Trends> | undefined;
// Windowing within a page: a body row is never shorter than this (the organization's button is
// a 44 px touch target), so this many pixels per row always fill the scrolling box.
const MIN_ROW_HEIGHT = 44;
// Rows rendered beyond each edge of the box, so a small scroll shows rows already there.
const OVERSCAN = 2;

/**
 * Many organizations over school years: a heatmap table of a rollup made with
 * `rollupAssessments` (or merged aggregate states) — one row per organization, one column per
 * condition and role (each expandable to its elements or capacities), each cell the median or
 * mean (to one decimal) with its n, a shade and the change since the previous school year as an
 * arrow, a word and its size ("▲ up +0.3"; "same" only when the shown score did not change).
 * Cells with fewer than `minimum-n` ratings say so and never show a number.
 *
 * The table is a grid with one tab stop: arrow keys move between cells, Home/End to the row's
 * ends, Ctrl+Home/End to the corners, Page Up/Down by ten rows; Enter opens the organization.
 * Rows come a page at a time, and of a page only the rows near the scrolling box's view are in
 * the document (every row when printing, or when `--sos-system-view-height` is `none`), so a
 * thousand organizations stay quick. Under the table, the opened organization's trends across
 * school years as small line charts with a table fallback.
 *
 * @summary Heatmap of many organizations' results, with trends and drill-down.
 *
 * @fires change - The person changed the school year, statistic, columns, parts shown, sort or filter (bubbles, composed).
 * @fires sos-organization-activate - The user opened an organization ({@link SosOrganizationActivateEvent}); cancel it to keep the trends panel as it is.
 *
 * @csspart controls - The filter, school year, statistic and column controls and the download button.
 * @csspart legend - The color scale and what "too few" means.
 * @csspart caption - The table's title (school year, and the year changes are measured from), outside the scrolling box.
 * @csspart scroll - The box the table scrolls in, under its sticky headers.
 * @csspart table - The heatmap table.
 * @csspart row - A body row (one organization).
 * @csspart cell - A value cell.
 * @csspart pager - The page buttons under the table.
 * @csspart trends - The trends panel of the opened organization.
 * @csspart chart - One small line chart of the trends panel.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssproperty --sos-heat-1 - Background of the lowest fifth of the scale.
 * @cssproperty --sos-heat-2 - Background of the second fifth.
 * @cssproperty --sos-heat-3 - Background of the middle fifth.
 * @cssproperty --sos-heat-4 - Background of the fourth fifth (text turns light).
 * @cssproperty --sos-heat-5 - Background of the highest fifth (text turns light).
 * @cssproperty --sos-heat-text-light - Text on the two darkest shades.
 * @cssproperty --sos-heat-text-dark - Text on the three lightest shades.
 * @cssproperty --sos-system-view-height - Height of the scrolling table (headers stay in view).
 *
 * @tagname sos-system-view
 */
export class SosSystemView extends SosElement {
  static override styles = [themeStyles, systemViewStyles];

  /** Loads a language's strings (replaceable, to test a failed load). @internal */
  static loadStrings: (lang: Lang) => Promise<SystemViewStrings> = loadSystemViewStrings;
  /** Loads the trends panel, the first time an organization is opened (replaceable, to test a failed load). @internal */
  static loadTrends: () => Promise<typeof Trends> = () => import('./system-view.trends.js');

  static override properties = {
    rollup: { attribute: false },
    framework: { attribute: false },
    src: {},
    credentials: {},
    schoolYear: { attribute: 'school-year' },
    statistic: {},
    minimumN: { type: Number, attribute: 'minimum-n' },
    trendThreshold: { type: Number, attribute: 'trend-threshold' },
    sortKey: { attribute: 'sort-key' },
    sortDirection: { attribute: 'sort-direction' },
    filter: {},
    columns: {},
    pageSize: { type: Number, attribute: 'page-size' },
    caption: {},
    filename: {},
    trendOrganization: { attribute: 'trend-organization' },
    expand: {},
    page: { state: true },
    windowStart: { state: true },
    printing: { state: true },
    active: { state: true },
    fetched: { state: true },
    fetchError: { state: true },
    loading: { state: true },
  };

  /** The rollup to show: `{ names?, years: [{ schoolYear, aggregates }] }`, or one year's array of aggregates (results or states). */
  declare rollup: SystemRollupInput | undefined;
  /** The framework: names of conditions, roles, elements and capacities; needed to read aggregate states. */
  declare framework: Framework | undefined;
  /** URL of a rollup document (JSON) to load when `rollup` is not set. */
  declare src: string | undefined;
  /** Whether `src` is fetched with cookies: omit (default), same-origin or include. */
  declare credentials: RequestCredentials;
  /** The school year shown (default: the latest). */
  declare schoolYear: string | undefined;
  /** The statistic in each cell: median (default) or mean. */
  declare statistic: Statistic;
  /** Cells with fewer ratings than this show no value (default 3). */
  declare minimumN: number;
  /** Changes smaller than this many scale points read as "same" (default 0.1). */
  declare trendThreshold: number;
  /** The column rows are sorted by: `organization` (default) or a condition, role, element or capacity id. */
  declare sortKey: string;
  /** Sort direction. */
  declare sortDirection: 'ascending' | 'descending';
  /** Shows only organizations whose name contains this text (ignoring case and accents). */
  declare filter: string;
  /** Which columns to show: all (default), conditions or roles. */
  declare columns: SystemColumnSet;
  /** Organizations per page (default 50; 0 shows all). Sorting, filtering and the CSV always cover every organization. */
  declare pageSize: number;
  /** The table's caption (a default names the school year). */
  declare caption: string | undefined;
  /** Name of the downloaded CSV file. */
  declare filename: string;
  /** The organization (key) whose trends are shown under the table; set when one is opened. */
  declare trendOrganization: string | undefined;
  /** @internal */
  declare protected page: number;
  /** Conditions and roles whose elements or capacities are shown: their ids, space-separated, or `all`. */
  declare expand: string;
  /** @internal The grid cell that holds the tab stop: row 0 is the header row. */
  declare protected active: { row: number; column: number };
  /** @internal The document loaded from `src`. */
  declare protected fetched: unknown;
  /** @internal */
  declare protected fetchError: string | undefined;
  /** @internal */
  declare protected loading: boolean;

  private strings: SystemViewStrings = SYSTEM_VIEW_STRINGS_EN;
  /** The trends panel's code on its way to this element; the last load failed; its styles are adopted. */
  private trendsPending: Promise<void> | undefined;
  private trendsFailed = false;
  private trendsAdopted = false;
  /** The person asked to try again: the panel takes the focus from the vanished button once it is here. */
  private focusTrends = false;
  private model: SystemModel | undefined;
  private modelError: string | undefined;
  private labels = new Map<string, LocalizedText>();
  private controller: AbortController | undefined;
  private rowsCache: { model: SystemModel | undefined; key: string; rows: VisibleRow[] } | undefined;
  private tabStop: HTMLElement | undefined;
  /** @internal The page row (0-based) the rendered window starts at. */
  declare protected windowStart: number;
  /** @internal Printing renders every row of the page. */
  declare protected printing: boolean;
  // How many rows the window holds: enough to fill the scrolling box at the shortest row height.
  private windowRows = Math.ceil((globalThis.innerHeight || 800) * 0.7 / MIN_ROW_HEIGHT) + 2 * OVERSCAN;
  // The average height of a rendered row: the height the rows outside the window stand in for.
  private rowHeight = 52;
  // False when the page lets the table grow (--sos-system-view-height: none): then every row of the page is rendered.
  private boxScrolls = true;
  private scrollFrame = 0;
  private scrollToTop = false;
  private readonly printQuery = globalThis.matchMedia?.('print');
  private readonly onPrintChange = () => {
    this.printing = this.printQuery?.matches ?? false;
  };
  private readonly beforePrint = () => (this.printing = true);
  private readonly afterPrint = () => this.onPrintChange();

  constructor() {
    super();
    this.credentials = 'omit';
    this.statistic = 'median';
    this.minimumN = 3;
    this.trendThreshold = 0.1;
    this.sortKey = 'organization';
    this.sortDirection = 'ascending';
    this.filter = '';
    this.columns = 'all';
    this.pageSize = 50;
    this.filename = 'system-view.csv';
    this.page = 0;
    this.windowStart = 0;
    this.printing = false;
    this.expand = '';
    this.active = { row: 0, column: 0 };
    this.loading = false;
  }

  /** The school year shown: the one asked for if the rollup has it, else the latest. */
  get shownYear(): string | undefined {
    const years = this.model?.years ?? [];
    return this.schoolYear !== undefined && years.includes(this.schoolYear) ? this.schoolYear : years[years.length - 1];
  }

  private get previousYear(): string | undefined {
    const years = this.model?.years ?? [];
    const index = years.indexOf(this.shownYear ?? '');
    return index > 0 ? years[index - 1] : undefined;
  }

  private get sample(): AggregateResult | undefined {
    const year = this.shownYear;
    return year === undefined ? undefined : this.model?.byYear.get(year)?.values().next().value;
  }

  private get expanded(): ReadonlySet<string> {
    const ids = this.expand.split(/\s+/).filter(Boolean);
    return new Set(ids.includes('all') ? (this.sample?.groups.map((g) => g.id) ?? []) : ids);
  }

  /** The columns shown, in framework order. */
  get visibleColumns(): SystemColumn[] {
    return columnsOf(this.sample, this.labels, this.language, this.expanded, this.columns);
  }

  /** The organizations shown (every page), after filtering and sorting. */
  get visibleRows(): VisibleRow[] {
    // Moving the grid's focus re-renders; it must not re-sort a thousand rows each key press.
    const key = [this.shownYear, this.filter, this.sortKey, this.sortDirection, this.statistic, this.minimumN, this.language, this.columns, this.expand].join('\u0000');
    const cache = this.rowsCache;
    if (cache && cache.model === this.model && cache.key === key) return cache.rows;
    const rows = this.filterAndSort();
    this.rowsCache = { model: this.model, key, rows };
    return rows;
  }

  private filterAndSort(): VisibleRow[] {
    const year = this.shownYear;
    const model = this.model;
    if (!model || year === undefined) return [];
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(this.language);
    const wanted = fold(this.filter.trim());
    const rows: VisibleRow[] = [];
    for (const [key, aggregate] of model.byYear.get(year) ?? []) {
      const name = model.names.get(key) ?? key;
      if (!wanted || fold(name).includes(wanted)) rows.push({ key, name, aggregate });
    }
    const direction = this.sortDirection === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.language, { numeric: true, sensitivity: 'base' });
    const byName = (a: VisibleRow, b: VisibleRow) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key);
    if (this.sortKey === 'organization' || !this.visibleColumns.some((c) => c.id === this.sortKey)) return rows.sort((a, b) => byName(a, b) * direction);
    // Suppressed and missing values carry no number to compare: they go last either way.
    const value = new Map(rows.map((row) => [row, cellOf(row.aggregate, this.sortKey, this.statistic, this.minimumN).value]));
    return rows.sort((a, b) => {
      const va = value.get(a);
      const vb = value.get(b);
      if (va === undefined || vb === undefined) return va === vb ? byName(a, b) : va === undefined ? 1 : -1;
      return (va - vb) * direction || byName(a, b);
    });
  }

  /** The CSV of what is shown (every page): organization, then value, n and change per column. */
  toCsv(): string {
    const s = this.strings;
    const columns = this.visibleColumns;
    const year = this.shownYear;
    const previous = this.previousYear;
    const header = [s.organization, ...columns.flatMap((c) => [`${c.label} (${s.statistics[this.statistic]})`, `${c.label} (n)`, ...(previous ? [`${c.label} (${s.trendSince(previous)})`] : [])])];
    const rows = this.visibleRows.map((row) => [
      row.name,
      ...columns.flatMap((column) => {
        const cell = this.cell(row, column.id, year);
        return [cell.suppressed ? s.suppressed : cell.value, cell.suppressed ? undefined : cell.n, ...(previous ? [cell.trend?.delta] : [])];
      }),
    ]);
    return writeCsv([header, ...rows]);
  }

  /** Downloads {@link toCsv} as a file. */
  downloadCsv(): Blob | undefined {
    if (!this.model) return undefined;
    return downloadText(this.ownerDocument, this.filename, this.toCsv(), 'text/csv;charset=utf-8');
  }

  /** Scores as shown everywhere: one decimal, always (3.0, 3.3, 3.7). */
  private scoreFormat(signDisplay: 'auto' | 'exceptZero' = 'auto'): Intl.NumberFormat {
    return numberFormat(this.language, { minimumFractionDigits: SHOWN_DECIMALS, maximumFractionDigits: SHOWN_DECIMALS, signDisplay });
  }

  private cell(row: VisibleRow, columnId: string, year: string | undefined): SystemCell {
    const cell = cellOf(row.aggregate, columnId, this.statistic, this.minimumN);
    const previous = this.previousYear;
    if (previous === undefined || year === undefined) return cell;
    const before = this.model?.byYear.get(previous)?.get(row.key);
    const trend = before ? trendOf(cell, cellOf(before, columnId, this.statistic, this.minimumN), this.trendThreshold) : undefined;
    return trend ? { ...cell, trend } : cell;
  }

  /** Waits for the strings of a language other than English before rendering in it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return strings.whenReady(this.language, () => super.scheduleUpdate());
  }

  /** Also waits for the trends panel's code when it is being loaded, so "updated" means drawn. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfter(() => super.getUpdateComplete(), () => this.trendsPending);
  }

  /** Loads the trends panel's code; the element draws the panel once it is here. */
  private loadTrends(): void {
    if (this.trendsPending) return;
    this.trendsFailed = false;
    trendsLoading ??= SosSystemView.loadTrends();
    this.trendsPending = trendsLoading
      .then(
        (loaded) => void (trends = loaded),
        (error: unknown) => {
          trendsLoading = undefined;
          this.trendsFailed = true;
          console.warn('sos-system-view: could not load the trends panel.', error);
        },
      )
      .finally(() => {
        this.trendsPending = undefined;
        this.requestUpdate();
      });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = strings.of(this.language);
    // After a failed load, try again when the person asks (Try again, or another organization).
    if (this.trendOrganization !== undefined && !trends && (!this.trendsFailed || changed.has('trendOrganization'))) this.loadTrends();
    if (trends && !this.trendsAdopted && this.shadowRoot) {
      // The panel brings its own styles: add them to this element's sheets, once.
      this.trendsAdopted = true;
      const sheet = trends.trendsStyles.styleSheet;
      if (sheet) this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, sheet];
    }
    // Started here, not in updated(): its first state changes then join this update.
    if (changed.has('src') && this.src) void this.load(this.src);
    if (changed.has('framework')) this.labels = frameworkLabels(this.framework);
    // `fetched` is protected, so it is not a key of PropertyValues<this>.
    const all = changed as Map<PropertyKey, unknown>;
    if (all.has('rollup') || all.has('fetched') || all.has('framework')) {
      const input = this.rollup ?? this.fetched;
      this.model = undefined;
      this.modelError = undefined;
      if (input !== undefined) {
        try {
          this.model = buildModel(input, this.framework);
        } catch (error) {
          this.modelError = error instanceof SystemInputError ? error.message : String(error);
        }
      }
    }
    // A new input, filter or page size starts again from the first page; a new sort keeps it.
    if (changed.has('rollup') || changed.has('filter') || changed.has('pageSize') || changed.has('schoolYear') || changed.has('columns') || all.has('fetched')) this.page = 0;
    // Other rows in the box: they start at its top, scrolled there in updated().
    if (all.has('page') || changed.has('filter') || changed.has('sortKey') || changed.has('sortDirection') || changed.has('rollup') || all.has('fetched')) {
      this.windowStart = 0;
      this.scrollToTop = true;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.printQuery?.addEventListener('change', this.onPrintChange);
    globalThis.addEventListener?.('beforeprint', this.beforePrint);
    globalThis.addEventListener?.('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    globalThis.removeEventListener?.('beforeprint', this.beforePrint);
    globalThis.removeEventListener?.('afterprint', this.afterPrint);
    cancelAnimationFrame(this.scrollFrame);
  }

  /** The rows of the page that are rendered: those in and near the scrolling box's view. */
  private windowOf(rows: number): { start: number; end: number } {
    if (this.printing || !this.boxScrolls || rows <= this.windowRows) return { start: 0, end: rows };
    const start = Math.max(0, Math.min(this.windowStart, rows - this.windowRows));
    // At the top there is nothing above to overscan: the window needs only what is below.
    return { start, end: start + (start === 0 ? this.windowRows - OVERSCAN : this.windowRows) };
  }

  private onScroll(event: Event): void {
    const box = event.currentTarget as HTMLElement;
    cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = requestAnimationFrame(() => {
      const header = this.shadowRoot?.querySelector('thead')?.offsetHeight ?? 0;
      const start = Math.max(0, Math.floor((box.scrollTop - header) / this.rowHeight) - OVERSCAN);
      if (start !== this.windowStart) this.windowStart = start;
    });
  }

  private async load(src: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.fetchError = undefined;
    this.fetched = undefined;
    try {
      const response = await fetch(new URL(src, this.ownerDocument.baseURI), { credentials: this.credentials, signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`${src} answered ${response.status} ${response.statusText}`.trim());
      const text = await response.text();
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (error) {
        throw new Error(`${src} is not JSON (${(error as Error).message})`);
      }
      if (!controller.signal.aborted) this.fetched = document;
    } catch (error) {
      if (!controller.signal.aborted) this.fetchError = (error as Error).message;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  private sortBy(key: string): void {
    if (this.sortKey === key) this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    else {
      this.sortKey = key;
      // Scores read best highest first; names from A.
      this.sortDirection = key === 'organization' ? 'ascending' : 'descending';
    }
  }

  /** Applies a person's change to a control and says so with a `change` event on the element. */
  private userChanged(apply: () => void): void {
    apply();
    this.announceChange();
  }

  private announceChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /**
   * Moves the keyboard focus back to an organization's row in the table — to its name, or to the
   * cell of `column` — turning to its page and scrolling it into view: the way back from a
   * drill-down to where the person came from. Resolves to false when the organization is not
   * shown (filtered out, or not rated in the school year shown).
   */
  async focusOrganization(key: string, columnId?: string): Promise<boolean> {
    await this.updateComplete;
    const rows = this.visibleRows;
    const index = rows.findIndex((row) => row.key === key);
    if (index < 0) return false;
    const size = this.pageLength(rows.length);
    this.page = Math.floor(index / size);
    // After the page turn (which scrolls the box to its top), the row is brought into view.
    await this.updateComplete;
    const column = columnId === undefined ? 0 : this.visibleColumns.findIndex((c) => c.id === columnId) + 1;
    return this.moveFocus({ row: (index % size) + 1, column }, Math.min(size, rows.length - this.page * size));
  }

  private toggle(groupId: string, open: boolean): void {
    const next = new Set(this.expanded);
    if (open) next.add(groupId);
    else next.delete(groupId);
    this.expand = [...next].join(' ');
  }

  private open(row: VisibleRow, column?: string): void {
    const event = new SosOrganizationActivateEvent({ organization: row.key, name: row.name, schoolYear: this.shownYear ?? '', aggregate: row.aggregate, ...(column ? { column } : {}) });
    if (this.dispatchEvent(event)) this.trendOrganization = row.key;
  }

  /** Moves the grid's tab stop by a key press; returns false for keys the grid does not use. */
  private async onGridKey(event: KeyboardEvent, rows: VisibleRow[], columns: SystemColumn[]): Promise<void> {
    const target = event.composedPath()[0] as HTMLElement;
    const at = gridPosition(target);
    if (!at) return;
    const { row, column } = at;
    const lastRow = rows.length;
    const lastColumn = columns.length;
    let next = { row, column };
    switch (event.key) {
      case 'ArrowUp':
        next = { row: Math.max(0, row - 1), column };
        break;
      case 'ArrowDown':
        next = { row: Math.min(lastRow, row + 1), column };
        break;
      case 'ArrowLeft':
        next = { row, column: Math.max(0, column - 1) };
        break;
      case 'ArrowRight':
        next = { row, column: Math.min(lastColumn, column + 1) };
        break;
      case 'Home':
        next = event.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: lastRow, column: lastColumn } : { row, column: lastColumn };
        break;
      case 'PageUp':
        next = { row: Math.max(0, row - PAGE_STEP), column };
        break;
      case 'PageDown':
        next = { row: Math.min(lastRow, row + PAGE_STEP), column };
        break;
      case 'Enter':
        // Buttons (sort, organization) act on their own; a value cell opens its organization.
        if (target.tagName === 'TD' && row > 0) {
          event.preventDefault();
          this.open(rows[row - 1]!, columns[column - 1]?.id);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    await this.moveFocus(next, rows.length);
  }

  /** Rows per page, of `total` rows (all of them when paging is off). */
  private pageLength(total: number): number {
    return this.pageSize > 0 ? Math.floor(this.pageSize) : Math.max(1, total);
  }

  /** Gives the grid's focus to a position of the page (`rows` long), rendering its row first. */
  private async moveFocus(next: { row: number; column: number }, rows: number): Promise<boolean> {
    this.active = next;
    const { start, end } = this.windowOf(rows);
    if (next.row > 0 && next.row - 1 < start) this.windowStart = next.row - 1;
    else if (next.row > end) this.windowStart = next.row - (end - start);
    await this.updateComplete;
    const focusable = this.gridFocusable(next);
    focusable?.focus();
    // Focus alone scrolls only until some of the cell shows; a person must see all of it (the
    // scroll padding keeps it clear of the sticky headers).
    (focusable?.closest('th, td') ?? focusable)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    return focusable !== undefined;
  }

  private onFocusIn(event: FocusEvent): void {
    const next = gridPosition(event.composedPath()[0] as HTMLElement);
    if (next && (next.row !== this.active.row || next.column !== this.active.column)) this.active = next;
  }

  // Value cells carry no tabindex until they hold the tab stop (a thousand bindings fewer per
  // page), so a click on one would not focus it by itself.
  private onGridPointerDown(event: PointerEvent): void {
    const cell = (event.composedPath()[0] as HTMLElement).closest?.('td');
    const at = cell ? gridPosition(cell) : undefined;
    if (!cell || !at) return;
    this.active = at;
    this.placeTabStop(at);
    cell.focus();
  }

  /** The element that takes focus for a grid position: a header's or organization's button, or a value cell. */
  private gridFocusable(at: { row: number; column: number }): HTMLElement | undefined {
    const row = at.row === 0 ? this.shadowRoot?.querySelector('thead tr') : this.shadowRoot?.querySelector(`tbody tr[data-r="${at.row}"]`);
    const cell = (row as HTMLTableRowElement | null | undefined)?.cells[at.column];
    if (!cell) return undefined;
    return cell.tagName === 'TD' ? cell : (cell.querySelector('button') ?? undefined);
  }

  /** Gives the grid's single tab stop to one position: every other cell is reached by arrow keys. */
  private placeTabStop(at: { row: number; column: number }): void {
    const next = this.gridFocusable(at);
    const previous = this.tabStop;
    if (previous && previous !== next) {
      if (previous.tagName === 'TD') previous.removeAttribute('tabindex');
      else previous.tabIndex = -1;
    }
    if (next) next.tabIndex = 0;
    this.tabStop = next;
  }

  protected override updated(): void {
    const back = this.focusTrends && trends ? this.shadowRoot?.querySelector<HTMLElement>('.trends button.back') : undefined;
    if (back) {
      this.focusTrends = false;
      back.focus();
    }
    const table = this.shadowRoot?.querySelector('table[role=grid]') as HTMLTableElement | null;
    if (!table) return;
    const rendered = [...table.tBodies[0]!.rows].filter((row) => row.dataset['r'] !== undefined);
    const columns = table.rows[0]?.cells.length ?? 1;
    const at = { row: this.active.row, column: Math.min(this.active.column, columns - 1) };
    // The active row may be off the window (scrolled away) or gone (a shorter page): the tab stop
    // then waits in the header of the same column.
    if (!this.gridFocusable(at)) at.row = 0;
    this.placeTabStop(at);
    if (this.scrollToTop) {
      this.scrollToTop = false;
      (table.parentElement as HTMLElement).scrollTop = 0;
    }
    this.measureWindow(table, rendered);
  }

  // Reads the box and the rendered rows once per render; asks for another render only when the
  // box turns out taller than the window was sized for.
  private measureWindow(table: HTMLTableElement, rendered: HTMLTableRowElement[]): void {
    const box = table.parentElement as HTMLElement;
    // Every layout read first, then every write: one layout, not one per write.
    const size = this.boxSize(box, table, rendered);
    if (rendered.length > 0) {
      const height = (rendered[rendered.length - 1]!.offsetTop + rendered[rendered.length - 1]!.offsetHeight - rendered[0]!.offsetTop) / rendered.length;
      if (height > 0) this.rowHeight = height;
    }
    const header = table.tHead?.offsetHeight ?? 0;
    const firstColumn = table.rows[0]?.cells[0]?.offsetWidth ?? 0;
    const shown = size.height ? Number.parseFloat(size.height) : box.clientHeight;
    // Rows focused by the keyboard scroll into view below the sticky header, not under it.
    box.style.scrollPaddingTop = `${header}px`;
    box.style.scrollPaddingInlineStart = `${firstColumn}px`;
    if (size.height !== undefined && box.style.height !== size.height) box.style.height = size.height;
    if (size.maxHeight !== undefined && box.style.maxHeight !== size.maxHeight) box.style.maxHeight = size.maxHeight;
    const needed = Math.ceil(shown / MIN_ROW_HEIGHT) + 2 * OVERSCAN;
    if (needed > this.windowRows || size.scrolls !== this.boxScrolls) {
      this.windowRows = Math.max(this.windowRows, needed);
      this.boxScrolls = size.scrolls;
      this.requestUpdate();
    }
  }

  /**
   * Sizes the scrolling box so it never cuts a row: a table that overflows the box's height
   * (`--sos-system-view-height`) by less than its last row is shown whole, a taller one ends on a
   * row's edge. Measured on the rows at the top of the page, as the box first shows them. Says
   * whether the page's styles let the box scroll at all, and the height and maximum height to
   * set (undefined: leave as is).
   */
  private boxSize(box: HTMLElement, table: HTMLTableElement, rendered: HTMLTableRowElement[]): { scrolls: boolean; height?: string; maxHeight?: string } {
    // Rows further down stand behind a spacer: keep what was measured at the top.
    if (this.windowStart > 0) return { scrolls: this.boxScrolls };
    // The page's own limit, without the one set here for a table that almost fits.
    const grown = box.style.maxHeight;
    if (grown) box.style.maxHeight = '';
    const limit = Number.parseFloat(getComputedStyle(box).maxHeight);
    if (!Number.isFinite(limit)) return { scrolls: false, height: '', maxHeight: '' };
    const frame = box.offsetHeight - box.clientHeight;
    const whole = table.offsetHeight + frame;
    const last = rendered[rendered.length - 1];
    if (whole <= limit) return { scrolls: true, height: '', maxHeight: '' };
    if (last && last.nextElementSibling === null && whole - limit < last.offsetHeight) return { scrolls: true, height: '', maxHeight: `${whole}px` };
    let bottom = table.tHead?.offsetHeight ?? 0;
    for (const row of rendered) {
      const end = row.offsetTop + row.offsetHeight;
      if (end > limit - frame) break;
      bottom = end;
    }
    return { scrolls: true, height: `${Math.floor(bottom + frame)}px`, maxHeight: '' };
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    this.active = { row: Math.min(this.active.row, 1), column: this.active.column };
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const problem = this.fetchError ?? this.modelError;
    if (problem) return html`<p class="error" role="alert" part="error">${s.loadFailed(problem)}</p>`;
    if (this.loading) return html`<p class="status" role="status">${s.loading}</p>`;
    const model = this.model;
    if (!model || model.byYear.size === 0 || [...model.byYear.values()].every((year) => year.size === 0)) return html`<p class="status" role="status">${s.noData}</p>`;
    const year = this.shownYear;
    const columns = this.visibleColumns;
    const matching = this.visibleRows;
    const size = this.pageLength(matching.length);
    const pages = Math.max(1, Math.ceil(matching.length / size));
    const page = Math.min(this.page, pages - 1);
    const first = page * size;
    const rows = matching.slice(first, first + size);
    return html`
      ${this.renderControls(model)} ${this.renderLegend(model)}
      <p id="grid-caption" class="caption" part="caption">${this.caption ?? s.caption(year || undefined, this.previousYear)}</p>
      <p id="grid-help" class="hint">${s.gridHelp}</p>
      <div class="scroll" part="scroll" @scroll=${this.onScroll}>
        <table
          role="grid"
          part="table"
          aria-labelledby="grid-caption"
          aria-describedby="grid-help"
          aria-rowcount=${matching.length + 1}
          aria-colcount=${columns.length + 1}
          @keydown=${(e: KeyboardEvent) => void this.onGridKey(e, rows, columns)}
          @focusin=${this.onFocusIn}
          @pointerdown=${this.onGridPointerDown}
        >
          <thead>
            <tr aria-rowindex="1">
              ${this.renderHeader('organization', s.organization, 'organization')}
              ${columns.map((column) => this.renderHeader(column.id, column.label, column.kind))}
            </tr>
          </thead>
          <tbody>
            ${rows.length === 0
              ? html`<tr>
                  <td colspan=${columns.length + 1} class="none">${s.noRows}</td>
                </tr>`
              : this.renderWindow(rows, first, columns, year)}
          </tbody>
        </table>
      </div>
      ${this.renderPager(page, pages, first, rows.length, matching.length)} ${this.renderTrends(model)}
    `;
  }

  private renderControls(model: SystemModel): TemplateResult {
    const s = this.strings;
    const groups = this.visibleColumns.filter((c) => c.kind !== 'item');
    const named = model.years.filter((y) => y !== '');
    return html`<div class="controls" part="controls">
      <label
        >${s.filter}
        <input type="search" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} @change=${() => this.announceChange()} />
      </label>
      ${named.length > 1
        ? html`<label
            >${s.schoolYear}
            <select @change=${(e: Event) => this.userChanged(() => (this.schoolYear = (e.target as HTMLSelectElement).value))}>
              ${model.years.map((y) => html`<option value=${y} ?selected=${y === this.shownYear}>${y}</option>`)}
            </select>
          </label>`
        : nothing}
      <label
        >${s.statistic}
        <select @change=${(e: Event) => this.userChanged(() => (this.statistic = (e.target as HTMLSelectElement).value as Statistic))}>
          ${(['median', 'mean'] as const).map((k) => html`<option value=${k} ?selected=${this.statistic === k}>${s.statistics[k]}</option>`)}
        </select>
      </label>
      <label
        >${s.columns}
        <select @change=${(e: Event) => this.userChanged(() => (this.columns = (e.target as HTMLSelectElement).value as SystemColumnSet))}>
          ${(
            [
              ['all', s.allColumns],
              ['conditions', s.conditionsOnly],
              ['roles', s.rolesOnly],
            ] as const
          ).map(([k, label]) => html`<option value=${k} ?selected=${this.columns === k}>${label}</option>`)}
        </select>
      </label>
      <details class="parts">
        <summary>${s.parts}</summary>
        <ul>
          ${groups.map(
            (g) =>
              html`<li>
                <label class="check"
                  ><input type="checkbox" .checked=${this.expanded.has(g.id)} @change=${(e: Event) => this.userChanged(() => this.toggle(g.id, (e.target as HTMLInputElement).checked))} />
                  ${s.expand(g.label)}</label
                >
              </li>`,
          )}
        </ul>
      </details>
      <button type="button" class="secondary" @click=${() => this.downloadCsv()}>${s.downloadCsv}</button>
    </div>`;
  }

  private renderLegend(model: SystemModel): TemplateResult {
    const s = this.strings;
    const format = this.scoreFormat();
    const previous = this.previousYear;
    return html`<div class="legend" part="legend">
      <span>${s.legend}:</span>
      <ul>
        ${heatRanges(model.scale, HEAT_BINS).map(({ from, to }, b) => html`<li><span class="swatch heat-${b + 1}" aria-hidden="true"></span>${format.format(from)}–${format.format(to)}</li>`)}
        <li><span class="swatch suppressed" aria-hidden="true"></span>${s.suppressed}</li>
      </ul>
      <p>${s.legendNote(this.minimumN)}</p>
      ${previous ? html`<p>${s.trendNote(previous)}</p>` : nothing}
    </div>`;
  }

  private renderHeader(key: string, label: string, kind: string): TemplateResult {
    const s = this.strings;
    const sorted = this.sortKey === key;
    // tabindex -1: placeTabStop() gives the grid's one tab stop to a single cell after each render.
    return html`<th scope="col" class=${kind} aria-sort=${sorted ? this.sortDirection : 'none'}>
      <button type="button" class="sort" tabindex="-1" @click=${() => this.userChanged(() => this.sortBy(key))} title=${`${label} — ${s.sortBy(label)}`}>
        <span class="label">${label}</span><span aria-hidden="true" class="arrow">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  }

  // Only the rows near the box's view are in the DOM; spacer rows of the estimated height stand
  // in for the others, so the scrollbar stays true to the page.
  private renderWindow(rows: VisibleRow[], first: number, columns: SystemColumn[], year: string | undefined): unknown {
    const { start, end } = this.windowOf(rows.length);
    const spacer = (count: number) =>
      // The height through the style property (the CSSOM), never a style attribute, which a strict
      // Content-Security-Policy blocks.
      count > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columns.length + 1} .style=${`height: ${count * this.rowHeight}px`}></td></tr>` : nothing;
    return html`${spacer(start)}${repeat(
        rows.slice(start, end),
        (row) => row.key,
        (row, r) => this.renderRow(row, start + r + 1, first + start + r + 2, columns, year),
      )}${spacer(rows.length - end)}`;
  }

  // The hot path: 50 rows × up to 100 columns per page. Each cell has as few bindings as it can
  // (its position in the grid comes from the DOM, its tab stop from placeTabStop()).
  private renderRow(row: VisibleRow, gridRow: number, rowIndex: number, columns: SystemColumn[], year: string | undefined): TemplateResult {
    const s = this.strings;
    const format = this.scoreFormat();
    const signed = this.scoreFormat('exceptZero');
    const scale = this.model!.scale;
    return html`<tr part="row" aria-rowindex=${rowIndex} data-r=${gridRow}>
      <th scope="row">
        <button type="button" class="org" tabindex="-1" title=${s.openTeam(row.name)} @click=${() => this.open(row)}>${row.name}</button>
      </th>
      ${columns.map((column) => {
        const cell = this.cell(row, column.id, year);
        if (cell.suppressed) return html`<td part="cell" class="suppressed" title=${s.suppressedLong(this.minimumN)}>${s.suppressed}</td>`;
        if (cell.value === undefined) return html`<td part="cell" class="empty">${s.noScore}</td>`;
        const trend = cell.trend;
        // The size of a change is shown, not only spoken: "▲ up +0.3". The year it is measured
        // from is in the caption, once.
        return html`<td part="cell" class=${HEAT_CLASSES[heatBin(cell.value, scale, HEAT_BINS)]!}><span class="value">${format.format(shownValue(cell.value))}</span> <span class="n">${s.n(cell.n)}</span>${trend
            ? html` <span class=${TREND_CLASSES[trend.direction]}><span aria-hidden="true">${TREND_ARROWS[trend.direction]}</span> ${trend.direction === 'same' ? s.trend.same : `${s.trend[trend.direction]} ${signed.format(trend.delta)}`}</span>`
            : nothing}</td>`;
      })}
    </tr>`;
  }

  private renderPager(page: number, pages: number, first: number, shown: number, total: number): TemplateResult | typeof nothing {
    const s = this.strings;
    if (total === 0) return nothing;
    return html`<div class="pager" part="pager">
      <p role="status">${s.rowsShown(first + 1, first + shown, total)}</p>
      ${pages > 1
        ? html`<button type="button" class="secondary" ?disabled=${page === 0} @click=${() => this.goToPage(page - 1)}>${s.previousPage}</button>
            <button type="button" class="secondary" ?disabled=${page >= pages - 1} @click=${() => this.goToPage(page + 1)}>${s.nextPage}</button>`
        : nothing}
    </div>`;
  }

  private renderTrends(model: SystemModel): TemplateResult {
    const s = this.strings;
    const key = this.trendOrganization;
    if (key === undefined || model.years.every((year) => !model.byYear.get(year)?.get(key))) return html`<section class="trends" part="trends"><p class="hint">${s.trendsHint}</p></section>`;
    if (trends) {
      const groups = this.visibleColumns.filter((c) => c.kind !== 'item');
      return trends.renderTrends({ strings: s, model, organization: key, groups, statistic: this.statistic, minimumN: this.minimumN, format: this.scoreFormat(), back: () => void this.focusOrganization(key) });
    }
    // The panel's code is on its way, or could not be loaded: the organization stays open, and
    // the person can try again without finding it anew.
    return html`<section class="trends" part="trends">
      ${this.trendsFailed
        ? html`<p class="error" role="alert">${s.trendsFailed}</p>
            <button
              type="button"
              class="secondary"
              @click=${() => {
                this.focusTrends = true;
                this.loadTrends();
                this.requestUpdate();
              }}
            >
              ${s.retry}
            </button>`
        : html`<p class="status" role="status">${s.trendsLoading}</p>`}
    </section>`;
  }
}

/** Row (0 = the header row) and column of the grid cell an element is in, from the table itself. */
function gridPosition(target: HTMLElement): { row: number; column: number } | undefined {
  const cell = target.closest?.('th, td') as HTMLTableCellElement | null;
  const row = cell?.parentElement as HTMLTableRowElement | null;
  if (!cell || !row || !cell.closest('table[role=grid]')) return undefined;
  if (row.parentElement?.tagName === 'THEAD') return { row: 0, column: cell.cellIndex };
  return row.dataset['r'] === undefined ? undefined : { row: Number(row.dataset['r']), column: cell.cellIndex };
}

declare global {
  interface HTMLElementTagNameMap {
    'sos-system-view': SosSystemView;
  }
}
