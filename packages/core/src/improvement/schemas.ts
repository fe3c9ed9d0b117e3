/**
 * Runtime shape schemas for the improvement plan in `types.ts` (zod/mini, for small browser
 * bundles). Like the model's schemas they check shape only, exactly as the published JSON
 * Schema `improvement-plan` does; rules that need the whole plan (unique ids, references between
 * aims, measures and cycles, date order) live in `validate.ts`.
 */
import * as z from 'zod/mini';
import {
  DocumentSchemaVersionSchema,
  FrameworkRefSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  OrganizationSchema,
  SchoolYearSchema,
  SystemLevelSchema,
} from '../model/schemas.js';
import { GapComparisonSchema, GapPrioritySchema } from '../results/schemas.js';

export const PlanLineSchema = z.string().check(z.minLength(1), z.maxLength(500));
export const PlanTextSchema = z.string().check(z.minLength(1), z.maxLength(10000));
const Ids = z.optional(z.array(IdSchema));

export const PlanOwnerSchema = z.strictObject({
  name: PlanLineSchema,
  role: z.optional(PlanLineSchema),
});
const Owners = z.optional(z.array(PlanOwnerSchema));

export const PlanStatusSchema = z.enum(['draft', 'active', 'completed']);
export const WorkStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'stopped']);

export const PlanAssessmentLinkSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  label: z.optional(PlanLineSchema),
});

export const PlanGapLinkSchema = z.strictObject({
  comparison: GapComparisonSchema,
  rowId: IdSchema,
  rowKind: z.enum(['element', 'capacity', 'condition', 'role']),
  a: z.optional(z.number()),
  b: z.optional(z.number()),
  priority: z.optional(GapPrioritySchema),
});

export const AimSchema = z.strictObject({
  id: IdSchema,
  what: PlanTextSchema,
  forWhom: z.optional(PlanLineSchema),
  howMuch: z.optional(PlanLineSchema),
  byWhen: z.optional(IsoDateSchema),
  focus: Ids,
  owners: Owners,
  status: z.optional(WorkStatusSchema),
  notes: z.optional(PlanTextSchema),
});

export const MeasureKindSchema = z.enum(['outcome', 'process', 'balancing']);

export const DataPointSchema = z.strictObject({
  date: IsoDateSchema,
  value: z.number(),
  note: z.optional(PlanTextSchema),
  astronomical: z.optional(z.boolean()),
});

export const MeasureSchema = z.strictObject({
  id: IdSchema,
  name: PlanLineSchema,
  kind: MeasureKindSchema,
  definition: z.optional(PlanTextSchema),
  unit: z.optional(PlanLineSchema),
  better: z.optional(z.enum(['higher', 'lower'])),
  baseline: z.optional(z.number()),
  target: z.optional(z.number()),
  baselinePoints: z.optional(z.int().check(z.gte(1))),
  aimIds: Ids,
  dataPoints: z.optional(z.array(DataPointSchema)),
  owners: Owners,
});

export const PdsaDecisionSchema = z.enum(['adopt', 'adapt', 'abandon']);
export const PdsaStageSchema = z.enum(['plan', 'do', 'study', 'act', 'done']);

export const PdsaPlanSchema = z.strictObject({
  question: z.optional(PlanTextSchema),
  prediction: z.optional(PlanTextSchema),
  who: z.optional(PlanLineSchema),
  when: z.optional(PlanLineSchema),
  where: z.optional(PlanLineSchema),
  measureIds: Ids,
});

export const PdsaDoSchema = z.strictObject({
  whatHappened: z.optional(PlanTextSchema),
  startedOn: z.optional(IsoDateSchema),
  endedOn: z.optional(IsoDateSchema),
});

export const PdsaStudySchema = z.strictObject({
  result: z.optional(PlanTextSchema),
  versusPrediction: z.optional(z.enum(['as-predicted', 'partly', 'not-as-predicted'])),
  learning: z.optional(PlanTextSchema),
});

export const PdsaActSchema = z.strictObject({
  decision: z.optional(PdsaDecisionSchema),
  nextCycle: z.optional(PlanTextSchema),
});

export const PdsaCycleSchema = z.strictObject({
  id: IdSchema,
  stage: z.optional(PdsaStageSchema),
  plan: z.optional(PdsaPlanSchema),
  do: z.optional(PdsaDoSchema),
  study: z.optional(PdsaStudySchema),
  act: z.optional(PdsaActSchema),
  owners: Owners,
});

export const ChangeIdeaSchema = z.strictObject({
  id: IdSchema,
  description: PlanTextSchema,
  aimIds: Ids,
  focus: Ids,
  status: z.optional(WorkStatusSchema),
  owners: Owners,
  cycles: z.optional(z.array(PdsaCycleSchema)),
});

export const ImprovementPlanSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: DocumentSchemaVersionSchema,
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  title: z.optional(PlanLineSchema),
  organization: z.optional(OrganizationSchema),
  level: z.optional(SystemLevelSchema),
  schoolYear: z.optional(SchoolYearSchema),
  framework: z.optional(FrameworkRefSchema),
  assessments: z.optional(z.array(PlanAssessmentLinkSchema)),
  gaps: z.optional(z.array(PlanGapLinkSchema)),
  status: z.optional(PlanStatusSchema),
  owners: Owners,
  createdAt: z.optional(IsoDateTimeSchema),
  updatedAt: z.optional(IsoDateTimeSchema),
  aims: z.array(AimSchema).check(z.minLength(1)),
  measures: z.optional(z.array(MeasureSchema)),
  changeIdeas: z.optional(z.array(ChangeIdeaSchema)),
  notes: z.optional(PlanTextSchema),
});
