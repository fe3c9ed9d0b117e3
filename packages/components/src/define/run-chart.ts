/**
 * Registers `<sos-run-chart>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/run-chart.js'`.
 */
import { SosRunChart } from '../run-chart/run-chart.js';

if (!customElements.get('sos-run-chart')) customElements.define('sos-run-chart', SosRunChart);

declare global {
  interface HTMLElementTagNameMap {
    'sos-run-chart': SosRunChart;
  }
}
