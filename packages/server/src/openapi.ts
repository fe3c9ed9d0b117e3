/**
 * The OpenAPI 3.1 document of the HTTP API, built from the zod schemas the server validates
 * with (`schemas.ts`, and core's document schemas). `npm run openapi` writes it to
 * schemas/openapi.json; the server suite fails when the committed file differs.
 */
import * as z from 'zod';
import { API_PATHS } from './app.js';
import * as S from './schemas.js';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const csvToo = (schema: object, description: string) => ({ description, content: { 'application/json': { schema }, 'text/csv': { schema: { type: 'string' } } } });
const error = (description: string) => json(ref('Error'), description);
const bearer = [{ apiKey: [] }];
const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, schema, description });
const format = query('format', 'json (default) or csv; `Accept: text/csv` works too', { type: 'string', enum: ['json', 'csv'] });
/** An answer that asks the client to wait: `Retry-After` says how many seconds. */
const retryLater = (description: string) => ({
  ...error(description),
  headers: { 'Retry-After': { description: 'Seconds to wait before sending the same request again', schema: { type: 'integer', minimum: 1 } } },
});
const COMMON = { '400': error('Malformed request (bad JSON, bad query value)'), '401': error('Missing, unknown or revoked API key'), '429': retryLater('Rate-limited; see Retry-After') };
/** Every route that reads or writes the database answers this while it cannot be reached. */
const UNAVAILABLE = retryLater('The database cannot be reached right now (a restart or failover); nothing was stored. Send the same request again after Retry-After seconds (with the same Idempotency-Key for a submission).');
const collectionId = pathParam('collectionId', 'Collection id');

/** Converts a path like `/v1/collections/:id` to OpenAPI's `/v1/collections/{id}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named: [string, z.ZodType][] = [
    ['NewCollection', S.NewCollectionSchema],
    ['CollectionChanges', S.CollectionChangesSchema],
    ['Collection', S.CollectionSchema],
    ['NewLink', S.NewLinkSchema],
    ['Link', S.LinkSchema],
    ['CreatedLink', S.CreatedLinkSchema],
    ['NewKey', S.NewKeySchema],
    ['Key', S.KeySchema],
    ['CreatedKey', S.CreatedKeySchema],
    ['Receipt', S.ReceiptSchema],
    ['Issue', S.IssueSchema],
    ['Error', S.ErrorSchema],
    ['Submission', S.SubmissionSchema],
    ['SubmissionHistory', S.SubmissionHistorySchema],
    ['RespondentView', S.RespondentViewSchema],
    ['PerspectiveResult', S.PerspectiveResultSchema],
    ['Results', S.ResultsSchema],
    ['Rollups', S.RollupSchema],
    ['AuditEvent', S.AuditEventSchema],
    ['Health', S.HealthSchema],
    ['PlanVersion', S.PlanVersionSchema],
    ['StoredPlan', S.StoredPlanSchema],
    ['PlanWithHistory', S.PlanWithHistorySchema],
    ['ImprovementPlan', S.CORE_SCHEMAS.ImprovementPlan as unknown as z.ZodType],
    ['Assessment', S.CORE_SCHEMAS.Assessment as unknown as z.ZodType],
    ['AggregateResult', S.CORE_SCHEMAS.AggregateResult as unknown as z.ZodType],
    ['GapReport', S.CORE_SCHEMAS.GapReport as unknown as z.ZodType],
  ];
  for (const [id, schema] of named) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(generated.schemas).sort(([a], [b]) => a.localeCompare(b))) {
    const { $schema: _s, $id: _i, id: _id, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return out;
}

/** A path's operations, each also answering 503. */
function withUnavailable(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).map(([key, operation]) => {
      if (key === 'parameters') return [key, operation];
      const { responses, ...rest } = operation as { responses: Record<string, unknown> };
      return [key, { ...rest, responses: { ...responses, '503': UNAVAILABLE } }];
    }),
  );
}

