/**
 * @sos-kit/core: the model, validation and built-in frameworks for self-assessment in
 * California's Statewide System of Support. No DOM; runs in Node ≥ 20 and in browsers.
 */
export type * from './model/types.js';
// The document schemas; the schemas of every part are at '@sos-kit/core/zod'.
export { AssessmentSchema, FrameworkSchema } from './model/schemas.js';
export { AggregateResultSchema, AggregateStateSchema, GapReportSchema, ScoreResultSchema } from './results/schemas.js';
export { ECHO_LIMIT, formatJsonPath, SosValidationError, type DocumentKind, type ValidationIssue } from './validate/issues.js';
export { parseAssessment, parseFramework, safeParseAssessment, safeParseFramework, type ParseOptions, type SafeParseResult } from './validate/parse.js';
export { assessmentAgainstFrameworkIssues, assessmentIssues, frameworkSemanticIssues } from './validate/semantics.js';
export {
  defaultSubjectType,
  NON_SCORED_ANSWERS,
  nonScoredAnswersOf,
  ORGANIZATION_TYPES,
  RATING_TEXT_MAX_LENGTH,
  SCHEMA_VERSION,
  SUBJECT_TYPES_BY_LEVEL,
  subjectTypesFor,
  SYSTEM_LEVELS,
} from './model/constants.js';
export { DATE_FORMAT, DATE_TIME_FORMAT, ID_FORMAT, ID_MAX_LENGTH, SCHOOL_YEAR_FORMAT, SEMVER_FORMAT, TEXT_FORMATS, type TextFormat } from './model/patterns.js';
export {
  conditionLevelOf,
  findLevel,
  indexFrameworkIds,
  instrumentFor,
  languageOf,
  levelDescriptor,
  localize,
  type IdLocation,
  type Lang,
  type LevelGroup,
  type LevelInstrument,
  type LevelItem,
} from './instrument/items.js';
export { frameworkForLevel } from './instrument/slice.js';
export { BUILT_IN_FRAMEWORKS, isBuiltInFrameworkId, loadBuiltInFramework, type BuiltInFrameworkId, type BuiltInFrameworkInfo, type LoadBuiltInOptions } from './frameworks/builtin.js';
export { builtInLevelsOf, loadTrustedBuiltInFramework } from './frameworks/builtin-data.js';
export { createAssessment, type NewAssessmentOptions } from './assessment/create.js';
export type * from './results/types.js';
export { scoringMethod, type ScoringOptions } from './scoring/method.js';
export { scoringPlan, type ScoringPlan } from './scoring/plan.js';
export { neededScores } from './scoring/rule.js';
export { scoreAssessment, type ScoreOptions } from './scoring/score.js';
export { analyzeGaps, GAP_PRIORITY_THRESHOLDS, GapAnalysis, groupGapRows, sortGapRows, type GapOptions, type GapRequest, type GapSide, type GapSideName } from './gaps/gaps.js';
export { Aggregator, DEFAULT_GROUP_RESOLUTION, MAX_SCORE_BINS, type AggregateOptions } from './aggregate/aggregator.js';
export {
  mergeAggregateStates,
  parseAggregateResult,
  parseAggregateState,
  safeParseAggregateResult,
  safeParseAggregateState,
  subtractAggregateStates,
  summarizeAggregate,
} from './aggregate/state.js';
export {
  aggregateAssessments,
  aggregateMatrix,
  aggregateMatrixState,
  aggregateStream,
  aggregateStreamState,
  encodeAssessments,
  NOT_SET,
  rollupAssessments,
  type RatingMatrix,
  type RollupKey,
} from './aggregate/batch.js';
export { csvLine, CsvReader, DEFAULT_CSV_LIMITS, readCsv, writeCsv, type CsvCell, type CsvIssue, type CsvLimits, type CsvRecord, type CsvTable } from './interchange/csv-text.js';
export {
  assessmentsFromCsv,
  assessmentsFromCsvStream,
  assessmentsToCsv,
  METADATA_COLUMNS,
  type CsvAssessmentRow,
  type CsvAssessments,
  type CsvReadOptions,
} from './interchange/csv-assessments.js';
export { aggregateToCsv, gapReportToCsv, scoreResultToCsv, type CsvWriteOptions } from './interchange/csv-results.js';
export { frameworkToCase, frameworkToCaseJson, SOS_KIT_UUID_NAMESPACE, type CaseExportOptions, type CasePackage } from './interchange/case.js';
export { sha1, uuidV5, uuidV5Namespace, type Sha1 } from './interchange/uuid.js';
export * from './improvement/index.js';
// Team rules: how aggregates of many raters are read (disagreement, small groups, default target).
export * from './team/index.js';
