import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SosElement } from '../shared/sos-element.js';
import { decimalsOf, formatValue, loadRadarStrings, RADAR_STRINGS_EN, type RadarStrings } from './radar-chart.strings.js';
import { themeStyles } from '../shared/theme.styles.js';
import { WidthController } from '../shared/width-controller.js';
import { radarStyles } from './radar-chart.styles.js';
import { DASHES, INNER, MARKERS, markerPath, px } from './radar-chart.marks.js';
import type * as Views from './radar-chart.views.js';
import type * as Export from './radar-chart.export.js';
import type { PointEvent } from './radar-chart.interaction.js';
import type { AxisLabel } from './radar-chart.export.js';

/** Text, or text per language (`{ en, es }`, as in a framework): the element's language is shown, else English. */
export type RadarText = string | Readonly<Record<string, string>>;

/** One axis of the chart: an element, condition, role or capacity group. */
export interface RadarAxis {
  id: string;
  label: RadarText;
  /** The parent (e.g. the condition of an element); axes of one group are drawn together. */
  group?: RadarText;
}

/** One overlaid series, e.g. self, partner, target or baseline. */
export interface RadarSeries {
  label: string;
  /** Value per axis id, on the scale; missing axes are gaps in the outline. */
  values: Record<string, number | undefined>;
  /**
   * Which of the four looks (colour, dash pattern, marker) this series wears, 1–4. By default a
   * series takes the first look no other series asked for, in order. Give a reference series
   * such as a target a fixed look, so it stays the same when a comparison is added before it.
   */
  style?: 1 | 2 | 3 | 4;
}

/** The scale values are drawn on. */
export interface RadarScale {
  min: number;
  max: number;
  /** Labels for the rings, from the lowest value up (e.g. the framework's scale labels). */
  ticks?: { value: number; label: string }[];
}

/** How the chart is drawn: `auto` picks bars on narrow screens when there are many axes. */
export type RadarLayout = 'auto' | 'radar' | 'bars';

const MAX_SERIES = 4;
/** Below this width (CSS px) a chart of more than BARS_ABOVE_AXES axes is drawn as bars. */
const BARS_BELOW_WIDTH = 520;
const BARS_ABOVE_AXES = 6;
/** Width drawn when the element has no width yet (hidden, or not laid out). */
const DEFAULT_WIDTH = 640;
/** Average width of a label character at 12 px, to size the margins for the labels. */
const CHAR_PX = 6.4;

/** Text made safe for markup, in element content and attribute values alike. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The legend's sample of a look, as SVG markup: its line pattern and marker. */
export function legendSample(look: number): string {
  const dash = DASHES[look] ? ` stroke-dasharray="${DASHES[look]}"` : '';
  return `<line x1="2" y1="8" x2="42" y2="8"${dash}/><path d="${markerPath(MARKERS[look]!, 22, 8, 5)}"/>`;
}

/** Splits a label into at most `lines` lines of about `width` characters, ending with … when cut. */
export function wrapLabel(label: string, width: number, lines = 2): string[] {
  const words = label.split(/\s+/).filter(Boolean);
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
 * Short labels that stay distinct. Labels that would wrap to the same text (long statements that
 * share their opening words, like "Ability to take a relational approach to …") keep their first
 * line and then show what sets them apart, after the shared words. Labels still alike after that
 * are numbered.
 */
export function distinctLabels(labels: readonly string[], width: number, lines: number): string[][] {
  const shown = labels.map((label) => wrapLabel(label, width, lines));
  const collisions = () => {
    const byText = new Map<string, number[]>();
    shown.forEach((l, i) => byText.set(l.join(' '), [...(byText.get(l.join(' ')) ?? []), i]));
    return [...byText.values()].filter((members) => members.length > 1);
  };
  for (const members of collisions()) {
    const words = members.map((i) => labels[i]!.split(/\s+/).filter(Boolean));
    let shared = 0;
    while (words.every((w) => shared < w.length - 1 && w[shared] === words[0]![shared])) shared++;
    if (shared === 0 || lines < 2) continue;
    for (const [k, i] of members.entries()) {
      const head = wrapLabel(words[k]!.slice(0, shared).join(' '), width, 1)[0]!;
      const tail = wrapLabel(`…${words[k]!.slice(shared).join(' ')}`, width, lines - 1);
      shown[i] = [head.endsWith('…') ? head : `${head}…`, ...tail];
    }
  }
  for (const members of collisions()) {
    members.forEach((i, k) => {
      const last = shown[i]!.length - 1;
      shown[i]![last] = `${shown[i]![last]} (${k + 1})`;
    });
  }
  return shown;
}

/** An axis with its text in the element's language. */
export interface ShownAxis {
  id: string;
  label: string;
  group?: string;
}

/**
 * The bar view, the data table and what keys, focus and pointer do on the points, once loaded
 * (see radar-chart.views.ts), and their load: one download for all that the first draw does not need.
 */
let views: typeof Views | undefined;
let viewsLoading: Promise<typeof Views> | undefined;

/** The keys the chart moves its points with (the four arrows, Home, End), decided at once: the page must not scroll on them. */
const MOVE_KEYS = /^(Arrow|Home|End)/;

/** String tables loaded so far, by language (English is built in). */
const loaded = new Map<string, RadarStrings>([['en', RADAR_STRINGS_EN]]);

/** Geometry of a radar drawn `width` wide. */
export interface Geometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  labelChars: number;
  labelLines: number;
  angle: (i: number) => number;
  point: (i: number, value: number) => readonly [number, number];
}

