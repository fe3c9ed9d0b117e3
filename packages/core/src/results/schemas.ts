/**
 * Runtime shape schemas for the result documents in `types.ts`, held equal to the TypeScript
 * types by a type-level test and to the published JSON Schemas by the conformance suite.
 */
import * as z from 'zod/mini';
import { SCHEMA_VERSION } from '../model/constants.js';
import {
  AssessmentStatusSchema,
  FrameworkRefSchema,
  IdSchema,
  LocalizedTextSchema,
  NonScoredAnswerSchema,
  OrganizationSchema,
  PerspectiveSchema,
  SchoolYearSchema,
  SystemLevelSchema,
} from '../model/schemas.js';

const Count = z.int().check(z.gte(0));
const Share = z.number().check(z.gte(0), z.lte(1));
export const SectionIdSchema = z.enum(['conditions', 'capacities']);

export const ScoringMethodSchema = z.strictObject({
  method: z.literal('weighted-mean'),
  minScoredShare: Share,
  weighted: z.boolean(),
  precision: z.int().check(z.gte(0), z.lte(12)),
});

export const CompletionSchema = z.strictObject({
  items: Count,
  scored: Count,
  notApplicable: Count,
  dontKnow: Count,
  unanswered: Count,
  percentAnswered: z.number().check(z.gte(0), z.lte(100)),
});

const scoreFigures = {
  score: z.optional(z.number()),
  normalized: z.optional(Share),
  reason: z.optional(z.string()),
};

export const ScoreFiguresSchema = z.strictObject(scoreFigures);

export const ItemScoreSchema = z.strictObject({
  ...scoreFigures,
  id: IdSchema,
  kind: z.enum(['element', 'capacity']),
  groupId: IdSchema,
  section: SectionIdSchema,
  answer: z.optional(NonScoredAnswerSchema),
  target: z.optional(z.number()),
});

export const GroupScoreSchema = z.strictObject({
  ...scoreFigures,
  id: IdSchema,
  kind: z.enum(['condition', 'role']),
  section: SectionIdSchema,
  completion: CompletionSchema,
});

export const SectionScoreSchema = z.strictObject({ ...scoreFigures, id: SectionIdSchema, completion: CompletionSchema });
export const OverallScoreSchema = z.strictObject({ ...scoreFigures, completion: CompletionSchema });

export const AssessmentSummarySchema = z.strictObject({
  id: z.optional(z.string()),
  level: SystemLevelSchema,
  subject: OrganizationSchema,
  perspective: PerspectiveSchema,
  schoolYear: z.optional(SchoolYearSchema),
  status: AssessmentStatusSchema,
  updatedAt: z.string(),
});

export const ScaleRangeSchema = z.strictObject({ min: z.number(), max: z.number() });

export const ScoreResultSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('score'),
  framework: FrameworkRefSchema,
  assessment: AssessmentSummarySchema,
  scale: ScaleRangeSchema,
  method: ScoringMethodSchema,
  overall: OverallScoreSchema,
  sections: z.array(SectionScoreSchema),
  groups: z.array(GroupScoreSchema),
  items: z.array(ItemScoreSchema),
});

export const GapComparisonSchema = z.enum(['current-vs-target', 'self-vs-partner', 'baseline-vs-follow-up', 'across-levels']);
export const GapPrioritySchema = z.enum(['high', 'medium', 'low']);

export const GapSideInfoSchema = z.strictObject({ label: z.string(), respondents: Count, level: z.optional(SystemLevelSchema) });
export const GapValueSchema = z.strictObject({ value: z.optional(z.number()), n: Count });

export const GapRowSchema = z.strictObject({
  id: IdSchema,
  rowKind: z.enum(['element', 'capacity', 'condition', 'role']),
  label: LocalizedTextSchema,
  groupId: z.optional(IdSchema),
  section: SectionIdSchema,
  a: GapValueSchema,
  b: GapValueSchema,
  difference: z.optional(z.number()),
  size: z.optional(z.number()),
  direction: z.optional(z.enum(['a-higher', 'b-higher', 'equal'])),
  priorityScore: z.optional(Share),
  priority: z.optional(GapPrioritySchema),
  reason: z.optional(z.string()),
});

export const GapPriorityRuleSchema = z.strictObject({
  current: z.enum(['a', 'b', 'lower']),
  counts: z.enum(['b-above-a', 'a-above-b', 'either-direction']),
  high: Share,
  medium: Share,
});

export const GapReportSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('gaps'),
  comparison: GapComparisonSchema,
  framework: FrameworkRefSchema,
  scale: ScaleRangeSchema,
  a: GapSideInfoSchema,
  b: GapSideInfoSchema,
  rule: GapPriorityRuleSchema,
  items: z.array(GapRowSchema),
  groups: z.array(GapRowSchema),
});

const distribution = {
  n: Count,
  mean: z.optional(z.number()),
  median: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  sd: z.optional(z.number()),
  agreement: z.optional(Share),
};

export const DistributionStatsSchema = z.strictObject(distribution);

export const ItemAggregateSchema = z.strictObject({
  ...distribution,
  id: IdSchema,
  groupId: IdSchema,
  section: SectionIdSchema,
  counts: z.array(z.number()),
  notApplicable: Count,
  dontKnow: Count,
  unanswered: Count,
});

export const GroupAggregateSchema = z.strictObject({
  ...distribution,
  id: IdSchema,
  kind: z.enum(['condition', 'role']),
  section: SectionIdSchema,
  insufficient: Count,
});

export const OverallAggregateSchema = z.strictObject({ ...distribution, insufficient: Count });

export const AggregateResultSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('aggregate'),
  framework: FrameworkRefSchema,
  level: SystemLevelSchema,
  key: z.optional(z.string()),
  respondents: Count,
  scale: ScaleRangeSchema,
  method: ScoringMethodSchema,
  groupScoreResolution: z.number(),
  items: z.array(ItemAggregateSchema),
  groups: z.array(GroupAggregateSchema),
  overall: OverallAggregateSchema,
});

const RaterCount = z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

export const AggregateStateSchema = z.strictObject({
  kind: z.literal('sos-kit/aggregate-state'),
  stateVersion: z.literal(1),
  framework: FrameworkRefSchema,
  level: SystemLevelSchema,
  key: z.optional(z.string()),
  method: ScoringMethodSchema,
  resolution: z.number().check(z.gt(0)),
  respondents: RaterCount,
  itemCounts: z.array(RaterCount),
  groupBins: z.array(RaterCount),
  groupInsufficient: z.array(RaterCount),
  overallBins: z.array(RaterCount),
  overallInsufficient: RaterCount,
});
