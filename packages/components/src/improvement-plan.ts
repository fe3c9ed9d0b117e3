/** `@sos-kit/components/improvement-plan.js`: the improvement plan (its run charts included). Register it with `@sos-kit/components/define/improvement-plan.js`. */
export { SosImprovementPlan } from './improvement-plan/improvement-plan.js';
