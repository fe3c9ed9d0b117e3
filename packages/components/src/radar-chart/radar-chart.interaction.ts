// How a person moves through the radar's points: arrow keys, focus and pointer make a point the
// active one, which is drawn larger, bolds its axis name and is read out under the chart. Loaded
// with the views (radar-chart.views.ts) when the pointer first enters the drawing or a point first
// gets focus (see SosRadarChart.interact): what comes before it waits for it, in order, so no key
// press or hover is lost.
import type { Lang } from '@sos-kit/core';
import type { SosRadarChart } from './radar-chart.js';
import { MARKERS, markerPath } from './radar-chart.marks.js';
import { list } from './radar-chart.strings.js';

// How the active point shows, added to the element's styles with this code (nothing is active
// before). Its axis name is made bold by a stroke, as the title is: a bold face would be one more
// font to look up, and wider text would move the label. A constructed sheet rather than lit's css: this module needs nothing else of lit.
const ACTIVE_CSS = `
  svg .point[data-active] { transform: scale(1.4); transform-box: fill-box; transform-origin: center; }
  .axis-label.active { -webkit-text-stroke: 0.06em currentColor; }
`;
let activeSheet: CSSStyleSheet | undefined;
const styled = new WeakSet<ShadowRoot>();

/** An event on the points and its target, which is gone once the event has been dispatched. */
export interface PointEvent {
  /** Its type, key and the pointer's place stay readable. */
  event: KeyboardEvent & PointerEvent;
  target: EventTarget | null;
}

/**
 * Makes the point under focus or pointer the active one, or moves it with a key. A series'
 * markers are one path: the pointer's point on it is the one nearest the pointer.
 */
export function handle(el: SosRadarChart, event: PointEvent): void {
  if (event.event.type === 'keydown') return move(el, event.event.key);
  const target = event.target as SVGGraphicsElement;
  // A series' markers are its path's place among the paths of markers.
  let series = [...el.renderRoot.querySelectorAll('.marks')].indexOf(target);
  let axis = 0;
  if (series >= 0) axis = nearest(el, target, series, event);
  else {
    // The focusable point is on the active point, or before any is, on the drawing's first.
    if (!target.classList?.contains('point') || el.active) return;
    ({ axis, series } = firstPoint(el));
  }
  if (el.active?.axis !== axis || el.active.series !== series) el.active = { axis, series };
}

/** The drawing's first point: the first series' first value. Keys start there, and the tab stop is there until a point is active. */
export function firstPoint(el: SosRadarChart): { axis: number; series: number } {
  const has = (k: number, i: number) => el.drawnSeries[k]!.values[el.shownAxes[i]!.id] !== undefined;
  const series = el.drawnSeries.findIndex((_, k) => el.shownAxes.some((_, i) => has(k, i)));
  return { axis: el.shownAxes.findIndex((_, i) => has(series, i)), series };
}

/** The axis of series `series` whose point is nearest the pointer. */
function nearest(el: SosRadarChart, marks: SVGGraphicsElement, series: number, event: PointEvent): number {
  const at = new DOMPoint(event.event.clientX, event.event.clientY).matrixTransform(marks.getScreenCTM()?.inverse());
  const g = el.geometry(el.drawnWidth);
  const values = el.drawnSeries[series]!.values;
  let best = 0;
  let distance = Infinity;
  el.shownAxes.forEach((axis, i) => {
    if (values[axis.id] === undefined) return;
    const [x, y] = g.point(i, values[axis.id]!);
    const d = Math.hypot(x - at.x, y - at.y);
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

function move(el: SosRadarChart, key: string): void {
  const axes = el.shownAxes.length;
  const series = el.drawnSeries.length;
  const { axis, series: k } = el.active ?? { axis: 0, series: 0 };
  // Each key's move: [axis, series] after it (Left and End search backwards past gaps).
  const moves: Record<string, [number, number]> = { ArrowRight: [axis + 1, k], ArrowLeft: [axis - 1, k], ArrowDown: [axis, k + 1], ArrowUp: [axis, k - 1], Home: [0, k], End: [-1, k] };
  if (!Object.hasOwn(moves, key) || axes === 0 || series === 0) return;
  const [toAxis, toSeries] = moves[key]!;
  const back = key === 'ArrowLeft' || key === 'End';
  let next = (toAxis + axes) % axes;
  const nextSeries = (toSeries + series) % series;
  // Skip axes where this series has no point (nothing to focus there).
  const values = el.drawnSeries[nextSeries]!.values;
  for (let step = 0; step < axes && values[el.shownAxes[next]!.id] === undefined; step++) next = (next + (back ? axes - 1 : 1)) % axes;
  el.active = { axis: next, series: nextSeries };
  el.updateComplete.then(() => el.shadowRoot!.querySelector<SVGElement>('[data-active]')?.focus());
}

/**
 * The line under the chart for the active point, or undefined while none is. It names every series
 * with the same value on that axis: their markers lie on one spot, the last drawn covering the
 * others, and the pointer can reach only that one.
 */
export function readout(el: SosRadarChart): string | undefined {
  const axis = el.active && el.shownAxes[el.active.axis];
  const value = axis && el.drawnSeries[el.active!.series]?.values[axis.id];
  if (value === undefined) return undefined;
  const sharing = el.drawnSeries.filter((series) => series.values[axis!.id] === value).map((series) => series.label);
  // The element's language (a protected state of every sos-kit element, read here as its own code would).
  const lang = (el as unknown as { language: Lang }).language;
  return el.strings.readout(list(sharing, lang), axis!.label, el.valueText(value));
}

/**
 * Moves the chart's one focusable point onto the active point, enlarged, and bolds its axis
 * label. Done on the drawn node rather than by redrawing the chart, so the point under focus or
 * pointer stays the same node. (Before any point is active, it is on the drawing's first point,
 * as drawn.)
 */
export function showActive(el: SosRadarChart): void {
  const root = el.shadowRoot!;
  if (!styled.has(root)) {
    styled.add(root);
    if (!activeSheet) {
      activeSheet = new CSSStyleSheet();
      activeSheet.replaceSync(ACTIVE_CSS);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, activeSheet];
  }
  const point = el.renderRoot.querySelector<SVGPathElement>('svg[part=chart] .point');
  const active = el.active;
  if (point && active) {
    const series = el.drawnSeries[active.series]!;
    const axis = el.shownAxes[active.axis]!;
    const look = el.looks()[active.series]!;
    const [x, y] = el.geometry(el.drawnWidth).point(active.axis, series.values[axis.id]!);
    const set = (node: Element, name: string, value: string) => node.getAttribute(name) !== value && node.setAttribute(name, value);
    set(point, 'd', markerPath(MARKERS[look]!, x, y, 5));
    set(point, 'aria-label', el.strings.pointLabel(series.label, axis.label, el.valueText(series.values[axis.id]!)));
    set(point, 'class', `point look-${look + 1}`);
  }
  if (point && point.hasAttribute('data-active') !== Boolean(active)) point.toggleAttribute('data-active', Boolean(active));
  const label = active ? el.renderRoot.querySelector(`.axis-label[data-axis="${active.axis}"]`) : null;
  const previous = el.renderRoot.querySelector('.axis-label.active');
  if (previous !== label) {
    previous?.classList.remove('active');
    label?.classList.add('active');
  }
}
