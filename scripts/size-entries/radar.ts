// The radar chart alone with Lit, as an app that uses only the chart would ship it.
import { SosRadarChart } from '../../packages/components/src/radar-chart/radar-chart.js';

customElements.define('sos-radar-chart', SosRadarChart);
