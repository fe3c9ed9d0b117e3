/** @sos-kit/components: element classes (side-effect free). Register them with `@sos-kit/components/define.js`. */
export { SosRubric } from './rubric/rubric.js';
export { SosCompleteEvent } from './shared/events.js';
export { frameworkContext } from './shared/context.js';
export { langOf, stringsFor, type Strings } from './i18n/strings.js';
