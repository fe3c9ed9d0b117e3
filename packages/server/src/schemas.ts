/**
 * The HTTP API's request and response bodies as zod schemas: requests are validated with them,
 * and `openapi.ts` turns the same schemas into the published OpenAPI document.
 */
import { AggregateResultSchema, AssessmentSchema, GapReportSchema, ImprovementPlanSchema } from '@sos-kit/core';
import { OrganizationSchema, SchoolYearSchema, SystemLevelSchema } from '@sos-kit/core/zod';
import * as z from 'zod';

/** An origin a county page embeds the widget from, e.g. `https://www.example-county.org`. */
export const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/, 'expected an origin such as https://www.example-county.org (scheme, host and optional port, no path)')
  .max(300);

const DateTime = z.iso.datetime({ offset: true });
const Text = (max: number) => z.string().trim().min(1).max(max);

export const PerspectiveKindSchema = z.enum(['self', 'partner']).meta({ description: 'Whose view: the organisation rating itself, or a partner (e.g. the COE) rating it.' });
export const RoleSchema = z.enum(['owner', 'county-admin', 'state-viewer']).meta({
  description: 'owner: one collection, everything in it. county-admin: every collection of one county. state-viewer: aggregates of every collection, never raw responses; cells with fewer than 3 raters suppressed.',
});

export const NewCollectionSchema = z
  .strictObject({
    title: Text(200),
    county: Text(120).optional().meta({ description: "Defaults to the county admin's county; any other county is refused." }),
    framework: z.strictObject({ id: z.string(), version: z.string().optional() }).default({ id: 'ca-sos-conditions-capacities' }),
    level: SystemLevelSchema,
    subject: OrganizationSchema,
    schoolYear: z.optional(SchoolYearSchema),
    perspectives: z
      .array(PerspectiveKindSchema)
      .min(1)
      .max(2)
      .refine((list) => new Set(list).size === list.length, 'lists a perspective twice')
      .default(['self', 'partner']),
    deadline: DateTime.optional(),
    allowedOrigins: z.array(OriginSchema).max(50).default([]),
  })
  .meta({ id: 'NewCollection' });

export const CollectionChangesSchema = z
  .strictObject({
    title: Text(200).optional(),
    status: z.enum(['open', 'closed']).optional(),
    deadline: DateTime.nullable().optional(),
    allowedOrigins: z.array(OriginSchema).max(50).optional(),
  })
  .meta({ id: 'CollectionChanges' });

