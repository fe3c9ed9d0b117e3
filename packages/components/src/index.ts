/**
 * @sos-kit/components: every element class (side-effect free). Register them with
 * `@sos-kit/components/define.js`. A bundle that needs one element is smaller when it imports that
 * element's own entry (`@sos-kit/components/radar-chart.js`, `gap-table.js`, `rubric.js`,
 * `self-assessment.js`, or `define/<element>.js` to register it too).
 */
export * from './rubric.js';
export * from './self-assessment.js';
export * from './gap-table.js';
export * from './radar-chart.js';
export * from './run-chart.js';
export * from './improvement-plan.js';
export * from './team-results.js';
export * from './system-view.js';
export { SosElement } from './shared/sos-element.js';
export { langOf, stringsFor, type Strings } from './i18n/strings.js';
