/**
 * `@sos-kit/components/self-assessment.js`: the drop-in widget's class. It is made of the rubric,
 * radar chart and gap table: register all four with `@sos-kit/components/define/self-assessment.js`.
 */
export { SosSelfAssessment } from './self-assessment/self-assessment.js';