/**
 * A radar chart drawn as plain SVG: one axis per element, condition or role, rings from the
 * rating scale (the lowest on a ring of its own, so the centre only ever means "no value"), and
 * up to four overlaid series told apart by colour, dash pattern and marker. Every point can be
 * reached with the keyboard and names its value, and "Show data table" gives the same data as a
 * real table (drawn when opened, so the chart's first draw does not wait for it). On narrow
 * screens a chart of many axes is drawn as labelled bars instead, one group of bars per axis,
 * with the table always there for assistive technology.
 *
 * The chart measures its container before it first draws, so it draws once, at the right size;
 * it redraws only when the container's width changes.
 *
 * @summary Accessible SVG radar chart with up to four series, a bar view for phones and a data table.
 *
 * @csspart title - The visible chart title.
 * @csspart chart - The SVG.
 * @csspart bars - The bar view (narrow screens).
 * @csspart legend - The series legend.
 * @csspart table - The data table.
 * @csspart readout - The text showing the focused point.
 *
 * @cssproperty --sos-radar-series-1 - Colour of the first series (then -2, -3, -4).
 * @cssproperty --sos-radar-grid - Colour of rings and spokes.
 * @cssproperty --sos-radar-size - Largest width of the chart (default 45rem).
 * @cssproperty --sos-color-text - Labels.
 *
 * @tagname sos-radar-chart
 */
export class SosRadarChart extends SosElement {
  static override styles = [themeStyles, radarStyles];

  /** Loads the bar view, data table and point interaction (replaceable, as the widget's own loaders are, to test a failed load). @internal */
  static loadViews: () => Promise<typeof Views> = () => import('./radar-chart.views.js');

  /** Loads the code of the SVG and PNG files, when one is first asked for. @internal */
  static loadExport: () => Promise<typeof Export> = () => import('./radar-chart.export.js');

  static override properties = {
    axes: { attribute: false },
    series: { attribute: false },
    scale: { attribute: false },
    heading: {},
    filename: {},
    layout: {},
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    active: { state: true },
  };

  /** The axes, in drawing order (clockwise from the top); axes of one group should be adjacent. */
  declare axes: RadarAxis[];
  /** The series to overlay: up to four are drawn, all are listed in the data table. */
  declare series: RadarSeries[];
  /** The scale the values are on; its ticks become the rings. */
  declare scale: RadarScale;
  /** Title of the chart: shown above it, its accessible name, the table's caption and in exports. */
  declare heading: string;
  /** Base name of downloaded files. */
  declare filename: string;
  /**
   * `radar`, `bars`, or `auto` (default): bars when the chart is narrower than 520 px and has
   * more than six axes, where a radar's labels would collide.
   */
  declare layout: RadarLayout;
  /** Show the data table (beside the bars of a narrow screen it is always there for assistive technology). */
  declare showTable: boolean;
  /** The point under focus or pointer. @internal */
  declare active: { axis: number; series: number } | undefined;

