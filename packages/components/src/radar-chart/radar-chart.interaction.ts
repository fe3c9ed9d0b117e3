// How a person moves through the radar's points: arrow keys, focus and pointer make a point the
// active one, which is drawn larger, bolds its axis name and is read out under the chart. Loaded
// with the views (radar-chart.views.ts) when the pointer first enters the drawing or a point first
// gets focus (see SosRadarChart.interact): what comes before it waits for it, in order, so no key
// press or hover is lost.
import type { SosRadarChart } from './radar-chart.js';

// How the active point shows, added to the element's styles with this code (nothing is active
// before). Its axis name is made bold by a stroke, as the title is: a bold face would be one more
// font to look up, and wider text would move the label. A constructed sheet rather than lit's css: this module needs nothing else of lit.
const ACTIVE_CSS = `
  .series .point[data-active] { transform: scale(1.4); transform-box: fill-box; transform-origin: center; }
  .axis-label.active { -webkit-text-stroke: 0.06em currentColor; }
`;
let activeSheet: CSSStyleSheet | undefined;
const styled = new WeakSet<ShadowRoot>();

/** What the chart keeps of an event while this module loads (the event's own target does not last). */
export interface PointEvent {
  type: string;
  key: string;
  target: EventTarget | null;
}

/** Makes the point under focus or pointer the active one, or moves it with a key. */
export function handle(el: SosRadarChart, event: PointEvent): void {
  if (event.type === 'keydown') return move(el, event.key);
  const target = event.target as SVGElement;
  if (!target.classList?.contains('point')) return;
  const axis = Number(target.dataset['axis']);
  const series = Number(target.dataset['series']);
  if (el.active?.axis !== axis || el.active.series !== series) el.active = { axis, series };
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

/** The line under the chart for the active point, or undefined while none is. */
export function readout(el: SosRadarChart): string | undefined {
  const axis = el.active && el.shownAxes[el.active.axis];
  const series = el.active && el.drawnSeries[el.active.series];
  return axis && series ? el.strings.readout(series.label, axis.label, el.valueText(series.values[axis.id]!)) : undefined;
}

/**
 * Marks the active point in the drawn chart: the one tab stop, enlarged, with its axis label in
 * bold. Done on the drawn nodes rather than by redrawing the chart, so the point under focus or
 * pointer stays the same node. (Before any point is active, the drawing's first point is the tab
 * stop, as drawn.)
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
  const chart = el.renderRoot.querySelector('svg[part=chart]');
  if (!chart) return;
  const active = el.active;
  const target = (active && chart.querySelector(`.point[data-axis="${active.axis}"][data-series="${active.series}"]`)) || chart.querySelector('.point');
  for (const point of chart.querySelectorAll('.point[tabindex="0"], .point[data-active]')) {
    if (point === target) continue;
    point.setAttribute('tabindex', '-1');
    point.removeAttribute('data-active');
  }
  if (target && target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
  if (target && target.hasAttribute('data-active') !== Boolean(active)) target.toggleAttribute('data-active', Boolean(active));
  const label = active ? el.renderRoot.querySelector(`.axis-label[data-axis="${active.axis}"]`) : null;
  const previous = el.renderRoot.querySelector('.axis-label.active');
  if (previous !== label) {
    previous?.classList.remove('active');
    label?.classList.add('active');
  }
}
