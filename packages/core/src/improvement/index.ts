/** Improvement plans: the three questions, PDSA cycles, interim measures and run charts. */
export type * from './types.js';
export { ImprovementPlanSchema } from './schemas.js';
export { improvementPlanAgainstFrameworkIssues, improvementPlanIssues, isCalendarDate, parseImprovementPlan, safeParseImprovementPlan } from './validate.js';
export { draftPlanFromGaps, type DraftPlanOptions } from './draft.js';
export {
  analyzeRunChart,
  median,
  RUN_CHART_RULES,
  runCountLimits,
  type RunChartAnalysis,
  type RunChartInput,
  type RunChartOptions,
  type RunChartRun,
  type RunChartRunsTest,
  type RunChartSide,
  type RunChartSignal,
  type RunChartStretch,
  type RunCountLimits,
} from './run-chart.js';
export { DATA_POINT_COLUMNS, dataPointsFromCsv, dataPointsToCsv, type DataPointSeries, type DataPointsCsv, type DataPointsCsvOptions } from './csv.js';
