// What a browser widget takes from core: validation, scoring, gaps and CSV export. Measured by
// `npm run size` to show the tree-shaken cost, next to the whole library.
export { analyzeGaps, assessmentsToCsv, createAssessment, gapReportToCsv, instrumentFor, loadBuiltInFramework, localize, safeParseAssessment, safeParseFramework, scoreAssessment, scoreResultToCsv, sortGapRows } from '../../packages/core/src/index.js';
