/** `@sos-kit/components/system-view.js`: the system view (many organisations, over time). Register it with `@sos-kit/components/define/system-view.js`. */
export { SosSystemView, SosOrganizationActivateEvent, SystemInputError, type SystemColumnSet, type SystemRollup, type SystemRollupInput, type SystemRollupYear } from './system-view/system-view.js';