export const CollectionSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    county: z.string(),
    framework: z.strictObject({ id: z.string(), version: z.string() }),
    level: SystemLevelSchema,
    subject: OrganizationSchema,
    schoolYear: z.string().optional(),
    perspectives: z.array(PerspectiveKindSchema),
    status: z.enum(['open', 'closed']),
    deadline: z.string().optional(),
    allowedOrigins: z.array(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Collection' });

export const NewLinkSchema = z
  .strictObject({
    perspective: PerspectiveKindSchema,
    respondent: Text(200).optional().meta({ description: 'A named respondent has one submission (resubmitting makes new versions); a team link without one keys submissions by the document id.' }),
    label: Text(200).optional(),
  })
  .meta({ id: 'NewLink' });

export const LinkSchema = z
  .strictObject({
    id: z.string(),
    collectionId: z.string(),
    perspective: PerspectiveKindSchema,
    respondent: z.string().optional(),
    label: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().optional(),
    submissions: z.number().int().optional(),
  })
  .meta({ id: 'Link' });

export const CreatedLinkSchema = LinkSchema.extend({
  token: z.string().meta({ description: 'Shown once. Give the respondent `submitUrl`.' }),
  submitUrl: z.string(),
}).meta({ id: 'CreatedLink' });

export const NewKeySchema = z
  .strictObject({
    role: z.enum(['owner', 'county-admin']),
    collectionId: z.string().optional().meta({ description: 'Required for an owner key.' }),
    label: Text(200),
  })
  .meta({ id: 'NewKey' });

export const KeySchema = z
  .strictObject({
    id: z.string(),
    role: RoleSchema,
    county: z.string().optional(),
    collectionId: z.string().optional(),
    label: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().optional(),
  })
  .meta({ id: 'Key' });

export const CreatedKeySchema = KeySchema.extend({ key: z.string().meta({ description: 'Shown once; only a scrypt hash is stored. Send as `Authorization: Bearer <key>`.' }) }).meta({ id: 'CreatedKey' });

export const ReceiptSchema = z
  .strictObject({ id: z.string(), version: z.number().int().min(1), receivedAt: z.string() })
  .meta({ id: 'Receipt', description: 'A stored submission: its id, the version this request created (1 for a first submission), and when it was stored.' });

export const IssueSchema = z.strictObject({ jsonPath: z.string(), message: z.string(), code: z.string().optional() }).meta({ id: 'Issue' });
export const ErrorSchema = z
  .strictObject({ error: z.string(), message: z.string(), issues: z.array(IssueSchema).optional() })
  .meta({ id: 'Error', description: '`error` is a stable code, `message` plain words; `issues` locate problems in the document sent.' });

export const SubmissionSchema = z
  .strictObject({ id: z.string(), perspective: PerspectiveKindSchema, linkId: z.string(), linkLabel: z.string(), version: z.number().int(), receivedAt: z.string(), document: AssessmentSchema })
  .meta({ id: 'Submission' });

export const SubmissionHistorySchema = z
  .strictObject({
    id: z.string(),
    perspective: PerspectiveKindSchema,
    linkId: z.string(),
    versions: z.array(z.strictObject({ version: z.number().int(), receivedAt: z.string(), document: AssessmentSchema })),
  })
  .meta({ id: 'SubmissionHistory' });

export const RespondentViewSchema = z
  .strictObject({
    collection: z.strictObject({
      title: z.string(),
      framework: z.strictObject({ id: z.string(), version: z.string() }),
      level: SystemLevelSchema,
      subject: OrganizationSchema,
      schoolYear: z.string().optional(),
      status: z.enum(['open', 'closed']),
      deadline: z.string().optional(),
    }),
    perspective: PerspectiveKindSchema,
    respondent: z.string().optional(),
    submissions: z.array(ReceiptSchema),
  })
  .meta({ id: 'RespondentView' });

const SuppressionSchema = z
  .strictObject({ minimumRaters: z.number().int(), items: z.array(z.string()), groups: z.array(z.string()), overall: z.boolean() })
  .meta({ description: "State viewers only: what was withheld because fewer raters than minimumRaters answered it. For them, items and groups also omit min, max and per-level counts." });

export const PerspectiveResultSchema = z
  .strictObject({ perspective: PerspectiveKindSchema, aggregate: z.unknown().meta({ description: 'An sos-kit AggregateResult (schemas/aggregate.schema.json); for state viewers, with suppressed cells left out.' }), suppressed: SuppressionSchema.optional() })
  .meta({ id: 'PerspectiveResult' });

export const ResultsSchema = z
  .strictObject({ collectionId: z.string(), framework: z.strictObject({ id: z.string(), version: z.string() }), level: SystemLevelSchema, results: z.array(PerspectiveResultSchema) })
  .meta({ id: 'Results' });

export const RollupSchema = z
  .strictObject({
    by: z.enum(['county', 'school-year', 'level']),
    rollups: z.array(
      z.strictObject({ key: z.string(), framework: z.strictObject({ id: z.string(), version: z.string() }), level: SystemLevelSchema, perspective: PerspectiveKindSchema, collections: z.number().int(), aggregate: z.unknown(), suppressed: SuppressionSchema.optional() }),
    ),
  })
  .meta({ id: 'Rollups' });

export const AuditEventSchema = z
  .strictObject({ id: z.number().int(), at: z.string(), actor: z.string(), action: z.string(), county: z.string().optional(), collectionId: z.string().optional(), target: z.string().optional(), detail: z.unknown().optional() })
  .meta({ id: 'AuditEvent' });

export const HealthSchema = z.strictObject({ status: z.literal('ok'), engine: z.enum(['pglite', 'postgres']), schemaVersion: z.number().int() }).meta({ id: 'Health' });

/** Core's document schemas, referenced from the API document. */
export const PlanVersionSchema = z
  .strictObject({ version: z.number().int().min(1), savedAt: z.string(), savedBy: z.string().meta({ description: 'The saving key, as in the audit trail (key:<id>).' }) })
  .meta({ id: 'PlanVersion' });

export const StoredPlanSchema = z
  .strictObject({
    id: z.string(),
    collectionId: z.string(),
    version: z.number().int().min(1).meta({ description: 'The version in `document`; also the ETag.' }),
    latestVersion: z.number().int().min(1),
    createdAt: z.string(),
    savedAt: z.string(),
    savedBy: z.string(),
    document: ImprovementPlanSchema,
  })
  .meta({ id: 'StoredPlan', description: 'An improvement plan stored with its collection. Saving makes a new version; earlier versions are kept.' });

export const PlanWithHistorySchema = StoredPlanSchema.extend({ versions: z.array(PlanVersionSchema) }).meta({ id: 'PlanWithHistory' });

export const CORE_SCHEMAS = { Assessment: AssessmentSchema, AggregateResult: AggregateResultSchema, GapReport: GapReportSchema, ImprovementPlan: ImprovementPlanSchema } as const;
