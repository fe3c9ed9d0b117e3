import { html, LitElement, svg } from 'lit';
import type { RadarAxis, RadarSeries } from '../../../packages/components/src/radar-chart/radar-chart.js';
import { axes, measure, series } from '../radar-cold.js';

/** The least a Lit SVG radar can do: rings, spokes, labels and one polygon per series. */
class MinimalRadar extends LitElement {
  static override properties = { axes: { attribute: false }, series: { attribute: false } };
  declare axes: RadarAxis[];
  declare series: RadarSeries[];
  override render() {
    const n = this.axes.length;
    const at = (i: number, v: number) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      const r = (200 * (v - 1)) / 4;
      return [300 + r * Math.cos(a), 300 + r * Math.sin(a)] as const;
    };
    return html`<svg viewBox="0 0 600 600" width="600" height="600">
      ${[1, 2, 3, 4, 5].map((v) => svg`<polygon fill="none" stroke="#999" points=${this.axes.map((_, i) => at(i, v).join(',')).join(' ')} />`)}
      ${this.axes.map((axis, i) => svg`<line x1="300" y1="300" x2=${at(i, 5)[0]} y2=${at(i, 5)[1]} stroke="#999" /><text x=${at(i, 5.6)[0]} y=${at(i, 5.6)[1]}>${axis.label}</text>`)}
      ${this.series.map((s) => svg`<polygon fill="none" stroke="#005a9c" points=${this.axes.map((axis, i) => at(i, s.values[axis.id] ?? 1).join(',')).join(' ')} />`)}
    </svg>`;
  }
}
customElements.define('minimal-radar', MinimalRadar);

await measure(async (stage) => {
  const el = document.createElement('minimal-radar') as MinimalRadar;
  Object.assign(el, { axes, series });
  stage.append(el);
  await el.updateComplete;
  return el;
});
