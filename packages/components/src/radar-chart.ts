/** `@sos-kit/components/radar-chart.js`: the radar chart alone (no core, no other element). Register it with `@sos-kit/components/define/radar-chart.js`. */
export { SosRadarChart, distinctLabels, wrapLabel, type RadarAxis, type RadarLayout, type RadarScale, type RadarSeries } from './radar-chart/radar-chart.js';
