/**
 * Runtime shape schemas for the model in `types.ts`.
 *
 * zod/mini keeps the browser bundle small (the full zod API with its locales is ~95 KB gz).
 * These schemas check shape only, exactly as the published JSON Schemas do (a conformance test
 * holds the two together); rules that need the whole document — unique ids, references,
 * values inside the scale — live in `../validate/semantics.ts`.
 */
import * as z from 'zod/mini';
import { NON_SCORED_ANSWERS, ORGANIZATION_TYPES, RATING_TEXT_MAX_LENGTH, SCHEMA_VERSION, SYSTEM_LEVELS } from './constants.js';
import { DATE_FORMAT, DATE_TIME_FORMAT, ID_FORMAT, ID_MAX_LENGTH, SCHOOL_YEAR_FORMAT, SEMVER_FORMAT } from './patterns.js';

export const IdSchema = z.string().check(z.regex(ID_FORMAT.pattern), z.maxLength(ID_MAX_LENGTH));
export const SemVerSchema = z.string().check(z.regex(SEMVER_FORMAT.pattern));
export const IsoDateSchema = z.string().check(z.regex(DATE_FORMAT.pattern));
export const IsoDateTimeSchema = z.string().check(z.regex(DATE_TIME_FORMAT.pattern));
export const SchoolYearSchema = z.string().check(z.regex(SCHOOL_YEAR_FORMAT.pattern));
const NonEmpty = z.string().check(z.minLength(1));

export const LocalizedStringsSchema = z.strictObject({
  en: z.string(),
  es: z.optional(z.string()),
});
export const LocalizedTextSchema = z.union([z.string(), LocalizedStringsSchema]);

export const SystemLevelSchema = z.enum(SYSTEM_LEVELS);
export const OrganizationTypeSchema = z.enum(ORGANIZATION_TYPES);

export const OrganizationSchema = z.strictObject({
  name: NonEmpty,
  type: OrganizationTypeSchema,
  id: z.optional(NonEmpty),
  county: z.optional(NonEmpty),
});

export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: NonEmpty,
  authors: z.array(z.string()).check(z.minLength(1)),
  publisher: z.optional(NonEmpty),
  year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
  url: z.optional(NonEmpty),
});

export const CitationSchema = z.strictObject({
  source: IdSchema,
  locator: NonEmpty,
});

export const NonScoredAnswerSchema = z.enum(NON_SCORED_ANSWERS);
export const ScaleValueSchema = z.int().check(z.gte(0), z.lte(100));

export const ScaleLevelSchema = z.strictObject({
  value: ScaleValueSchema,
  label: LocalizedTextSchema,
  descriptor: z.optional(LocalizedTextSchema),
  partnerDescriptor: z.optional(LocalizedTextSchema),
});

export const RatingScaleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  levels: z.array(ScaleLevelSchema).check(z.minLength(2), z.maxLength(10)),
  nonScored: z.optional(z.array(NonScoredAnswerSchema).check(z.maxLength(2))),
});

export const TagDefinitionSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  citations: z.optional(z.array(CitationSchema)),
});

const WeightSchema = z.number().check(z.gt(0), z.lte(1000));

const itemCommonShape = {
  id: IdSchema,
  weight: z.optional(WeightSchema),
  tags: z.optional(z.array(z.string())),
  citations: z.optional(z.array(CitationSchema)),
};

export const LevelDescriptionsSchema = z.strictObject({
  school: z.optional(LocalizedTextSchema),
  district: z.optional(LocalizedTextSchema),
  coe: z.optional(LocalizedTextSchema),
  'geo-lead': z.optional(LocalizedTextSchema),
  state: z.optional(LocalizedTextSchema),
});

export const ConditionElementSchema = z.strictObject({
  ...itemCommonShape,
  name: LocalizedTextSchema,
  descriptions: LevelDescriptionsSchema,
  lookFors: z.optional(z.array(LocalizedTextSchema)),
});

export const ConditionSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  weight: z.optional(WeightSchema),
  elements: z.array(ConditionElementSchema).check(z.minLength(1)),
  citations: z.optional(z.array(CitationSchema)),
});

export const CapacitySchema = z.strictObject({
  ...itemCommonShape,
  statement: LocalizedTextSchema,
  lookFors: z.optional(z.array(LocalizedTextSchema)),
});

export const RoleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  weight: z.optional(WeightSchema),
  capacities: z.array(CapacitySchema).check(z.minLength(1)),
  citations: z.optional(z.array(CitationSchema)),
});

export const FrameworkLevelSchema = z.strictObject({
  id: SystemLevelSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  conditionsFrom: z.optional(SystemLevelSchema),
  roles: z.optional(z.array(RoleSchema)),
  citations: z.optional(z.array(CitationSchema)),
});

export const FrameworkTranslationSchema = z.strictObject({
  language: z.literal('es'),
  official: z.boolean(),
  translator: NonEmpty,
  date: IsoDateSchema,
  note: z.optional(LocalizedTextSchema),
});

export const DocumentSchemaVersionSchema = z.literal(SCHEMA_VERSION);

export const FrameworkSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: DocumentSchemaVersionSchema,
  id: IdSchema,
  version: SemVerSchema,
  versionDate: IsoDateSchema,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  rights: z.optional(NonEmpty),
  sources: z.optional(z.array(SourceSchema)),
  scale: RatingScaleSchema,
  tags: z.optional(z.array(TagDefinitionSchema)),
  levels: z.array(FrameworkLevelSchema).check(z.minLength(1)),
  conditions: z.optional(z.array(ConditionSchema)),
  translations: z.optional(z.array(FrameworkTranslationSchema)),
});

// Whether a rated or target number is allowed depends on the framework's scale, so the shape
// accepts any number here (as the generated JSON Schema does) and validation against the
// framework reports values off the scale with their path.
export const RatingSchema = z.strictObject({
  value: z.optional(z.union([z.number(), NonScoredAnswerSchema])),
  evidence: z.optional(z.string().check(z.maxLength(RATING_TEXT_MAX_LENGTH))),
  notes: z.optional(z.string().check(z.maxLength(RATING_TEXT_MAX_LENGTH))),
});

export const SelfPerspectiveSchema = z.strictObject({ kind: z.literal('self') });
export const PartnerPerspectiveSchema = z.strictObject({
  kind: z.literal('partner'),
  rater: OrganizationSchema,
  relationship: z.optional(z.enum(['differentiated-assistance', 'geo-lead-support', 'state-support', 'other'])),
});
export const PerspectiveSchema = z.discriminatedUnion('kind', [SelfPerspectiveSchema, PartnerPerspectiveSchema]);

export const RespondentSchema = z.strictObject({
  role: z.optional(NonEmpty),
  name: z.optional(NonEmpty),
});

export const AssessmentStatusSchema = z.enum(['draft', 'submitted']);

export const FrameworkRefSchema = z.strictObject({
  id: IdSchema,
  version: SemVerSchema,
});

export const AssessmentSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: DocumentSchemaVersionSchema,
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  framework: FrameworkRefSchema,
  level: SystemLevelSchema,
  subject: OrganizationSchema,
  perspective: PerspectiveSchema,
  respondent: z.optional(RespondentSchema),
  schoolYear: z.optional(SchoolYearSchema),
  status: AssessmentStatusSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  submittedAt: z.optional(IsoDateTimeSchema),
  ratings: z.record(z.string(), RatingSchema),
  targets: z.optional(z.record(z.string(), z.number())),
  notes: z.optional(z.string().check(z.maxLength(20000))),
});