/** The API description, deterministic (no dates, no hosts) so it can be committed and compared. */
export function openApiDocument(): Record<string, unknown> {
  const P = API_PATHS;
  const paths: Record<string, Record<string, unknown>> = {
    [P.health]: { get: { summary: 'Liveness and database check', operationId: 'health', responses: { '200': json(ref('Health'), 'Up, with the database engine and schema version') } } },
    [P.openapi]: { get: { summary: 'This document', operationId: 'openapi', responses: { '200': { description: 'OpenAPI 3.1 document' } } } },
    [P.respond]: {
      parameters: [pathParam('token', 'The respondent link token (the only credential allowed in a URL)')],
      get: { summary: "A respondent's view: the collection, and their own submissions", operationId: 'respondentView', responses: { '200': json(ref('RespondentView'), 'The link is live'), '404': error('Unknown or withdrawn link'), '429': COMMON['429'] } },
      post: {
        summary: 'Submit (or resubmit) an assessment — the widget\'s `submit-url`',
        description: 'A resubmission by the same respondent is stored as a new version; the latest counts in results. Send `Idempotency-Key` to make retries safe: a retried POST returns the first receipt (with `Idempotent-Replayed: true`).',
        operationId: 'submit',
        parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 1, maxLength: 200 } }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('Assessment') } } },
        responses: {
          '201': json(ref('Receipt'), 'Stored'),
          '400': error('Not JSON, or a malformed Idempotency-Key'),
          '404': error('Unknown or withdrawn link'),
          '409': error('The collection is closed or past its deadline'),
          '413': error('Body over the limit (1 MB by default)'),
          '415': error('Not application/json'),
          '422': json(ref('Error'), 'The assessment is invalid or not for this collection; `issues` lists each problem with its JSON path'),
          '429': COMMON['429'],
        },
      },
      options: { summary: 'CORS preflight; allowed for the collection\'s allowedOrigins', operationId: 'respondPreflight', responses: { '204': { description: 'Allowed' }, '403': error('Origin not allowed'), '404': error('Unknown or withdrawn link'), '429': COMMON['429'] } },
    },
    [P.collections]: {
      post: { summary: 'Create a collection (county admin)', operationId: 'createCollection', security: bearer, requestBody: { required: true, content: { 'application/json': { schema: ref('NewCollection') } } }, responses: { '201': json(ref('Collection'), 'Created'), ...COMMON, '403': error('Not a county admin, or another county'), '413': error('Too large'), '415': error('Not JSON'), '422': error('Invalid body') } },
      get: { summary: 'Collections the key may see', operationId: 'listCollections', security: bearer, parameters: [query('county', 'Filter (state viewers)'), query('schoolYear', 'Filter, e.g. 2025-26'), query('level', 'Filter by level')], responses: { '200': json({ type: 'object', properties: { collections: { type: 'array', items: ref('Collection') } }, required: ['collections'] }, 'Collections'), ...COMMON } },
    },
    [P.collection]: {
      parameters: [collectionId],
      get: { summary: 'One collection', operationId: 'getCollection', security: bearer, responses: { '200': json(ref('Collection'), 'The collection'), ...COMMON, '404': error('Unknown, or outside the key\'s scope') } },
      patch: { summary: 'Open/close, deadline, title, allowed origins (owner, county admin)', operationId: 'updateCollection', security: bearer, requestBody: { required: true, content: { 'application/json': { schema: ref('CollectionChanges') } } }, responses: { '200': json(ref('Collection'), 'Updated'), ...COMMON, '403': error('State viewers cannot change collections'), '404': error('Not found'), '415': error('Not JSON'), '422': error('Invalid body') } },
    },
    [P.links]: {
      parameters: [collectionId],
      post: { summary: 'Create a respondent link (owner, county admin); the token is shown once', operationId: 'createLink', security: bearer, requestBody: { required: true, content: { 'application/json': { schema: ref('NewLink') } } }, responses: { '201': json(ref('CreatedLink'), 'Created'), ...COMMON, '403': error('Forbidden'), '404': error('Not found'), '415': error('Not JSON'), '422': error('Invalid body') } },
      get: { summary: 'Links of a collection, without tokens (owner, county admin)', operationId: 'listLinks', security: bearer, responses: { '200': json({ type: 'object', properties: { links: { type: 'array', items: ref('Link') } }, required: ['links'] }, 'Links'), ...COMMON, '403': error('Forbidden'), '404': error('Not found') } },
    },
    [P.link]: { parameters: [collectionId, pathParam('linkId', 'Link id')], delete: { summary: 'Withdraw a link (owner, county admin)', operationId: 'revokeLink', security: bearer, responses: { '200': json(ref('Link'), 'Withdrawn'), ...COMMON, '403': error('Forbidden'), '404': error('Not found') } } },
    [P.submissions]: {
      parameters: [collectionId],
      get: { summary: 'Raw responses incl. evidence: latest versions, or every version with history=true (owner, county admin)', operationId: 'listSubmissions', security: bearer, parameters: [query('history', 'true for every version', { type: 'string', enum: ['true', 'false'] }), format], responses: { '200': csvToo({ type: 'object', properties: { submissions: { type: 'array', items: ref('Submission') } }, required: ['submissions'] }, 'Submissions (CSV: core\'s assessment CSV)'), ...COMMON, '403': error('State viewers never see raw responses'), '404': error('Not found') } },
    },
    [P.submission]: { parameters: [collectionId, pathParam('submissionId', 'Submission id')], get: { summary: 'Every version of one submission (owner, county admin)', operationId: 'getSubmission', security: bearer, responses: { '200': json(ref('SubmissionHistory'), 'History'), ...COMMON, '403': error('Forbidden'), '404': error('Not found') } } },
    [P.results]: {
      parameters: [collectionId],
      get: { summary: 'Team results per perspective, from the stored aggregate state (all roles; state viewers get suppressed cells)', operationId: 'getResults', security: bearer, parameters: [format, query('perspective', 'For CSV: which perspective', { type: 'string', enum: ['self', 'partner'] })], responses: { '200': csvToo(ref('Results'), 'Results (CSV: core\'s aggregate CSV)'), ...COMMON, '403': error('CSV is not offered to state viewers'), '404': error('Not found') } },
    },
    [P.gaps]: {
      parameters: [collectionId],
      get: { summary: 'Gap report: self vs partner, or current vs target (owner, county admin)', operationId: 'getGaps', security: bearer, parameters: [query('comparison', 'Which comparison', { type: 'string', enum: ['self-vs-partner', 'current-vs-target'] }), query('defaultTarget', 'Target where an assessment sets none', { type: 'number' }), query('lang', "Language of the sides' names, and of the rows' in CSV (default en; JSON rows carry both languages)", { type: 'string', enum: ['en', 'es'] }), format], responses: { '200': csvToo(ref('GapReport'), 'Gap report'), ...COMMON, '403': error('Forbidden'), '404': error('Not found'), '409': error('A side has no submissions yet') } },
    },
    [P.plans]: {
      parameters: [collectionId],
      post: {
        summary: 'Store a new improvement plan with the collection, as its version 1 (owner, county admin)',
        description: "Validated with core's improvement-plan schema against the collection's framework; its level, organisation and school year, where given, must be the collection's.",
        operationId: 'createPlan',
        security: bearer,
        requestBody: { required: true, content: { 'application/json': { schema: ref('ImprovementPlan') } } },
        responses: { '201': json(ref('StoredPlan'), 'Stored; `Location` is the plan, `ETag` its version'), ...COMMON, '403': error('State viewers never see plans'), '404': error('Not found'), '413': error('Too large'), '415': error('Not JSON'), '422': json(ref('Error'), 'The plan is invalid or not for this collection; `issues` lists each problem with its JSON path') },
      },
      get: { summary: 'The latest version of every plan of the collection (owner, county admin)', operationId: 'listPlans', security: bearer, responses: { '200': json({ type: 'object', properties: { plans: { type: 'array', items: ref('StoredPlan') } }, required: ['plans'] }, 'Plans, oldest first'), ...COMMON, '403': error('State viewers never see plans'), '404': error('Not found') } },
    },
    [P.plan]: {
      parameters: [collectionId, pathParam('planId', 'Plan id')],
      get: {
        summary: 'One plan: its latest version, or an earlier one with version=N, and every version\'s receipt (owner, county admin)',
        operationId: 'getPlan',
        security: bearer,
        parameters: [query('version', 'An earlier version (1, 2, …); default the latest', { type: 'integer', minimum: 1 })],
        responses: { '200': json(ref('PlanWithHistory'), 'The plan; `ETag` is the version shown'), ...COMMON, '403': error('State viewers never see plans'), '404': error('No such plan or version') },
      },
      put: {
        summary: 'Save a plan as its next version; earlier versions are kept (owner, county admin)',
        description: 'Send `If-Match` with the ETag of the version you edited: when someone saved a newer version meanwhile the save is refused with 412 and nothing is stored, so no one\'s work is replaced unseen.',
        operationId: 'savePlan',
        security: bearer,
        parameters: [{ name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag (version) you edited, e.g. "3"' }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('ImprovementPlan') } } },
        responses: { '200': json(ref('StoredPlan'), 'Saved as a new version'), ...COMMON, '403': error('State viewers never see plans'), '404': error('Not found'), '412': error('A newer version was saved meanwhile'), '413': error('Too large'), '415': error('Not JSON'), '422': json(ref('Error'), 'The plan is invalid or not for this collection') },
      },
    },
    [P.keys]: {
      post: { summary: 'Create an owner key for a collection, or another county admin key (county admin); shown once', operationId: 'createKey', security: bearer, requestBody: { required: true, content: { 'application/json': { schema: ref('NewKey') } } }, responses: { '201': json(ref('CreatedKey'), 'Created'), ...COMMON, '403': error('Not a county admin'), '404': error('Collection not in your county'), '415': error('Not JSON'), '422': error('Invalid body') } },
      get: { summary: 'Keys the caller may manage (never the secrets)', operationId: 'listKeys', security: bearer, responses: { '200': json({ type: 'object', properties: { keys: { type: 'array', items: ref('Key') } }, required: ['keys'] }, 'Keys'), ...COMMON } },
    },
    [P.key]: { parameters: [pathParam('keyId', 'Key id')], delete: { summary: 'Revoke a key: your own, or (county admin) any of your county', operationId: 'revokeKey', security: bearer, responses: { '200': json(ref('Key'), 'Revoked'), ...COMMON, '404': error('Not found') } } },
    [P.rollups]: {
      get: { summary: 'Aggregates merged across collections by county, school year or level (county admin: own county; state viewer: all, suppressed)', operationId: 'getRollups', security: bearer, parameters: [query('by', 'Grouping', { type: 'string', enum: ['county', 'school-year', 'level'] }), query('county', 'Filter'), query('schoolYear', 'Filter'), query('level', 'Filter')], responses: { '200': json(ref('Rollups'), 'Rollups'), ...COMMON, '403': error('Owners see their collection\'s results instead') } },
    },
    [P.audit]: {
      get: { summary: 'Audit trail, newest first (county admin: county; owner: collection)', operationId: 'getAudit', security: bearer, parameters: [query('collectionId', 'Filter'), query('limit', '1–1000, default 100', { type: 'integer' }), query('before', 'Page: events older than this id', { type: 'integer' })], responses: { '200': json({ type: 'object', properties: { events: { type: 'array', items: ref('AuditEvent') } }, required: ['events'] }, 'Events'), ...COMMON, '403': error('State viewers have no audit access') } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'sos-kit collection service',
      version: '1.0.0',
      description:
        'Collects Statewide System of Support self-assessments and partner ratings through respondent links, and gives collection owners, county admins and state viewers their results. Every error is JSON: `{error, message, issues?}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: Object.fromEntries(Object.entries(paths).map(([path, item]) => [openApiPath(path), path === P.openapi ? item : withUnavailable(item)])),
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (sosk_…) created by `sos-kit-server keys create` or POST /v1/keys' } },
      schemas: componentSchemas(),
    },
  };
}