  /** The interface words in the element's language. @internal */
  strings: RadarStrings = RADAR_STRINGS_EN;
  /** The axes with their text in the element's language, as drawn. @internal */
  shownAxes: ShownAxis[] = [];
  /** Scale labels by value, read with the values they name. */
  private tickLabels = new Map<number, string>();
  /** Decimals every value is shown with, so a column reads 2.8, 3.0, 4.0 (not 2.8, 3, 4). @internal */
  digits = 0;
  /** The views' code on its way to this element; the last load failed. */
  private viewsPending: Promise<void> | undefined;
  private viewsFailed = false;
  /** Key, focus and pointer events on the points waiting for that code, in order. */
  private queued: PointEvent[] = [];
  /** The width drawn for: measured before the first render, then followed. */
  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.axes = [];
    this.series = [];
    this.scale = { min: 1, max: 5 };
    this.heading = 'Radar chart';
    this.filename = 'radar';
    this.layout = 'auto';
    this.showTable = false;
  }

  /** Loads the strings of a language other than English before rendering in it. */
  protected override async scheduleUpdate(): Promise<void> {
    const lang = this.language;
    if (!loaded.has(lang)) {
      // Offline, say: English rather than no chart.
      const strings = await loadRadarStrings(lang).catch((error: unknown) => (console.warn(`sos-radar-chart: no "${lang}" strings (showing English).`, error), RADAR_STRINGS_EN));
      loaded.set(lang, strings);
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.strings = loaded.get(this.language) ?? RADAR_STRINGS_EN;
    const text = (value: RadarText): string => (typeof value === 'string' ? value : (value[this.language] ?? value['en'] ?? Object.values(value)[0] ?? ''));
    this.shownAxes = this.axes.map((axis) => ({ id: axis.id, label: text(axis.label), ...(axis.group === undefined ? {} : { group: text(axis.group) }) }));
    this.tickLabels = new Map((this.scale.ticks ?? []).map((tick) => [tick.value, tick.label]));
    this.digits = decimalsOf(this.series.flatMap((entry) => this.shownAxes.map((axis) => entry.values[axis.id])));
    if (changed.has('series') && this.series.length > MAX_SERIES) {
      console.warn(`sos-radar-chart: ${MAX_SERIES} series at most are drawn; the table lists all.`);
    }
    if (changed.has('axes') || changed.has('series')) this.active = undefined;
  }

  /** Loads the bar view, data table and point interaction; the element draws them, and handles the events that came first, once they are here. */
  private loadViews(): void {
    if (this.viewsPending) return;
    this.viewsFailed = false;
    viewsLoading ??= SosRadarChart.loadViews();
    this.viewsPending = viewsLoading
      .then(
        (loaded) => {
          views = loaded;
          for (const queued of this.queued) loaded.handle(this, queued);
        },
        (error: unknown) => {
          viewsLoading = undefined;
          this.viewsFailed = true;
          console.warn('sos-radar-chart: could not load its views.', error);
        },
      )
      .finally(() => {
        this.queued = [];
        this.viewsPending = undefined;
        this.requestUpdate();
      });
  }

  /** Also waits for the table's code when it is being loaded, so "updated" means drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.viewsPending) {
      await this.viewsPending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The width the chart is drawn for. @internal */
  get drawnWidth(): number {
    return this.size.width || DEFAULT_WIDTH;
  }

  /** @internal */
  get drawnSeries(): RadarSeries[] {
    return this.series.slice(0, MAX_SERIES);
  }

  /** The look (0–3) of each drawn series: its own `style`, else the first one nobody asked for. */
  /** @internal */
  looks(): number[] {
    const drawn = this.drawnSeries;
    const taken = new Set(drawn.flatMap((s) => (s.style ? [s.style - 1] : [])));
    let next = 0;
    return drawn.map((s) => {
      if (s.style) return s.style - 1;
      while (taken.has(next)) next++;
      taken.add(next);
      return next;
    });
  }

  /** Whether the chart is drawn as bars now. */
  get barsShown(): boolean {
    if (this.layout === 'bars') return true;
    if (this.layout === 'radar') return false;
    const width = this.size.width;
    return width > 0 && width < BARS_BELOW_WIDTH && this.shownAxes.length > BARS_ABOVE_AXES;
  }

  /** Geometry of a radar `width` wide: room for the labels first, the rest for the rings. */
  /** @internal */
  geometry(width: number): Geometry {
    const w = Math.max(280, Math.min(width, 760));
    const labelChars = w < 440 ? 12 : 16;
    const labelLines = w < 440 ? 2 : 3;
    const marginX = labelChars * CHAR_PX + 22;
    const marginY = labelLines * 14 + 22;
    const radius = Math.max(60, Math.min(w / 2 - marginX, 260));
    const height = Math.round(2 * (radius + marginY));
    const cx = w / 2;
    const cy = height / 2;
    const n = Math.max(this.shownAxes.length, 1);
    const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
    const { min, max } = this.scale;
    const span = max - min || 1;
    const inner = radius * INNER;
    const point = (i: number, value: number) => {
      const r = inner + ((radius - inner) * (Math.min(Math.max(value, min), max) - min)) / span;
      return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
    };
    return { width: w, height, cx, cy, radius, labelChars, labelLines, angle, point };
  }

  /** A value as a point names it (points have values): the number at the chart's precision, and the scale's words for it when it is on a level. */
  /** @internal */
  valueText(value: number): string {
    const number = formatValue(value, this.language, this.digits);
    const tick = this.tickLabels.get(value);
    return tick ? `${number} ${tick}` : number;
  }

  /**
   * A key, focus or pointer on the drawing: handled by the views' code, which the first such event
   * loads (a key needs focus first, and the pointer crosses the drawing before it reaches a point,
   * so it is usually here before it is needed). Events that come first wait for it, in order.
   * (Lit calls it with the element as `this`.)
   */
  private interact(event: Event): void {
    // Its target kept as it was: an event's target is gone once it has been dispatched.
    const point = { event: event as KeyboardEvent & PointerEvent, target: event.target };
    if (event.type === 'keydown' && MOVE_KEYS.test(point.event.key)) event.preventDefault();
    if (views) return views.handle(this, point);
    this.queued.push(point);
    this.loadViews();
  }

  /**
   * Where each axis label goes and what it says: a few short lines (see distinctLabels) just
   * outside the outer ring, anchored so the text grows away from the chart.
   */
  /** @internal */
  axisLabels(g: Geometry): AxisLabel[] {
    const { cx, cy, radius, angle } = g;
    const lines = distinctLabels(
      this.shownAxes.map((a) => a.label),
      g.labelChars,
      g.labelLines,
    );
    return this.shownAxes.map((axis, i) => {
      const cos = Math.cos(angle(i));
      const sin = Math.sin(angle(i));
      return {
        label: axis.label,
        lines: lines[i]!,
        x: px(cx + (radius + 12) * cos),
        y: px(cy + (radius + 12) * sin),
        anchor: Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end',
        side: sin < -0.2 ? 'above' : Math.abs(sin) <= 0.2 ? 'beside' : 'below',
      };
    });
  }

  /**
   * The axis labels as HTML over the drawing, placed in shares of its size so they stay put when
   * it is scaled. HTML, not SVG text: a browser lays out a few lines of HTML text in a fraction of
   * the time it takes for positioned SVG lines, which was most of the chart's first layout. The
   * full name is the tooltip of a shortened label. The markup carries no `style` attribute (a
   * page's Content-Security-Policy without 'unsafe-inline' styles blocks it): each label's place
   * waits in `data-p` for placeLabels() to set it through the CSSOM, which such a policy allows.
   */
  private labelsHtml(g: Geometry): string {
    const shift = { start: '0', middle: '-50%', end: '-100%' };
    const rise = { above: '-100%', beside: '-50%', below: '0' };
    return this.axisLabels(g)
      .map((l, i) => {
        const full = l.lines.join(' ') === l.label ? '' : ` title="${esc(l.label)}"`;
        const place = `left:${px((l.x / g.width) * 100)}%;top:${px((l.y / g.height) * 100)}%;translate:${shift[l.anchor]} ${rise[l.side]};text-align:${l.anchor === 'middle' ? 'center' : l.anchor}`;
        return `<span class="axis-label" data-axis="${i}" data-p="${place}"${full}>${l.lines.map(esc).join('<br>')}</span>`;
      })
      .join('');
  }

  /** Places the axis labels a new drawing brought (see labelsHtml). */
  private placeLabels(): void {
    // Only a label that has no place yet: one the last render brought.
    for (const label of this.renderRoot.querySelectorAll<HTMLElement>('.axis-label')) label.style.cssText ||= label.dataset['p']!;
  }

  /**
   * The rings, spokes, series and tick values of a radar, as SVG markup: written as one string and
   * parsed once, which costs far less on a page's first draw than a template part per point would.
   * Every text is escaped. A series' markers are one path: a node per point (54 for 18 axes and
   * three series) was most of the drawing's nodes, each parsed, styled and laid out before the
   * first paint. `interactive` adds the
   * chart's one focusable point, on the first point until a point is active: keys, focus and
   * pointer move it from point to point and it names the point it is on (see
   * interaction.showActive). The export leaves it out, and adds the labels as SVG text itself.
   */
  /** @internal */
  radarMarkup(g: Geometry, interactive: boolean): string {
    const { cx, cy, angle, point } = g;
    const axes = this.shownAxes;
    const looks = this.looks();
    // The values with a ring: the scale's ticks, or its two ends.
    const levels = this.scale.ticks?.map((tick) => tick.value) ?? [this.scale.min, this.scale.max];
    const ring = (value: number) => axes.map((_, i) => point(i, value).map(px).join(',')).join(' ');
    let mark = '';
    let out = '<g class="grid" aria-hidden="true">';
    for (const level of levels) out += `<polygon class="ring" points="${ring(level)}"/>`;
    axes.forEach((axis, i) => {
      const [x, y] = point(i, this.scale.max);
      const groupStart = i > 0 && axis.group !== undefined && axis.group !== axes[i - 1]!.group;
      out += `<line class="spoke${groupStart ? ' group-start' : ''}" x1="${px(cx)}" y1="${px(cy)}" x2="${px(x)}" y2="${px(y)}"/>`;
    });
    out += '</g>';
    this.drawnSeries.forEach((entry, k) => {
      const look = looks[k]!;
      const points = axes.map((axis, i) => (entry.values[axis.id] === undefined ? undefined : point(i, entry.values[axis.id]!)));
      const d = points.map((p, i) => (p ? `${i === 0 || !points[i - 1] ? 'M' : 'L'}${p[0].toFixed(1)} ${p[1].toFixed(1)}` : '')).join('');
      out += `<g class="series look-${look + 1}"><path class="outline" d="${points.every(Boolean) ? `${d}Z` : d}"${DASHES[look] ? ` stroke-dasharray="${DASHES[look]}"` : ''}/><path class="marks" d="`;
      points.forEach((p, i) => {
        if (!p) return;
        const marker = markerPath(MARKERS[look]!, p[0], p[1], 5);
        out += marker;
        if (interactive && !mark) mark = `<path class="point look-${look + 1}" d="${marker}" role="img" aria-label="${esc(this.strings.pointLabel(entry.label, axes[i]!.label, this.valueText(entry.values[axes[i]!.id]!)))}" tabindex="0"/>`;
      });
      out += '"/></g>';
    });
    out += mark;
    // Tick values sit halfway between the first two spokes, where no point is ever drawn.
    const tickAngle = angle(0) + Math.PI / Math.max(axes.length, 1);
    out += '<g class="ticks" aria-hidden="true">';
    for (const level of levels) {
      const [x, y] = point(0, level);
      const r = Math.hypot(x - cx, y - cy);
      out += `<text class="tick" x="${px(cx + r * Math.cos(tickAngle))}" y="${px(cy + r * Math.sin(tickAngle))}" dy=".35em" text-anchor="middle">${formatValue(level, this.language)}</text>`;
    }
    return `${out}</g>`;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Decided here, not in willUpdate(): the first width is measured between the two (the
    // WidthController's hostUpdate), and it is what decides whether the bars are drawn. After a
    // failed load, try again only when the person asks for the table again.
    if (!views && this.tableShown && (!this.viewsFailed || changed.has('showTable'))) this.loadViews();
    // A redraw (a new width or language, new data) replaces the points: a point that had focus
    // hands it on to the active point of the new drawing, so a keyboard user is never dropped.
    const hadFocus = this.shadowRoot?.activeElement?.classList.contains('point');
    super.update(changed);
    this.placeLabels();
    views?.showActive(this);
    if (hadFocus && !this.shadowRoot!.activeElement) this.renderRoot.querySelector<SVGElement>('.point')?.focus();
  }

  /** The groups of the axes, in order, as the note on the thick spokes names them. @internal */
  groups(): string[] {
    const groups: string[] = [];
    for (const axis of this.shownAxes) if (axis.group !== undefined && axis.group !== groups[groups.length - 1]) groups.push(axis.group);
    // Group names that are sentences end with a full stop; the note lists them in one sentence.
    return groups.map((group) => group.replace(/\.+$/, ''));
  }

  /**
   * The chart as a standalone SVG document: its title, the radar (never an enlarged focused
   * point) and its legend, with the theme's colours and fonts written in.
   */
  async svgMarkup(): Promise<string> {
    return (await SosRadarChart.loadExport()).svgMarkup(this);
  }

  /** Downloads the chart, with its title and legend, as an SVG file. */
  async downloadSvg(): Promise<Blob> {
    return (await SosRadarChart.loadExport()).downloadSvg(this);
  }

  /** Downloads the chart, with its title and legend, as a PNG image at twice its size. */
  async downloadPng(): Promise<Blob> {
    return (await SosRadarChart.loadExport()).downloadPng(this);
  }

  /**
   * Whether the data table is drawn: when asked for, and always with the bars, which are hidden
   * from assistive technology. Beside the radar, whose points carry their values, the first draw
   * leaves it out: most visitors never open it.
   */
  private get tableShown(): boolean {
    return this.showTable || this.barsShown;
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    if (this.shownAxes.length === 0 || this.series.length === 0) return html`<p class="status" role="status">${s.noData}</p>`;
    const bars = this.barsShown;
    const series = this.drawnSeries;
    const looks = this.looks();
    const labels = this.series.map((x) => x.label);
    const groups = this.groups();
    const g = bars ? undefined : this.geometry(this.drawnWidth);
    return html`
      <figure>
        <p class="title" part="title" id="chart-title">${this.heading}</p>
        <p class="visually-hidden" id="chart-desc">${bars ? views?.barsSummary(this, this.language) : s.radarSummary(this.shownAxes.length, labels)}</p>
        ${g
          ? // tabindex -1: Chromium puts an SVG with key listeners in the tab order; Tab must land on the point.
            html`<div class="plot">
              <svg
                part="chart"
                viewBox="0 0 ${g.width} ${g.height}"
                width=${g.width}
                height=${g.height}
                role="group"
                tabindex="-1"
                aria-labelledby="chart-title"
                aria-describedby="chart-desc"
                @keydown=${this.interact}
                @focusin=${this.interact}
                @pointerover=${this.interact}
                .innerHTML=${this.radarMarkup(g, true)}
              ></svg>
              <div class="axis-labels" aria-hidden="true" .innerHTML=${this.labelsHtml(g)}></div>
              </div>
              <p class="readout" part="readout" aria-live="polite">
                ${views?.readout(this) ?? (this.viewsFailed ? s.partFailed : s.chartKeys)}
              </p>`
          : views
            ? views.renderBars(this, this.language)
            : nothing}
        <div class="legend" part="legend">
          <ul aria-label=${s.legend} .innerHTML=${series.map((entry, k) => `<li><svg class="look-${looks[k]! + 1}" viewBox="0 0 44 16" width="44" height="16" aria-hidden="true">${legendSample(looks[k]!)}</svg>${esc(entry.label)}</li>`).join('')}></ul>
          ${!bars && groups.length > 1 ? html`<p class="groups-note">${s.groupsNote(groups)}</p>` : nothing}
        </div>
      </figure>
      <div class="actions">
        <button type="button" class="secondary" aria-expanded=${String(this.showTable)} aria-controls="data" @click=${() => (this.showTable = !this.showTable)}>
          ${this.showTable ? s.hideTable : s.showTable}
        </button>
        <button type="button" class="secondary" @click=${() => this.downloadSvg()}>${s.downloadSvg}</button>
        <button type="button" class="secondary" @click=${() => this.downloadPng()}>${s.downloadPng}</button>
      </div>
      <div id="data" class=${this.showTable ? 'data' : 'data visually-hidden'}>
        ${this.tableShown && views ? views.renderTable(this, this.language) : this.viewsFailed && this.tableShown ? html`<p class="status" role="status">${s.partFailed}</p>` : nothing}
      </div>
    `;
  }
}
