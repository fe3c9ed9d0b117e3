/** `@sos-kit/components/rubric.js`: the rubric alone. Register it with `@sos-kit/components/define/rubric.js`. */
export { SosRubric } from './rubric/rubric.js';
export { SosCompleteEvent } from './shared/events.js';
export { frameworkContext } from './shared/context.js';
