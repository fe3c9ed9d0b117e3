/** `@sos-kit/components/run-chart.js`: the run chart of one measure (no other element). Register it with `@sos-kit/components/define/run-chart.js`. */
export { SosRunChart, type RunChartPoint } from './run-chart/run-chart.js';
