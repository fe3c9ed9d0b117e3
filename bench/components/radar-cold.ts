/**
 * One cold measurement per page load (bench/components/run.mjs opens each in a fresh browser
 * context): the radar of 18 axes × 3 series in a 600 px container, timed from constructing the
 * chart until it is drawn and settled — style and layout done, and nothing redrawn during the
 * next three frames (a chart that redraws after measuring itself settles only then). Which chart
 * is drawn comes from the page's query string; each chart is its own bundle, so a page loads only
 * the code it measures.
 */
import { localize } from '@sos-kit/core';
import framework from '../../packages/core/frameworks/ca-sos-conditions-capacities.json';
import type { RadarAxis, RadarSeries } from '../../packages/components/src/radar-chart/radar-chart.js';

const conditions = (framework as unknown as { conditions: { name: string | Record<string, string>; elements: { id: string; name: string | Record<string, string> }[] }[] }).conditions;
export const axes: RadarAxis[] = conditions.flatMap((c) => c.elements.map((e) => ({ id: e.id, label: localize(e.name), group: localize(c.name) })));
export const series: RadarSeries[] = ['Self', 'Partner', 'Target'].map((label, k) => ({ label, values: Object.fromEntries(axes.map((a, i) => [a.id, ((i + k) % 5) + 1])) }));
export const scale = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) };

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Times `draw` (which builds the chart into the stage and resolves when its first render is
 * done) until settled, and publishes the time for the runner.
 */
export async function measure(draw: (stage: HTMLElement) => Promise<Node | void> | Node | void): Promise<void> {
  const stage = document.getElementById('stage')!;
  await frame();
  await frame();
  let last = 0;
  // Marks for a Chromium trace of the run (what the time went to); they cost nothing measurable.
  performance.mark('start');
  const start = performance.now();
  const drawn = await draw(stage);
  void stage.offsetHeight; // style and layout of the first render
  last = performance.now();
  performance.mark('laidout');
  // Any later change to the chart (a redraw) moves the settled time to when it was laid out.
  const root = drawn instanceof Element ? (drawn.shadowRoot ?? drawn) : stage;
  const observer = new MutationObserver(() => {
    void stage.offsetHeight;
    last = performance.now();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  for (let i = 0; i < 3; i++) await frame();
  observer.disconnect();
  (window as unknown as { benchResult: number }).benchResult = last - start;
}
