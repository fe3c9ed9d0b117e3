/**
 * Registers `<sos-radar-chart>` (once; a second import changes nothing). Import only the elements a page
 * uses: `import '@sos-kit/components/define/radar-chart.js'`.
 */
import { SosRadarChart } from '../radar-chart/radar-chart.js';

if (!customElements.get('sos-radar-chart')) customElements.define('sos-radar-chart', SosRadarChart);

declare global {
  interface HTMLElementTagNameMap {
    'sos-radar-chart': SosRadarChart;
  }
}
