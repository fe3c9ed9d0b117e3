/**
 * @sos-kit/core: the model, validation and built-in frameworks for self-assessment in
 * California's Statewide System of Support. No DOM; runs in Node ≥ 20 and in browsers.
 */
export type * from './model/types.js';
export * from './model/schemas.js';
export { formatJsonPath, SosValidationError, type DocumentKind, type ValidationIssue } from './validate/issues.js';
export { parseAssessment, parseFramework, safeParseAssessment, safeParseFramework, type ParseOptions, type SafeParseResult } from './validate/parse.js';
export { assessmentAgainstFrameworkIssues, assessmentIssues, frameworkSemanticIssues, SCHEMA_VERSION } from './validate/semantics.js';
export {
  conditionLevelOf,
  findLevel,
  indexFrameworkIds,
  instrumentFor,
  localize,
  type IdLocation,
  type Lang,
  type LevelGroup,
  type LevelInstrument,
  type LevelItem,
  type Section,
} from './framework/items.js';
export { frameworkForLevel } from './framework/slice.js';
export { BUILT_IN_FRAMEWORKS, isBuiltInFrameworkId, loadBuiltInFramework, type BuiltInFrameworkId, type BuiltInFrameworkInfo, type LoadBuiltInOptions } from './frameworks/builtin.js';
export { createAssessment, type NewAssessmentOptions } from './assessment/create.js';
export type * from './results/types.js';
export { neededScores, scoringMethod, scoringPlan, type ScoringOptions, type ScoringPlan } from './scoring/plan.js';
export { scoreAssessment, type ScoreOptions } from './scoring/score.js';
export * from './results/schemas.js';
export { analyzeGaps, GAP_PRIORITY_THRESHOLDS, groupGapRows, sortGapRows, type GapOptions, type GapRequest, type GapSide } from './gaps/gaps.js';
export {
  aggregateAssessments,
  aggregateMatrix,
  aggregateMatrixState,
  aggregateStream,
  aggregateStreamState,
  Aggregator,
  DEFAULT_GROUP_RESOLUTION,
  encodeAssessments,
  mergeAggregateStates,
  NOT_SET,
  rollupAssessments,
  summarizeAggregate,
  type AggregateOptions,
  type AggregateState,
  type RatingMatrix,
  type RollupKey,
} from './aggregate/aggregate.js';
export { readCsv, writeCsv, type CsvCell, type CsvIssue, type CsvTable } from './interchange/csv-text.js';
export { assessmentsFromCsv, assessmentsToCsv, METADATA_COLUMNS, type CsvAssessments, type CsvReadOptions } from './interchange/csv-assessments.js';
export { aggregateToCsv, gapReportToCsv, scoreResultToCsv, type CsvWriteOptions } from './interchange/csv-results.js';
export { frameworkToCase, SOS_KIT_UUID_NAMESPACE, type CaseExportOptions, type CasePackage } from './interchange/case.js';
export { uuidV5 } from './interchange/uuid.js';
