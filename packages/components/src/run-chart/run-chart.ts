import { analyzeRunChart, RUN_CHART_RULES, type RunChartAnalysis, type RunChartInput } from '@sos-kit/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { numberFormat } from '../shared/format.js';
import { SosElement } from '../shared/sos-element.js';
import { WidthController } from '../shared/width-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { RUN_CHART_STRINGS, type RunChartStrings } from './run-chart.strings.js';
import { runChartStyles } from './run-chart.styles.js';

/** A value on the chart: a measure's data point (`date`, `value`, optional `note` and `astronomical`). */
export type RunChartPoint = Exclude<RunChartInput, number> & { note?: string };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDate(iso: string | undefined, lang: string, options: Intl.DateTimeFormatOptions): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Dates are calendar days: format them in UTC so no time zone moves them to the day before.
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** About five round tick values covering [low, high]. */
function niceTicks(low: number, high: number): number[] {
  if (low === high) return [low];
  const rough = (high - low) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Width drawn at when the element cannot be measured (not laid out, e.g. printing offscreen). */
const DEFAULT_WIDTH = 640;

/**
 * A run chart of a measure's values over time, drawn as plain SVG: the values in order, the
 * median of the baseline as the centre line (solid over the baseline, dashed where it is
 * extended), an optional target line, and the run-chart rules applied by `@sos-kit/core`'s
 * `analyzeRunChart`. Shifts and trends are shaded, labelled, drawn with their own marker shapes
 * and named in words below the chart ("6 points above the median since March: a shift"), so
 * nothing depends on colour. Every point can be reached with the arrow keys, and the same data
 * is always available as a table.
 *
 * @summary Accessible SVG run chart with the median, shifts, trends and the runs test in words.
 *
 * @csspart chart - The SVG.
 * @csspart findings - The list of what the rules found.
 * @csspart table - The data table.
 * @csspart readout - The text showing the focused point.
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
  /** Show the data table visibly (it is always available to assistive technology). */
  declare showTable: boolean;
  /** @internal */
  declare protected active: number | undefined;

  private strings: RunChartStrings = RUN_CHART_STRINGS.en;
  private analysis: RunChartAnalysis | undefined;
  private analysisError: string | undefined;
  /** The chart's width, measured before the first draw and kept current (one draw, at the right size). */
  private readonly size = new WidthController(this);
  /** Each point's words, made once per change of data or language: labels, table and findings share them. */
  private texts: { when: string[]; value: string[]; signals: string[][]; label: string[] } = { when: [], value: [], signals: [], label: [] };

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = RUN_CHART_STRINGS[this.language];
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
      if (this.active !== undefined && this.active >= (this.points?.length ?? 0)) this.active = undefined;
    }
    if (['points', 'baselinePoints', 'better', 'unit', 'language'].some((key) => changed.has(key as keyof SosRunChart))) this.describePoints();
  }

  private describePoints(): void {
    const a = this.analysis;
    const s = this.strings;
    const points = a ? this.points : [];
    const inShift = new Set(a?.shifts.flatMap((x) => x.points));
    const inTrend = new Set(a?.trends.flatMap((x) => x.points));
    const marked = new Set(a?.astronomical);
    const when = points.map((p, i) => formatDate(p.date, this.language, { day: 'numeric', month: 'short', year: 'numeric' }) ?? s.pointNumber(i + 1));
    const value = points.map((p) => this.number(p.value));
    const signals = points.map((_, i) => [inShift.has(i) ? s.shiftWord : '', inTrend.has(i) ? s.trendWord : '', marked.has(i) ? s.markedWord : ''].filter(Boolean));
    const label = points.map((_, i) => s.pointLabel(when[i]!, value[i]!, s.sides[a!.sides[i]!], signals[i]!));
    this.texts = { when, value, signals, label };
  }

  private number(value: number): string {
    const text = numberFormat(this.language, { maximumFractionDigits: 2 }).format(value);
    return this.unit ? (this.unit === '%' ? `${text}%` : `${text} ${this.unit}`) : text;
  }

  /** A point's date for sentences (e.g. "3 Mar 2026"), or its number when it has no date. */
  private when(index: number): string {
    return this.texts.when[index] ?? this.strings.pointNumber(index + 1);
  }

  /** "since March" (or "since March 2026" when the chart spans more than one year). */
  private since(index: number): string {
    const dates = this.points.map((p) => p.date?.slice(0, 4)).filter(Boolean);
    const oneYear = new Set(dates).size <= 1;
    return formatDate(this.points[index]?.date, this.language, oneYear ? { month: 'long' } : { month: 'long', year: 'numeric' }) ?? this.strings.pointNumber(index + 1);
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
    const moves: Record<string, number> = { ArrowRight: Math.min(current + 1, count - 1), ArrowUp: Math.min(current + 1, count - 1), ArrowLeft: Math.max(current - 1, 0), ArrowDown: Math.max(current - 1, 0), Home: 0, End: count - 1 };
    if (!Object.hasOwn(moves, event.key)) return;
    event.preventDefault();
    this.active = moves[event.key];
    this.updateComplete.then(() => this.shadowRoot!.querySelector<SVGElement>('.point[data-active]')?.focus());
  }

  private onPointEvent(event: Event): void {
    const target = event.target as SVGElement;
    if (!target.classList?.contains('point')) return;
    const index = Number(target.dataset['index']);
    if (this.active !== index) this.active = index;
  }

  private layout() {
    // Drawn for the container's width so text stays readable instead of scaling with the SVG.
    const width = Math.max(280, Math.min(this.size.width || DEFAULT_WIDTH, 960));
    const narrow = width < 480;
    const height = Math.round(Math.min(Math.max(width * 0.5, 220), 380));
    const margin = { left: narrow ? 44 : 56, right: narrow ? 12 : 24, top: 24, bottom: 40 };
    return { width, height, narrow, margin, plotWidth: width - margin.left - margin.right, plotHeight: height - margin.top - margin.bottom };
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.analysisError) return html`<p class="error" role="alert">${this.analysisError}</p>`;
    const a = this.analysis;
    if (!a || a.count === 0) return html`<p class="status" role="status">${s.noData}</p>`;
    const { width, height, narrow, margin, plotWidth, plotHeight } = this.layout();
    const values = this.points.map((p) => p.value);
    const extent = [...values, ...(a.median === undefined ? [] : [a.median]), ...(this.target === undefined || !Number.isFinite(this.target) ? [] : [this.target])];
    let low = Math.min(...extent);
    let high = Math.max(...extent);
    const pad = (high - low) * 0.08 || Math.abs(high) * 0.1 || 1;
    low -= pad;
    high += pad;
    const ticks = niceTicks(low, high);
    low = Math.min(low, ticks[0]!);
    high = Math.max(high, ticks[ticks.length - 1]!);
    const n = values.length;
    const step = n > 1 ? plotWidth / (n - 1) : 0;
    const x = (i: number) => margin.left + (n > 1 ? i * step : plotWidth / 2);
    const y = (v: number) => margin.top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;
    const half = Math.max(step / 2, 4);
    const baselineEnd = x(a.baseline.points - 1);
    const medianY = a.median === undefined ? undefined : y(a.median);
    const inShift = new Set(a.shifts.flatMap((x) => x.points));
    const inTrend = new Set(a.trends.flatMap((x) => x.points));
    const labelEvery = Math.max(1, Math.ceil(n / (narrow ? 4 : 8)));
    // Every few points get a date, and the last one too; a regular label too close to the last gives way.
    const lastGap = (n - 1) % labelEvery;
    const crowded = lastGap > 0 && lastGap * 2 < labelEvery;
    const labelled = (i: number) => i === n - 1 || (i % labelEvery === 0 && !(crowded && i === n - 1 - lastGap));
    const from = this.when(0);
    const to = this.when(n - 1);
    const active = this.active;
    const findings = this.findings();
    const r = n > 60 ? 3 : 4.5;
    const line = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join('');
    const description = [s.summary(n, this.points[0]?.date ? from : undefined, this.points[n - 1]?.date ? to : undefined), a.median === undefined ? '' : s.median(this.number(a.median), a.baseline.points, a.baseline.points === n), ...findings].join(' ');

    return html`
      <figure>
        <svg
          part="chart"
          viewBox="0 0 ${width} ${height}"
          width=${width}
          height=${height}
          role="img"
          tabindex="-1"
          aria-labelledby="chart-title chart-desc"
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}
          @focusin=${(e: Event) => this.onPointEvent(e)}
          @pointerover=${(e: Event) => this.onPointEvent(e)}
        >
          <title id="chart-title">${this.heading}</title>
          <desc id="chart-desc">${description}</desc>
          <g class="bands" aria-hidden="true">
            ${a.shifts.map(
              (shift) => svg`<rect class="band shift" x=${x(shift.start) - half} y=${margin.top} width=${x(shift.end) - x(shift.start) + 2 * half} height=${plotHeight} />
                <text class="band-label" x=${x(shift.start) - half + 4} y=${margin.top + 14}>${s.shiftBand}</text>`,
            )}
            ${a.trends.map(
              (trend) => svg`<rect class="band trend" x=${x(trend.start) - half} y=${margin.top} width=${x(trend.end) - x(trend.start) + 2 * half} height=${plotHeight} />
                <text class="band-label" x=${x(trend.start) - half + 4} y=${margin.top + plotHeight - 6}>${s.trendBand}</text>`,
            )}
          </g>
          <g class="grid" aria-hidden="true">
            ${ticks.map((t) => svg`<line class="gridline" x1=${margin.left} x2=${margin.left + plotWidth} y1=${y(t)} y2=${y(t)} /><text class="tick" x=${margin.left - 6} y=${y(t) + 4} text-anchor="end">${numberFormat(this.language, { maximumFractionDigits: 2 }).format(t)}</text>`)}
            ${values.map((_, i) =>
              labelled(i)
                ? svg`<text class="tick" x=${x(i)} y=${margin.top + plotHeight + 18} text-anchor="middle">${formatDate(this.points[i]!.date, this.language, { day: 'numeric', month: 'short' }) ?? i + 1}</text>`
                : nothing,
            )}
          </g>
          ${medianY === undefined
            ? nothing
            : svg`<g class="median" aria-hidden="true">
                <line class="median-line" x1=${margin.left} x2=${baselineEnd} y1=${medianY} y2=${medianY} />
                ${a.baseline.points < n ? svg`<line class="median-line extended" x1=${baselineEnd} x2=${margin.left + plotWidth} y1=${medianY} y2=${medianY} />` : nothing}
                <text class="line-label" x=${margin.left + plotWidth} y=${medianY - 5} text-anchor="end">${s.medianLabel(this.number(a.median!))}</text>
              </g>`}
          ${this.target === undefined || !Number.isFinite(this.target)
            ? nothing
            : svg`<g class="target" aria-hidden="true">
                <line class="target-line" x1=${margin.left} x2=${margin.left + plotWidth} y1=${y(this.target)} y2=${y(this.target)} />
                <text class="line-label" x=${margin.left + 4} y=${y(this.target) - 5}>${s.targetLabel(this.number(this.target))}</text>
              </g>`}
          <path class="data-line" d=${line} aria-hidden="true" />
          <g class="points">
            ${values.map((v, i) => {
              const isActive = active === i;
              const focusable = isActive || (active === undefined && i === 0);
              const label = this.texts.label[i]!;
              const cx = x(i);
              const cy = y(v);
              const size = isActive ? r + 2 : r;
              const common = { label, index: i, tab: focusable ? 0 : -1 };
              // Shapes say what colour says: squares in a shift, triangles in a trend, a ring when marked unusual.
              if (inShift.has(i)) return svg`<rect class="point signal" x=${cx - size} y=${cy - size} width=${2 * size} height=${2 * size} role="img" aria-label=${common.label} tabindex=${common.tab} data-index=${i} ?data-active=${isActive} />`;
              if (inTrend.has(i)) return svg`<path class="point signal" d=${`M${cx} ${cy - size * 1.3}L${cx + size * 1.2} ${cy + size * 0.9}H${cx - size * 1.2}Z`} role="img" aria-label=${common.label} tabindex=${common.tab} data-index=${i} ?data-active=${isActive} />`;
              return svg`<circle class=${a.astronomical.includes(i) ? 'point marked' : 'point'} cx=${cx} cy=${cy} r=${size} role="img" aria-label=${common.label} tabindex=${common.tab} data-index=${i} ?data-active=${isActive} />`;
            })}
          </g>
        </svg>
        <p class="readout" part="readout" aria-live="polite">
          ${active === undefined ? s.chartKeys : this.texts.label[active]}
          ${active !== undefined && this.points[active]?.note ? html`<span class="note">— ${this.points[active]!.note}</span>` : nothing}
        </p>
        <figcaption>
          <p class="median-text">${a.median === undefined ? nothing : s.median(this.number(a.median), a.baseline.points, a.baseline.points === n)}</p>
          <h3 class="findings-heading">${s.findings}</h3>
          <ul class="findings" part="findings">
            ${findings.map((text) => html`<li>${text}</li>`)}
          </ul>
        </figcaption>
      </figure>
      <div class="actions">
        <button type="button" class="secondary" aria-expanded=${String(this.showTable)} aria-controls="data" @click=${() => (this.showTable = !this.showTable)}>
          ${this.showTable ? s.hideTable : s.showTable}
        </button>
      </div>
      <div id="data" class=${this.showTable ? 'table' : 'table visually-hidden'}>
        <table part="table">
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
                <td>${this.texts.value[i]}${point.note ? html` <span class="note">(${point.note})</span>` : nothing}</td>
                <td>${s.sides[a.sides[i]!]}</td>
                <td>${this.texts.signals[i]!.join(', ')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
