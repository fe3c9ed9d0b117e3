import { analyzeRunChart, RUN_CHART_RULES, type RunChartAnalysis, type RunChartInput } from '@sos-kit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { numberFormat } from '../shared/format.js';
import { LazyStrings } from '../shared/lazy-strings.js';
import { SosElement } from '../shared/sos-element.js';
import { WidthController } from '../shared/width-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { loadRunChartStrings, RUN_CHART_STRINGS_EN, type RunChartStrings } from './run-chart.strings.js';
import { CHART_TEXT, runChartStyles } from './run-chart.styles.js';

/** A value on the chart: a measure's data point (`date`, `value`, optional `note` and `astronomical`). */
export type RunChartPoint = Exclude<RunChartInput, number> & { note?: string };

/** The chart's strings in each language it has been shown in. */
const chartStrings = new LazyStrings(RUN_CHART_STRINGS_EN, loadRunChartStrings, 'sos-run-chart');

/** The ways a chart writes dates: in sentences, under the axis, and as a month ("since March"). */
const DATE_STYLES = {
  full: { day: 'numeric', month: 'short', year: 'numeric' },
  axis: { day: 'numeric', month: 'short' },
  month: { month: 'long' },
  monthYear: { month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * Dates already written, by language, style and day: formatting a date with Intl costs more than
 * the rest of placing its label, and a chart writes the same days again whenever it redraws (a
 * new value, a resize, another language, printing). Cleared when it grows past a few years of
 * daily values in both languages.
 */
const formattedDates = new Map<string, string | undefined>();
const MAX_FORMATTED_DATES = 10_000;
function formatDate(iso: string | undefined, lang: string, style: keyof typeof DATE_STYLES): string | undefined {
  if (!iso) return undefined;
  const key = `${lang}|${style}|${iso}`;
  if (formattedDates.has(key)) return formattedDates.get(key);
  let text: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const formatKey = `${lang}|${style}`;
    let format = dateFormats.get(formatKey);
    if (!format) {
      // Dates are calendar days: format them in UTC so no time zone moves them to the day before.
      format = new Intl.DateTimeFormat(lang, { ...DATE_STYLES[style], timeZone: 'UTC' });
      dateFormats.set(formatKey, format);
    }
    text = format.format(new Date(`${iso}T00:00:00Z`));
  }
  if (formattedDates.size >= MAX_FORMATTED_DATES) formattedDates.clear();
  formattedDates.set(key, text);
  return text;
}

/** About five round tick values covering [low, high]. */
function niceTicks(low: number, high: number): number[] {
  if (low === high) return [low];
  const rough = (high - low) / 5;
  const exponent = Math.floor(Math.log10(rough));
  const magnitude = 10 ** exponent;
  const multiple = rough <= magnitude ? 1 : rough <= 2 * magnitude ? 2 : rough <= 2.5 * magnitude ? 2.5 : rough <= 5 * magnitude ? 5 : 10;
  const step = multiple * magnitude;
  // Each tick as a whole number of steps, scaled by a power of ten at the end, so 0.1 × 3 comes
  // out as 0.3 and not 0.30000000000000004.
  const ticks: number[] = [];
  for (let k = Math.ceil(low / step); k * step <= high + step * 1e-9; k++) ticks.push(exponent < 0 ? (k * multiple) / 10 ** -exponent : k * multiple * magnitude);
  return ticks;
}

/** Width drawn at when the element cannot be measured (not laid out, e.g. printing offscreen). */
const DEFAULT_WIDTH = 640;
/** Narrowest and widest drawings: below, the SVG scales down to its box; above, it stops growing. */
const MIN_WIDTH = 180;
const MAX_WIDTH = 960;
/** Space between the value labels and the plot, and between the plot and the median/target labels. */
const TICK_GAP = 6;
const LABEL_GAP = 6;
/** Height of a row of shift/trend names above the plot, and how many rows at most. */
const BAND_ROW = 14;
const MAX_BAND_ROWS = 3;

type TextStyle = (typeof CHART_TEXT)[keyof typeof CHART_TEXT];
/**
 * One canvas context per text style, each keeping its font: setting a context's font parses it
 * and looks the typeface up again, which cost more than the measuring when one context switched
 * between the three styles for every label.
 */
const measuringContexts = new Map<TextStyle, { context: CanvasRenderingContext2D | null; font: string }>();
/**
 * Widths already measured, by font and text: a redraw (a resize, a new value, printing) places
 * mostly the same labels again. A typeface that finishes loading changes widths, so the widths
 * are forgotten then.
 */
const measuredWidths = new Map<string, number>();
const MAX_MEASURED_WIDTHS = 2_000;
let watchingFonts = false;
function watchFonts(): void {
  if (watchingFonts || typeof document === 'undefined' || !document.fonts) return;
  watchingFonts = true;
  document.fonts.addEventListener('loadingdone', () => measuredWidths.clear());
}
/**
 * Widths of text in the chart's typeface, measured on a canvas (no layout, no DOM text), so the
 * layout can give each label its room before anything is drawn. Without a canvas, a generous
 * estimate.
 */
function textMeasurer(family: string): (text: string, style: TextStyle) => number {
  return (text, style) => {
    let measuring = measuringContexts.get(style);
    if (!measuring) {
      measuring = { context: typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d'), font: '' };
      measuringContexts.set(style, measuring);
    }
    const { context } = measuring;
    if (!context) return text.length * style.size * 0.62;
    // The context's own `font` reads back normalised, so the last font set is kept beside it.
    const font = `${style.weight} ${style.size}px ${family}`;
    if (measuring.font !== font) {
      context.font = font;
      measuring.font = font;
    }
    const key = `${font}|${text}`;
    let width = measuredWidths.get(key);
    if (width === undefined) {
      // A pixel of slack: canvas and SVG round glyph advances differently.
      width = context.measureText(text).width + 1;
      if (measuredWidths.size === 0) watchFonts();
      if (measuredWidths.size >= MAX_MEASURED_WIDTHS) measuredWidths.clear();
      measuredWidths.set(key, width);
    }
    return width;
  };
}

/** What the chart draws and says for one set of inputs; kept until one of them changes. */
interface Drawing {
  inputs: readonly unknown[];
  width: number;
  height: number;
  /** Marker radius. */
  r: number;
  x: (index: number) => number;
  y: (value: number) => number;
  /** The drawing: bands, grid, labels, median and target lines, the data line and its markers. */
  graphics: SVGGElement;
  findings: string[];
  /** The findings as list items, made with the drawing so a redraw of the cursor leaves them be. */
  findingList: HTMLUListElement;
  medianText: string;
  description: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Which rules picked out a point, as bits of its flag byte. */
const SHIFT = 1;
const TREND = 2;
const MARKED = 4;
/** A coordinate to a tenth of a pixel, as an attribute value: finer is invisible and only lengthens the markup. */
const px = (value: number): string => String(Math.round(value * 10) / 10);

/** Points per PageUp/PageDown step: about a tenth of the chart, at least one. */
const pageStep = (count: number) => Math.max(1, Math.round(count / 10));

/**
 * A run chart of a measure's values over time, drawn as plain SVG: the values in order, the
 * median of the baseline as the centre line (solid over the baseline, dashed where it is
 * extended), an optional target line, and the run-chart rules applied by `@sos-kit/core`'s
 * `analyzeRunChart`. Shifts and trends are shaded, labelled, drawn with their own marker shapes
 * and named in words below the chart ("6 points above the median since March: a shift"), so
 * nothing depends on colour. One point at a time is active: the arrow keys (Home, End, Page Up
 * and Page Down too) move it, as on a slider that reads each point out, and the pointer picks
 * the point under it. "Show data table" shows the same data as a table.
 *
 * The chart draws at its box's width (a phone's card to a wide desktop) and keeps every label
 * whole and clear of the data: values left of the plot, the median and target beside its right
 * end (stacked when close; shortened to "Median"/"Target" when room is short, with both in full
 * in the sentence below), shift and trend names above their shaded areas, dates as far apart as
 * they need.
 *
 * Drawing is cheap for long series: the markers of each kind are one path, the active point is
 * one focusable cursor, and a point's words and the table are made only when asked for.
 *
 * @summary Accessible SVG run chart with the median, shifts, trends and the runs test in words.
 *
 * @csspart chart - The SVG.
 * @csspart cursor - The active point's ring: the focusable slider over the points.
 * @csspart findings - The list of what the rules found.
 * @csspart table - The data table.
 * @csspart readout - The text showing the active point.
 *
 * @cssproperty --sos-run-chart-line - Colour of the data line and points (default: the accent colour).
 * @cssproperty --sos-run-chart-median - Colour of the median line (default: the text colour).
 * @cssproperty --sos-run-chart-signal - Colour of shaded shifts and trends and their points (default: the radar's second series colour).
 * @cssproperty --sos-run-chart-grid - Colour of grid lines (default: the radar's grid colour).
 *
 * @tagname sos-run-chart
 */
export class SosRunChart extends SosElement {
  static override styles = [themeStyles, runChartStyles];

  static override properties = {
    points: { attribute: false },
    heading: {},
    unit: {},
    better: {},
    baselinePoints: { type: Number, attribute: 'baseline-points' },
    target: { type: Number },
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    active: { state: true },
  };

  /** The values in time order: a measure's data points. */
  declare points: RunChartPoint[];
  /** Title of the chart, also its accessible name. */
  declare heading: string;
  /** Unit shown after values, e.g. "%". */
  declare unit: string;
  /** `higher` or `lower`: which direction is good news, so shifts and trends can be called improvements. */
  declare better: 'higher' | 'lower' | undefined;
  /** How many of the first points form the baseline median; all when unset. */
  declare baselinePoints: number | undefined;
  /** A target value, drawn as a labelled line. */
  declare target: number | undefined;
  /** Show the data table (rendered only while shown). */
  declare showTable: boolean;
  /** @internal */
  declare protected active: number | undefined;

  private strings: RunChartStrings = RUN_CHART_STRINGS_EN;
  /** Values as the language writes them (up to two decimals), picked with the strings. */
  private numbers: Intl.NumberFormat = numberFormat('en', { maximumFractionDigits: 2 });
  private analysis: RunChartAnalysis | undefined;
  private analysisError: string | undefined;
  /** The chart's width, measured before the first draw and kept current (one draw, at the right size). */
  private readonly size = new WidthController(this);
  /** Which rule picked out each point, kept with the analysis for the markers, labels and table. */
  private marks = new Uint8Array(0);
  /** What was last drawn, and from which inputs (see drawing()). */
  private drawn: Drawing | undefined;

  constructor() {
    super();
    this.points = [];
    this.heading = 'Run chart';
    this.unit = '';
    this.better = undefined;
    this.baselinePoints = undefined;
    this.target = undefined;
    this.showTable = false;
  }

  /** What core's run-chart rules found for the current points (undefined before the first render). */
  get result(): RunChartAnalysis | undefined {
    return this.analysis;
  }

  /** Loads the strings of a language other than English before rendering in it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Synchronous when the strings are here (always for English): an async method would put every
    // render a microtask later.
    const pending = chartStrings.ready(this.language);
    if (!pending) return super.scheduleUpdate();
    return pending.then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = chartStrings.of(this.language);
    this.numbers = numberFormat(this.language, { maximumFractionDigits: 2 });
    if (changed.has('points') || changed.has('baselinePoints') || changed.has('better')) {
      const better = this.better === 'higher' || this.better === 'lower' ? this.better : undefined;
      const baseline = this.baselinePoints !== undefined && Number.isInteger(this.baselinePoints) && this.baselinePoints >= 1 ? this.baselinePoints : undefined;
      try {
        this.analysis = analyzeRunChart(this.points ?? [], { ...(baseline ? { baselinePoints: baseline } : {}), ...(better ? { better } : {}) });
        this.analysisError = undefined;
      } catch (error) {
        // A value that is not a number: say so instead of drawing nonsense.
        this.analysis = undefined;
        this.analysisError = error instanceof Error ? error.message : String(error);
      }
      const a = this.analysis;
      // One flag byte per point: cheaper to make for long series than three sets.
      const marks = new Uint8Array(a?.count ?? 0);
      for (const shift of a?.shifts ?? []) for (const i of shift.points) marks[i]! |= SHIFT;
      for (const trend of a?.trends ?? []) for (const i of trend.points) marks[i]! |= TREND;
      for (const i of a?.astronomical ?? []) marks[i]! |= MARKED;
      this.marks = marks;
      if (this.active !== undefined && this.active >= (this.points?.length ?? 0)) this.active = undefined;
    }
  }

  private number(value: number): string {
    const text = this.numbers.format(value);
    return this.unit ? (this.unit === '%' ? `${text}%` : `${text} ${this.unit}`) : text;
  }

  /** A point's date for sentences (e.g. "3 Mar 2026"), or its number when it has no date. */
  private when(index: number): string {
    return formatDate(this.points[index]?.date, this.language, 'full') ?? this.strings.pointNumber(index + 1);
  }

  /** Which rules picked out a point, in words ("part of a shift"). */
  private signals(index: number): string[] {
    const s = this.strings;
    const mark = this.marks[index] ?? 0;
    return [mark & SHIFT ? s.shiftWord : '', mark & TREND ? s.trendWord : '', mark & MARKED ? s.markedWord : ''].filter(Boolean);
  }

  /** Everything about one point in a sentence: its date, value, side of the median and signals. */
  private pointLabel(index: number): string {
    const s = this.strings;
    return s.pointLabel(this.when(index), this.number(this.points[index]!.value), s.sides[this.analysis!.sides[index]!], this.signals(index));
  }

  /** "since March" (or "since March 2026" when the chart spans more than one year). */
  private since(index: number): string {
    const first = this.points[0]?.date?.slice(0, 4);
    const oneYear = this.points.every((p) => !p.date || p.date.slice(0, 4) === first);
    return formatDate(this.points[index]?.date, this.language, oneYear ? 'month' : 'monthYear') ?? this.strings.pointNumber(index + 1);
  }

  /** Every finding as a sentence, in the order a reader needs them. */
  findings(): string[] {
    const a = this.analysis;
    const s = this.strings;
    if (!a || a.count === 0) return [];
    const meaning = (m: 'improvement' | 'deterioration' | undefined) => (m ? ` (${m === 'improvement' ? s.improvement : s.deterioration})` : '');
    const out: string[] = [
      ...a.shifts.map((shift) => s.shift(shift.points.length, shift.direction as 'above' | 'below', this.since(shift.start)) + meaning(shift.meaning)),
      ...a.trends.map((trend) => s.trend(trend.points.length, trend.direction as 'up' | 'down', this.when(trend.start), this.when(trend.end)) + meaning(trend.meaning)),
    ];
    const runs = a.runs;
    if (runs.verdict === 'too-few' && runs.limits) out.push(s.tooFewRuns(runs.count, runs.useful, runs.limits.fewerThan));
    else if (runs.verdict === 'too-many' && runs.limits) out.push(s.tooManyRuns(runs.count, runs.useful, runs.limits.moreThan));
    if (out.length === 0) out.push(s.noSignal);
    if (runs.verdict === 'as-expected') out.push(s.runsAsExpected(runs.count, runs.useful));
    if (runs.verdict === 'not-enough-data') out.push(s.runsNeedMore(runs.useful, RUN_CHART_RULES.minUsefulForRuns));
    if (a.baseline.short) out.push(s.shortBaseline(a.baseline.points, RUN_CHART_RULES.recommendedBaseline));
    if (a.astronomical.length > 0) out.push(s.astronomical(a.astronomical.map((i) => `${this.when(i)} (${this.number(this.points[i]!.value)})`).join(', ')));
    return out;
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = this.points.length;
    if (count === 0) return;
    const current = this.active ?? 0;
    const clamp = (i: number) => Math.min(Math.max(i, 0), count - 1);
    const page = pageStep(count);
    const moves: Record<string, number> = {
      ArrowRight: clamp(current + 1),
      ArrowUp: clamp(current + 1),
      ArrowLeft: clamp(current - 1),
      ArrowDown: clamp(current - 1),
      PageUp: clamp(current + page),
      PageDown: clamp(current - page),
      Home: 0,
      End: count - 1,
    };
    if (!Object.hasOwn(moves, event.key)) return;
    event.preventDefault();
    this.active = moves[event.key];
  }

  /** The point under the pointer: the nearest one along the time axis. */
  private onPointer(event: PointerEvent): void {
    const drawn = this.drawn;
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const n = this.points.length;
    if (!drawn || box.width === 0 || n === 0) return;
    const x = ((event.clientX - box.left) * drawn.width) / box.width;
    const x0 = drawn.x(0);
    const step = n > 1 ? drawn.x(1) - x0 : 0;
    const index = Math.min(Math.max(Math.round(step > 0 ? (x - x0) / step : 0), 0), n - 1);
    if (this.active !== index) this.active = index;
  }

  /** The drawing's size: the container's width, so text keeps its size instead of scaling with the SVG. */
  private size2d(): { width: number; height: number } {
    const width = Math.max(MIN_WIDTH, Math.min(this.size.width || DEFAULT_WIDTH, MAX_WIDTH));
    return { width, height: Math.round(Math.min(Math.max(width * 0.5, 220), 380)) };
  }

  /**
   * Everything drawn and said about the data, made again only when the data, words or size
   * change: moving the active point re-renders only the cursor and the readout.
   *
   * Every label is measured and given room outside the plot, so none covers a point, the line
   * or another label: values in the left margin (as wide as the widest), the median and target
   * beside the plot's right end (stacked when their lines are close, shortened when the full words
   * would take more than a quarter of the width; the sentence below the chart has them in full),
   * shift and trend names above their shaded areas, and dates under the axis as far apart as
   * their widths need, the last one kept whole inside the box.
   */
  private drawing(): Drawing {
    const a = this.analysis!;
    const s = this.strings;
    const { width, height: baseHeight } = this.size2d();
    const inputs = [a, this.strings, this.unit, this.target, this.heading, width] as const;
    if (this.drawn && this.drawn.inputs.every((value, i) => value === inputs[i])) return this.drawn;
    const measure = textMeasurer(getComputedStyle(this).fontFamily || 'sans-serif');
    const points = this.points;
    const n = points.length;
    let low = Infinity;
    let high = -Infinity;
    for (const p of points) {
      if (p.value < low) low = p.value;
      if (p.value > high) high = p.value;
    }
    const target = this.target !== undefined && Number.isFinite(this.target) ? this.target : undefined;
    for (const v of [a.median, target]) {
      if (v !== undefined) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    const pad = (high - low) * 0.08 || Math.abs(high) * 0.1 || 1;
    low -= pad;
    high += pad;
    const ticks = niceTicks(low, high);
    low = Math.min(low, ticks[0]!);
    high = Math.max(high, ticks[ticks.length - 1]!);
    const tickFormat = this.numbers;
    const tickTexts = ticks.map((t) => tickFormat.format(t));

    // Left margin: the widest value label, then a gap before the plot.
    let widestTick = 0;
    for (const text of tickTexts) widestTick = Math.max(widestTick, measure(text, CHART_TEXT.tick));
    const left = Math.ceil(widestTick) + TICK_GAP + 4;
    // Right margin: the median and target labels, in the longest wording that fits.
    const lineLabels: { kind: 'median' | 'target'; value: number; wordings: string[] }[] = [];
    if (a.median !== undefined) lineLabels.push({ kind: 'median', value: a.median, wordings: [s.medianLabel(this.number(a.median)), s.medianLabel(tickFormat.format(a.median)), s.medianWord] });
    if (target !== undefined) lineLabels.push({ kind: 'target', value: target, wordings: [s.targetLabel(this.number(target)), s.targetLabel(tickFormat.format(target)), s.targetWord] });
    const room = Math.max(56, width * 0.25) - LABEL_GAP;
    let wording = 0;
    while (wording < 2 && !lineLabels.every((label) => measure(label.wordings[wording]!, CHART_TEXT.line) <= room)) wording++;
    let widestLabel = 0;
    for (const label of lineLabels) widestLabel = Math.max(widestLabel, measure(label.wordings[wording]!, CHART_TEXT.line));
    const right = width - (lineLabels.length > 0 ? Math.ceil(widestLabel) + LABEL_GAP + 2 : 12);

    // Points stand a marker's width inside the plot, so no marker or ring meets the axis labels.
    const r = n > 60 ? 3 : 4.5;
    const inset = r + 6;
    const step = n > 1 ? (right - left - 2 * inset) / (n - 1) : 0;
    const x = (i: number) => (n > 1 ? left + inset + i * step : (left + right) / 2);
    // Shaded areas reach half-way to the neighbouring points, never past the plot.
    const half = Math.max(step / 2, r + 2);
    const bands: { kind: 'shift' | 'trend'; from: number; to: number; label: string; labelX: number; row: number | undefined }[] = [];
    const rowEnds: number[] = [];
    const runs = [...a.shifts.map((run) => ['shift', run] as const), ...a.trends.map((run) => ['trend', run] as const)].sort((p, q) => p[1].start - q[1].start);
    for (const [kind, run] of runs) {
      const from = Math.max(left, x(run.start) - half);
      const to = Math.min(right, x(run.end) + half);
      const label = kind === 'shift' ? s.shiftBand : s.trendBand;
      const labelWidth = measure(label, CHART_TEXT.band);
      const labelX = Math.max(1, Math.min(from + 2, width - labelWidth - 1));
      // Names of areas stand above the plot, on another row when the first has no room; past
      // a few rows an area goes unnamed on the chart (its shape and the findings still say it).
      let row: number | undefined = rowEnds.findIndex((end) => labelX >= end + 8);
      if (row === -1) row = rowEnds.length < MAX_BAND_ROWS ? rowEnds.push(0) - 1 : undefined;
      if (row !== undefined) rowEnds[row] = labelX + labelWidth;
      bands.push({ kind, from, to, label, labelX, row });
    }
    const extraRows = Math.max(0, rowEnds.length - 1);
    const top = 24 + extraRows * BAND_ROW;
    const height = baseHeight + extraRows * BAND_ROW;
    const plotBottom = height - 40;
    const y = (v: number) => plotBottom - ((v - low) / (high - low || 1)) * (plotBottom - top);

    // Dates: a label's width of space between neighbours, so the axis reads as a few landmarks
    // rather than a fence of dates (the readout and the table give every point's date); the last
    // is always shown, whole.
    const dateText = (i: number) => formatDate(points[i]!.date, this.language, 'axis') ?? String(i + 1);
    const probe = Math.max(measure(dateText(0), CHART_TEXT.tick), measure(dateText(n - 1), CHART_TEXT.tick));
    const labelEvery = Math.max(1, Math.ceil((probe * 2 + 16) / (step || 1)));
    const placeDate = (i: number) => {
      const text = dateText(i);
      const w = measure(text, CHART_TEXT.tick);
      const centre = Math.max(w / 2 + 1, Math.min(x(i), width - w / 2 - 1));
      return { text, centre, from: centre - w / 2, to: centre + w / 2 };
    };
    const last = placeDate(n - 1);
    const dates = [];
    let previousEnd = -Infinity;
    for (let i = 0; i < n - 1; i += labelEvery) {
      const date = placeDate(i);
      if (date.from >= previousEnd + 8 && date.to <= last.from - 8) {
        dates.push(date);
        previousEnd = date.to;
      }
    }
    dates.push(last);

    const findings = this.findings();
    const medianText = [a.median === undefined ? '' : s.median(this.number(a.median), a.baseline.points, a.baseline.points === n), target === undefined ? '' : s.targetText(this.number(target))].filter(Boolean).join(' ');
    const description = [s.summary(n, points[0]?.date ? this.when(0) : undefined, points[n - 1]?.date ? this.when(n - 1) : undefined), medianText, ...findings].join(' ');

    // One path per kind of marker. Shapes say what colour says: squares in a shift, triangles in
    // a trend, a ring when the team marked a point unusual, a dot otherwise.
    const marks = this.marks;
    const dot = `m${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    const square = `m${-r} ${-r}h${2 * r}v${2 * r}h${-2 * r}z`;
    const triangle = `m0 ${px(-r * 1.3)}l${px(r * 1.2)} ${px(r * 2.2)}h${px(-r * 2.4)}z`;
    let line = '';
    let dots = '';
    let squares = '';
    let triangles = '';
    let rings = '';
    for (let i = 0; i < n; i++) {
      const at = `${px(x(i))} ${px(y(points[i]!.value))}`;
      line += `${i === 0 ? 'M' : 'L'}${at}`;
      const mark = marks[i]!;
      if (mark & SHIFT) squares += `M${at}${square}`;
      else if (mark & TREND) triangles += `M${at}${triangle}`;
      else if (mark & MARKED) rings += `M${at}${dot}`;
      else dots += `M${at}${dot}`;
    }
    // The drawing is built as SVG nodes directly: it is made once per change of data, words or
    // size, never patched, and two dozen small Lit templates would cost more than the nodes.
    const doc = this.ownerDocument;
    const graphics = doc.createElementNS(SVG_NS, 'g');
    graphics.setAttribute('aria-hidden', 'true');
    const add = (tag: string, attributes: Record<string, string | number>, text?: string) => {
      const node = doc.createElementNS(SVG_NS, tag);
      for (const name in attributes) {
        const value = attributes[name]!;
        node.setAttribute(name, typeof value === 'number' ? px(value) : value);
      }
      if (text !== undefined) node.textContent = text;
      graphics.append(node);
    };
    for (const band of bands) {
      add('rect', { class: `band ${band.kind}`, x: band.from, y: top, width: band.to - band.from, height: plotBottom - top });
      if (band.row !== undefined) add('text', { class: 'band-label', x: band.labelX, y: 17 + band.row * BAND_ROW }, band.label);
    }
    add('path', { class: 'gridline', d: ticks.map((t) => `M${left} ${px(y(t))}H${right}`).join('') });
    ticks.forEach((t, k) => add('text', { class: 'tick', x: left - TICK_GAP, y: y(t) + 4, 'text-anchor': 'end' }, tickTexts[k]!));
    for (const date of dates) add('text', { class: 'tick', x: date.centre, y: plotBottom + 18, 'text-anchor': 'middle' }, date.text);
    if (a.median !== undefined) {
      const medianY = px(y(a.median));
      const baselineEnd = px(x(a.baseline.points - 1));
      add('path', { class: 'median-line', d: `M${left} ${medianY}H${a.baseline.points < n ? baselineEnd : right}` });
      if (a.baseline.points < n) add('path', { class: 'median-line extended', d: `M${baselineEnd} ${medianY}H${right}` });
    }
    if (target !== undefined) add('path', { class: 'target-line', d: `M${left} ${px(y(target))}H${right}` });
    // Line labels beside the plot, centred on their lines, pushed apart when closer than a line of text.
    const placed = lineLabels.map((label) => ({ ...label, lineY: y(label.value), at: y(label.value) })).sort((p, q) => p.lineY - q.lineY);
    const rowHeight = CHART_TEXT.line.size + 4;
    for (let k = 1; k < placed.length; k++) placed[k]!.at = Math.max(placed[k]!.at, placed[k - 1]!.at + rowHeight);
    const lowest = placed.at(-1);
    if (lowest && lowest.at > plotBottom - 6) for (const label of placed) label.at -= lowest.at - (plotBottom - 6);
    const highest = placed[0];
    if (highest && highest.at < top + 6) for (const label of placed) label.at += top + 6 - highest.at;
    for (const label of placed) {
      if (Math.abs(label.at - label.lineY) > 1) add('path', { class: 'leader', d: `M${right} ${px(label.lineY)}L${right + LABEL_GAP - 2} ${px(label.at)}` });
      add('text', { class: `line-label ${label.kind}`, x: right + LABEL_GAP, y: label.at + 4 }, label.wordings[wording]!);
    }
    add('path', { class: 'data-line', d: line });
    // A kind with no points draws nothing, not an empty path.
    if (dots) add('path', { class: 'points', d: dots });
    if (rings) add('path', { class: 'points marked', d: rings });
    if (squares) add('path', { class: 'points signal shift', d: squares });
    if (triangles) add('path', { class: 'points signal trend', d: triangles });
    const findingList = doc.createElement('ul');
    findingList.className = 'findings';
    findingList.setAttribute('part', 'findings');
    // Styled without bullets, so say it is a list (some screen readers drop unbulleted lists).
    findingList.setAttribute('role', 'list');
    for (const finding of findings) findingList.appendChild(doc.createElement('li')).textContent = finding;
    this.drawn = { inputs, width, height, r, x, y, graphics, findings, findingList, medianText, description };
    return this.drawn;
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.analysisError) return html`<p class="error" role="alert">${this.analysisError}</p>`;
    const a = this.analysis;
    if (!a || a.count === 0) return html`<p class="status" role="status">${s.noData}</p>`;
    const { width, height, r, x, y, graphics, findingList, medianText, description } = this.drawing();
    const n = this.points.length;
    const current = this.active ?? 0;
    const currentLabel = this.pointLabel(current);
    const note = this.active === undefined ? undefined : this.points[this.active]?.note;
    // No white space between the tags: every gap would be one more text node to clone and insert.
    return html`<figure
      ><svg
        part="chart"
        viewBox="0 0 ${width} ${height}"
        width=${width}
        height=${height}
        role="group"
        aria-label=${this.heading}
        aria-describedby="chart-desc"
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        ><desc id="chart-desc">${description}</desc
        >${graphics}<circle
          class="cursor"
          part="cursor"
          role="slider"
          tabindex="0"
          aria-label=${s.pointsSlider}
          aria-orientation="horizontal"
          aria-valuemin="1"
          aria-valuemax=${n}
          aria-valuenow=${current + 1}
          aria-valuetext=${currentLabel}
          ?data-active=${this.active !== undefined}
          @keydown=${this.onKeydown}
          @focus=${this.onFocus}
          cx=${x(current)}
          cy=${y(this.points[current]!.value)}
          r=${r + 4}
        ></circle
      ></svg
      ><p class="readout" part="readout">${this.active === undefined ? s.chartKeys : currentLabel}${note ? html` <span class="note">— ${note}</span>` : nothing}</p
      ><figcaption
        ><p class="median-text">${medianText}</p
        ><h3 class="findings-heading">${s.findings}</h3
        >${findingList}</figcaption
      ></figure
    ><button type="button" class="secondary actions" aria-expanded=${String(this.showTable)} aria-controls="data" @click=${this.toggleTable}
        >${this.showTable ? s.hideTable : s.showTable}</button
    ><div id="data" class="table">${this.showTable ? this.table() : nothing}</div>`;
  }

  private readonly onFocus = (): void => {
    this.active ??= 0;
  };

  private readonly toggleTable = (): void => {
    this.showTable = !this.showTable;
  };

  /** The same data as a table: rendered only while shown, so long series draw fast. */
  private table(): TemplateResult {
    const s = this.strings;
    const a = this.analysis!;
    return html`<table part="table">
      <caption>${this.heading}</caption>
      <thead>
        <tr>
          <th scope="col">${s.date}</th>
          <th scope="col">${s.value}</th>
          <th scope="col">${s.sideColumn}</th>
          <th scope="col">${s.signalColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${this.points.map(
          (point, i) => html`<tr>
            <th scope="row">${this.when(i)}</th>
            <td>${this.number(point.value)}${point.note ? html` <span class="note">(${point.note})</span>` : nothing}</td>
            <td>${s.sides[a.sides[i]!]}</td>
            <td>${this.signals(i).join(', ')}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
