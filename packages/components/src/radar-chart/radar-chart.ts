import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { SosElement } from '../shared/sos-element.js';
import { RADAR_STRINGS, type RadarStrings } from './radar-chart.strings.js';
import { downloadText } from '../shared/download.js';
import { numberFormat } from '../shared/format.js';
import { themeStyles } from '../shared/theme.styles.js';
import { radarStyles } from './radar-chart.styles.js';

/** One axis of the chart: an element, condition, role or capacity group. */
export interface RadarAxis {
  id: string;
  label: string;
  /** The parent (e.g. the condition of an element); axes of one group are drawn together. */
  group?: string;
}

/** One overlaid series, e.g. self, partner, target or baseline. */
export interface RadarSeries {
  label: string;
  /** Value per axis id, on the scale; missing axes are gaps in the outline. */
  values: Record<string, number | undefined>;
}

/** The scale values are drawn on. */
export interface RadarScale {
  min: number;
  max: number;
  /** Labels for the rings, from the lowest value up (e.g. the framework's scale labels). */
  ticks?: { value: number; label: string }[];
}

// Four series at most, each with its own dash pattern and marker, so none relies on colour.
const DASHES = ['', '8 5', '2 4', '12 4 3 4'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
const MAX_SERIES = 4;

/**
 * One focusable data point, drawn as its series' marker. Each point is a single element (no
 * wrapper) and carries its position in data attributes, so one listener on the chart serves all.
 */
function pointMarker(kind: (typeof MARKERS)[number], x: number, y: number, r: number, label: string, axis: number, series: number, active: boolean, focusable: boolean): SVGTemplateResult {
  switch (kind) {
    case 'circle':
      return svg`<circle class="point" cx=${x} cy=${y} r=${r} role="img" aria-label=${label} tabindex=${focusable ? 0 : -1} data-axis=${axis} data-series=${series} ?data-active=${active} />`;
    case 'square':
      return svg`<rect class="point" x=${x - r} y=${y - r} width=${2 * r} height=${2 * r} role="img" aria-label=${label} tabindex=${focusable ? 0 : -1} data-axis=${axis} data-series=${series} ?data-active=${active} />`;
    case 'triangle':
      return svg`<path class="point" d=${`M${x} ${y - r * 1.2}L${x + r * 1.1} ${y + r * 0.8}H${x - r * 1.1}Z`} role="img" aria-label=${label} tabindex=${focusable ? 0 : -1} data-axis=${axis} data-series=${series} ?data-active=${active} />`;
    case 'diamond':
      return svg`<path class="point" d=${`M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`} role="img" aria-label=${label} tabindex=${focusable ? 0 : -1} data-axis=${axis} data-series=${series} ?data-active=${active} />`;
  }
}

/** The legend's sample of a series' marker. */
function legendMarker(kind: (typeof MARKERS)[number]): SVGTemplateResult {
  switch (kind) {
    case 'circle':
      return svg`<circle cx="22" cy="8" r="5" />`;
    case 'square':
      return svg`<rect x="17" y="3" width="10" height="10" />`;
    case 'triangle':
      return svg`<path d="M22 2L27.5 12H16.5Z" />`;
    case 'diamond':
      return svg`<path d="M22 1.5L28.5 8L22 14.5L15.5 8Z" />`;
  }
}

/** Splits a label into at most `lines` lines of about `width` characters, ending with … when cut. */
export function wrapLabel(label: string, width: number, lines = 2): string[] {
  const words = label.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out.map((l) => (l.length > width + 4 ? `${l.slice(0, width)}…` : l));
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/**
 * A radar chart drawn as plain SVG: one axis per element, condition or role, rings from the
 * rating scale, and up to four overlaid series told apart by colour, dash pattern and marker.
 * Every point can be reached with the keyboard, and the same data is always available as a
 * real table.
 *
 * @summary Accessible SVG radar chart with up to four series and a data table.
 *
 * @csspart chart - The SVG.
 * @csspart legend - The series legend.
 * @csspart table - The data table.
 * @csspart readout - The text showing the focused point.
 *
 * @cssproperty --sos-radar-series-1 - Colour of the first series (then -2, -3, -4).
 * @cssproperty --sos-radar-grid - Colour of rings and spokes.
 * @cssproperty --sos-radar-size - Largest width of the chart (default 40rem).
 * @cssproperty --sos-color-text - Labels.
 *
 * @tagname sos-radar-chart
 */
export class SosRadarChart extends SosElement {
  static override styles = [themeStyles, radarStyles];

  static override properties = {
    axes: { attribute: false },
    series: { attribute: false },
    scale: { attribute: false },
    heading: {},
    filename: {},
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    width: { state: true },
    active: { state: true },
  };

  /** The axes, in drawing order (clockwise from the top); axes of one group should be adjacent. */
  declare axes: RadarAxis[];
  /** The series to overlay: up to four are drawn, all are listed in the data table. */
  declare series: RadarSeries[];
  /** The scale the values are on; its ticks become the rings. */
  declare scale: RadarScale;
  /** Title of the chart, also its accessible name. */
  declare heading: string;
  /** Base name of downloaded files. */
  declare filename: string;
  /** Show the data table visibly (it is always available to assistive technology). */
  declare showTable: boolean;
  /** @internal */
  declare protected width: number;
  /** @internal */
  declare protected active: { axis: number; series: number } | undefined;

  private strings: RadarStrings = RADAR_STRINGS.en;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.axes = [];
    this.series = [];
    this.scale = { min: 1, max: 5 };
    this.heading = 'Radar chart';
    this.filename = 'radar';
    this.showTable = false;
    this.width = 480;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Redraw for the container's width so text stays readable instead of scaling with the SVG.
    // The redraw changes this element's height, so it waits for the next frame: resizing inside
    // the observer's own callback would loop.
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width > 0 && Math.abs(width - this.width) > 4) requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = RADAR_STRINGS[this.language];
    if (changed.has('series') && this.series.length > MAX_SERIES) {
      console.warn(`sos-radar-chart draws at most ${MAX_SERIES} series; ${this.series.length - MAX_SERIES} more were not drawn and are listed in the table only.`);
    }
  }

  private get drawnSeries(): RadarSeries[] {
    return this.series.slice(0, MAX_SERIES);
  }

  /** Geometry for the current width. */
  private layout() {
    const size = Math.max(260, Math.min(this.width, 720));
    const narrow = size < 420;
    const labelWidth = narrow ? 11 : 16;
    const margin = narrow ? 58 : 92;
    const radius = size / 2 - margin;
    const center = size / 2;
    const n = Math.max(this.axes.length, 1);
    const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
    const span = this.scale.max - this.scale.min || 1;
    const point = (i: number, value: number) => {
      const r = (radius * (Math.min(Math.max(value, this.scale.min), this.scale.max) - this.scale.min)) / span;
      return [center + r * Math.cos(angle(i)), center + r * Math.sin(angle(i))] as const;
    };
    return { size, narrow, labelWidth, radius, center, angle, point };
  }

  private valueText(value: number | undefined): string {
    if (value === undefined) return this.strings.noValue;
    const formatted = numberFormat(this.language, { maximumFractionDigits: 2 }).format(value);
    const tick = this.scale.ticks?.find((t) => t.value === value);
    return tick ? `${formatted} ${tick.label}` : formatted;
  }

  private onKeydown(event: KeyboardEvent): void {
    const axes = this.axes.length;
    const series = this.drawnSeries.length;
    if (axes === 0 || series === 0) return;
    const current = this.active ?? { axis: 0, series: 0 };
    const moves: Record<string, () => { axis: number; series: number }> = {
      ArrowRight: () => ({ ...current, axis: (current.axis + 1) % axes }),
      ArrowLeft: () => ({ ...current, axis: (current.axis - 1 + axes) % axes }),
      ArrowDown: () => ({ ...current, series: (current.series + 1) % series }),
      ArrowUp: () => ({ ...current, series: (current.series - 1 + series) % series }),
      Home: () => ({ ...current, axis: 0 }),
      End: () => ({ ...current, axis: axes - 1 }),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.active = move();
    this.updateComplete.then(() => this.shadowRoot!.querySelector<SVGElement>('[data-active]')?.focus());
  }

  /** Makes the point under focus or pointer the active one (one listener for all points). */
  private onPointEvent(event: Event): void {
    const target = event.target as SVGElement;
    if (!target.classList?.contains('point')) return;
    const axis = Number(target.dataset['axis']);
    const series = Number(target.dataset['series']);
    if (this.active?.axis !== axis || this.active.series !== series) this.active = { axis, series };
  }

  /** The chart as a standalone SVG document, with colours resolved so it looks the same anywhere. */
  svgMarkup(): string {
    const source = this.shadowRoot!.querySelector('svg')!;
    const clone = source.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const originals = source.querySelectorAll<SVGElement>('*');
    clone.querySelectorAll<SVGElement>('*').forEach((node, i) => {
      const computed = getComputedStyle(originals[i]!);
      for (const property of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'fill-opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor']) {
        node.style.setProperty(property, computed.getPropertyValue(property));
      }
      node.removeAttribute('tabindex');
    });
    return new XMLSerializer().serializeToString(clone);
  }

  /** Downloads the chart as an SVG file. */
  downloadSvg(): Blob {
    return downloadText(this.ownerDocument, `${this.filename}.svg`, this.svgMarkup(), 'image/svg+xml');
  }

  /** Downloads the chart as a PNG image (at twice the screen size, on a white background). */
  async downloadPng(): Promise<Blob> {
    const { size } = this.layout();
    const image = new Image();
    const url = URL.createObjectURL(new Blob([this.svgMarkup()], { type: 'image/svg+xml' }));
    try {
      image.src = url;
      await image.decode();
      const canvas = this.ownerDocument.createElement('canvas');
      canvas.width = size * 2;
      canvas.height = size * 2;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
      const link = this.ownerDocument.createElement('a');
      const pngUrl = URL.createObjectURL(blob);
      link.href = pngUrl;
      link.download = `${this.filename}.png`;
      link.hidden = true;
      this.ownerDocument.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(pngUrl), 0);
      return blob;
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.axes.length === 0 || this.series.length === 0) return html`<p class="status" role="status">${s.noData}</p>`;
    const { size, labelWidth, radius, center, angle, point } = this.layout();
    const series = this.drawnSeries;
    const ticks = this.scale.ticks ?? [this.scale.min, this.scale.max].map((value) => ({ value, label: String(value) }));
    const active = this.active;
    const activeAxis = active ? this.axes[active.axis] : undefined;
    const activeSeries = active ? series[active.series] : undefined;
    // Each value is read out in its point's label and its table cell: format it once.
    const texts = this.series.map((entry) => this.axes.map((axis) => this.valueText(entry.values[axis.id])));
    const groupStarts = this.axes.map((axis, i) => i > 0 && axis.group !== undefined && axis.group !== this.axes[i - 1]!.group);
    return html`
      <figure>
        <svg
          part="chart"
          viewBox="0 0 ${size} ${size}"
          width=${size}
          height=${size}
          role="img"
          aria-labelledby="chart-title chart-desc"
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}
          @focusin=${(e: Event) => this.onPointEvent(e)}
          @pointerover=${(e: Event) => this.onPointEvent(e)}
        >
          <title id="chart-title">${this.heading}</title>
          <desc id="chart-desc">${s.radarSummary(this.axes.length, this.series.map((x) => x.label))}</desc>
          <g class="grid" aria-hidden="true">
            ${ticks.map((tick) => {
              const ring = this.axes.map((_, i) => point(i, tick.value).join(',')).join(' ');
              return svg`<polygon class="ring" points=${ring} />`;
            })}
            ${this.axes.map((_, i) => {
              const [x, y] = point(i, this.scale.max);
              return svg`<line class=${groupStarts[i] ? 'spoke group-start' : 'spoke'} x1=${center} y1=${center} x2=${x} y2=${y} />`;
            })}
            ${ticks.map((tick) => {
              const [x, y] = point(0, tick.value);
              return svg`<text class="tick" x=${x + 4} y=${y - 3}>${tick.value}</text>`;
            })}
          </g>
          <g class="labels" aria-hidden="true">
            ${this.axes.map((axis, i) => {
              const a = angle(i);
              const x = center + (radius + 14) * Math.cos(a);
              const y = center + (radius + 14) * Math.sin(a);
              const anchor = Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
              const [first, second] = wrapLabel(axis.label, labelWidth);
              const dy = Math.sin(a) < -0.2 ? (second ? -1.1 : 0) : Math.abs(Math.sin(a)) <= 0.2 ? (second ? -0.55 : 0) : 0.4;
              return svg`<text class="axis-label" x=${x} y=${y} text-anchor=${anchor}><title>${axis.label}</title><tspan x=${x} dy="${dy}em">${first}</tspan>${second === undefined ? nothing : svg`<tspan x=${x} dy="1.1em">${second}</tspan>`}</text>`;
            })}
          </g>
          ${series.map((entry, k) => {
            const points = this.axes.map((axis, i) => (entry.values[axis.id] === undefined ? undefined : point(i, entry.values[axis.id]!)));
            const d = points
              .map((p, i) => (p ? `${i === 0 || !points[i - 1] ? 'M' : 'L'}${p[0].toFixed(1)} ${p[1].toFixed(1)}` : ''))
              .join('');
            const closed = points.every(Boolean) ? `${d}Z` : d;
            return svg`<g class=${`series series-${k + 1}`}>
              <path class="outline" d=${closed} stroke-dasharray=${DASHES[k] || nothing} />
              ${points.map((p, i) => {
                if (!p) return nothing;
                const isActive = active?.axis === i && active.series === k;
                const focusable = isActive || (!active && i === 0 && k === 0);
                return pointMarker(MARKERS[k]!, p[0], p[1], isActive ? 7 : 5, `${entry.label}, ${this.axes[i]!.label}: ${texts[k]![i]}`, i, k, isActive, focusable);
              })}
            </g>`;
          })}
        </svg>
        <p class="readout" part="readout" aria-live="polite">
          ${activeAxis && activeSeries ? `${activeSeries.label} — ${activeAxis.label}: ${this.valueText(activeSeries.values[activeAxis.id])}` : s.chartKeys}
        </p>
        <figcaption class="legend" part="legend">
          <ul>
            ${series.map(
              (entry, k) => html`<li class=${`series-${k + 1}`}>
                <svg viewBox="0 0 44 16" width="44" height="16" aria-hidden="true">
                  <line x1="2" y1="8" x2="42" y2="8" stroke-dasharray=${DASHES[k] || nothing} />
                  ${legendMarker(MARKERS[k]!)}
                </svg>
                ${entry.label}
              </li>`,
            )}
          </ul>
        </figcaption>
      </figure>
      <div class="actions">
        <button type="button" class="secondary" aria-expanded=${String(this.showTable)} aria-controls="data" @click=${() => (this.showTable = !this.showTable)}>
          ${this.showTable ? s.hideTable : s.showTable}
        </button>
        <button type="button" class="secondary" @click=${() => this.downloadSvg()}>${s.downloadSvg}</button>
        <button type="button" class="secondary" @click=${() => this.downloadPng()}>${s.downloadPng}</button>
      </div>
      <div id="data" class=${this.showTable ? 'table' : 'table visually-hidden'}>
        <table part="table">
          <caption>${this.heading}</caption>
          <thead>
            <tr>
              <th scope="col">${s.axis}</th>
              ${this.series.map((entry) => html`<th scope="col">${entry.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.axes.map(
              (axis, i) => html`<tr>
                <th scope="row">${axis.group ? html`<span class="group">${axis.group}: </span>` : nothing}${axis.label}</th>
                ${texts.map((row) => html`<td>${row[i]}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}
