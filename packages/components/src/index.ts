/** @sos-kit/components: element classes (side-effect free). Register them with `@sos-kit/components/define.js`. */
export { SosRubric } from './rubric/rubric.js';
export { SosSelfAssessment } from './self-assessment/self-assessment.js';
export { SosGapTable, type GapSortKey } from './gap-table/gap-table.js';
export { SosRadarChart, wrapLabel, type RadarAxis, type RadarScale, type RadarSeries } from './radar-chart/radar-chart.js';
export { SosSystemView, SosOrganizationActivateEvent, SystemInputError, type SystemColumnSet, type SystemRollup, type SystemRollupInput, type SystemRollupYear } from './system-view/system-view.js';
export { SosCompleteEvent, SosRowActivateEvent } from './shared/events.js';
export { frameworkContext } from './shared/context.js';
export { SosElement } from './shared/sos-element.js';
export { langOf, stringsFor, type Strings } from './i18n/strings.js';
