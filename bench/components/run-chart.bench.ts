/**
 * Bench case for <sos-run-chart>: a measure of 200 weekly values, against a minimal Lit element
 * drawing the same values as an SVG polyline with axes at the same size, timed by page.ts like
 * every other case.
 */
import { html, LitElement, svg } from 'lit';
import type { RunChartPoint } from '../../packages/components/src/run-chart/run-chart.js';

/** The drawing size <sos-run-chart> picks in the 900 px stage, so both draw the same area. */
const WIDTH = 900;
const HEIGHT = 380;

const dayMonth = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A minimal run chart: two axes labelled with a few values and dates, and one polyline; no
 * median, rules, keyboard, words or theme.
 */
class MinimalLitPolyline extends LitElement {
  static override properties = { points: { attribute: false } };
  declare points: RunChartPoint[];
  override render() {
    const values = this.points.map((p) => p.value);
    const margin = { left: 56, right: 24, top: 24, bottom: 40 };
    const low = Math.min(...values);
    const high = Math.max(...values);
    const x = (i: number) => margin.left + (i * (WIDTH - margin.left - margin.right)) / (values.length - 1);
    const y = (v: number) => HEIGHT - margin.bottom - ((v - low) / (high - low || 1)) * (HEIGHT - margin.top - margin.bottom);
    const ticks = [0, 1, 2, 3, 4].map((k) => low + ((high - low) * k) / 4);
    return html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} role="img" aria-label="Run chart">
      <line x1=${margin.left} x2=${margin.left} y1=${margin.top} y2=${HEIGHT - margin.bottom} stroke="currentColor" />
      <line x1=${margin.left} x2=${WIDTH - margin.right} y1=${HEIGHT - margin.bottom} y2=${HEIGHT - margin.bottom} stroke="currentColor" />
      ${ticks.map((t) => svg`<text x=${margin.left - 6} y=${y(t) + 4} text-anchor="end" font-size="11">${t.toFixed(1)}</text>`)}
      ${[0, 25, 50, 75, 100, 125, 150, 175, 199].map((i) => svg`<text x=${x(i)} y=${HEIGHT - margin.bottom + 18} text-anchor="middle" font-size="11">${dayMonth.format(new Date(`${this.points[i]!.date}T00:00:00Z`))}</text>`)}
      <polyline fill="none" stroke="currentColor" stroke-width="2" points=${values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')} />
    </svg>`;
  }
}
customElements.define('minimal-lit-polyline', MinimalLitPolyline);

/**
 * 200 weekly values of a measure: ordinary ups and downs around 60, a change after week 120 that
 * lifts them (a shift), and a climb of several weeks (a trend); deterministic, never random.
 */
export function runChartPoints(count = 200): RunChartPoint[] {
  const start = Date.UTC(2022, 0, 3);
  return Array.from({ length: count }, (_, i) => {
    const wobble = ((i * 37) % 11) - 5;
    const value = i >= 150 && i < 156 ? 58 + (i - 150) * 3 : (i >= 120 ? 66 : 60) + wobble;
    return { date: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10), value };
  });
}

type Build = () => Promise<HTMLElement | void> | HTMLElement | void;

/** The scenarios, keyed by the names run.mjs reports. */
export function runChartScenarios(stage: HTMLElement): Record<string, Build> {
  const points = runChartPoints();
  return {
    'run chart: sos-run-chart, 200 points': async () => {
      const el = document.createElement('sos-run-chart');
      Object.assign(el, { heading: 'Attendance, % of students present', unit: '%', better: 'higher', baselinePoints: 20, points });
      stage.append(el);
      await el.updateComplete;
    },
    'run chart: minimal Lit SVG polyline, 200 points': async () => {
      const el = document.createElement('minimal-lit-polyline') as MinimalLitPolyline;
      el.points = points;
      stage.append(el);
      await el.updateComplete;
    },
  };
}
