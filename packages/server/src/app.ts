/**
 * The HTTP API (Hono). Every route is declared once in `ROUTES`, which also gives the 405
 * answers (with `Allow`) and the OpenAPI document's paths. Bad input of any kind ends in a 4xx
 * with a JSON body naming the problem; only a fault of the server itself is a 500.
 */
import {
  aggregateToCsv,
  analyzeGaps,
  assessmentsToCsv,
  formatJsonPath,
  gapReportToCsv,
  mergeAggregateStates,
  safeParseAssessment,
  safeParseImprovementPlan,
  summarizeAggregate,
  type AggregateResult,
  type AggregateState,
  type Assessment,
  type Framework,
  type ImprovementPlan,
} from '@sos-kit/core';
import { Hono, type Context } from 'hono';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyLimit } from 'hono/body-limit';
import type * as z from 'zod';
import {
  CollectionChangesSchema,
  NewCollectionSchema,
  NewKeySchema,
  NewLinkSchema,
} from './schemas.js';
import { databaseUnreachable } from './db.js';
import { RateLimiter } from './rate-limit.js';
import { RequestError, type Collection, type PerspectiveKind, type Principal, type RespondentLink, type Store } from './store.js';
import { sha256Hex } from './tokens.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Largest request body accepted, in bytes (default 1 MB). */
  bodyLimit?: number;
  /** Requests per client address per minute (default 1,200); 0 turns the limit off. */
  requestsPerMinute?: number;
  /** Failed key or link checks per client address per minute before 429 (default 30); 0 turns the limit off. */
  authFailuresPerMinute?: number;
  /** Use the first `X-Forwarded-For` address as the client's (only behind a trusted proxy). */
  trustProxy?: boolean;
  /** Fewest raters a cell needs before a state viewer sees it (default 3). */
  minimumRaters?: number;
}

type Env = { Variables: { principal: Principal } };
type Ctx = Context<Env>;

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000',
  'cross-origin-opener-policy': 'same-origin',
};

export const API_PATHS = {
  health: '/healthz',
  openapi: '/openapi.json',
  respond: '/v1/respond/:token',
  collections: '/v1/collections',
  collection: '/v1/collections/:collectionId',
  links: '/v1/collections/:collectionId/links',
  link: '/v1/collections/:collectionId/links/:linkId',
  submissions: '/v1/collections/:collectionId/submissions',
  submission: '/v1/collections/:collectionId/submissions/:submissionId',
  results: '/v1/collections/:collectionId/results',
  gaps: '/v1/collections/:collectionId/gaps',
  plans: '/v1/collections/:collectionId/plans',
  plan: '/v1/collections/:collectionId/plans/:planId',
  keys: '/v1/keys',
  key: '/v1/keys/:keyId',
  rollups: '/v1/rollups',
  audit: '/v1/audit',
} as const;

function fail(status: RequestError['status'], code: string, message: string, issues?: { jsonPath: string; message: string }[]): never {
  throw new RequestError(status, code, message, issues);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where a value holds text PostgreSQL cannot store: the NUL character, or half of a UTF-16
 * surrogate pair (both are valid in JSON and JavaScript strings).
 */
export function unstorableText(value: unknown, path: (string | number)[] = []): { jsonPath: string; message: string; code: string }[] {
  const problems: { jsonPath: string; message: string; code: string }[] = [];
  const visit = (v: unknown, at: (string | number)[]) => {
    if (problems.length >= 20) return;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) problems.push({ jsonPath: formatJsonPath(at), message: 'contains a NUL character (\\u0000), which cannot be stored', code: 'unstorable_text' });
      else if (LONE_SURROGATE.test(v)) problems.push({ jsonPath: formatJsonPath(at), message: 'contains half of a UTF-16 surrogate pair, which is not text', code: 'unstorable_text' });
    } else if (Array.isArray(v)) v.forEach((item, i) => visit(item, [...at, i]));
    else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        visit(key, [...at, key]);
        visit(item, [...at, key]);
      }
    }
  };
  visit(value, path);
  return problems;
}

/**
 * False when JSON text cannot hold text PostgreSQL refuses, so the walk of the parsed value can be
 * skipped: in JSON, a NUL or half a surrogate pair can only be written as a `\u` escape (control
 * characters must be escaped, and decoding UTF-8 never yields a lone surrogate). True may be a
 * false alarm (an escaped backslash before "u0000"); the walk then decides.
 */
export function mayHoldUnstorableText(json: string): boolean {
  return /\\u(?:0000|[dD][89a-fA-F])/.test(json);
}

function zodIssues(error: z.ZodError): { jsonPath: string; message: string; code: string }[] {
  return error.issues.map((i) => ({ jsonPath: formatJsonPath(i.path as (string | number)[]), message: i.message, code: i.code }));
}

async function readJson<T>(c: Ctx, schema: z.ZodType<T>): Promise<T> {
  const text = await bodyText(c);
  let value: unknown;
  try {
    value = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (error) {
    fail(400, 'invalid_json', 'the body is not valid JSON', [{ jsonPath: '$', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
  if (value === undefined) fail(400, 'empty_body', 'the request needs a JSON body', [{ jsonPath: '$', message: 'is empty; expected a JSON object' }]);
  const unstorable = unstorableText(value);
  if (unstorable.length > 0) fail(422, 'invalid_request', 'the request body has text that cannot be stored', unstorable);
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(422, 'invalid_request', 'the request body does not fit the API', zodIssues(parsed.error));
  return parsed.data;
}

async function bodyText(c: Ctx): Promise<string> {
  requireJson(c.req.header('content-type'));
  return c.req.text();
}

function requireJson(contentType: string | undefined): void {
  const type = contentType ?? '';
  if (!JSON_TYPE.test(type)) fail(415, 'unsupported_media_type', `send JSON with "Content-Type: application/json"${type ? `, not "${type.slice(0, 80)}"` : ''}`);
}

/** An answer of the API: written by Hono, or by the submission path straight to Node's response. */
interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** Seconds a client is asked to wait while the database cannot be reached (a restart or failover takes about this long). */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** What a request that failed gets: a 4xx naming the problem it made, a 503 while the database cannot be reached, or a 500 for a fault of the server. */
function errorAnswer(error: unknown): Answer {
  if (error instanceof RequestError) {
    return {
      status: error.status,
      body: { error: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
      headers: error.retryAfter === undefined ? {} : { 'retry-after': String(error.retryAfter) },
    };
  }
  const message = (error as { message?: unknown } | undefined)?.message;
  // PostgreSQL's "data exception" class: a value from the request it cannot store or compare
  // (a NUL character, an out-of-range date …). The request is at fault, not the server.
  const sqlState = (error as { code?: unknown } | undefined)?.code;
  if (typeof sqlState === 'string' && sqlState.startsWith('22')) {
    return { status: 400, body: { error: 'unstorable_value', message: `a value in the request cannot be stored: ${String(message)}` }, headers: {} };
  }
  if (databaseUnreachable(error)) {
    // Down, restarting or failing over: the same request can succeed shortly. One log line, not
    // a stack trace for every request while it lasts.
    console.error(`sos-kit-server: the database cannot be reached (${String(message)}); answering 503`);
    return {
      status: 503,
      body: { error: 'database_unavailable', message: 'the database cannot be reached right now; nothing was stored. Try again shortly.' },
      headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  const status = (error as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, body: { error: 'bad_request', message: (typeof message === 'string' && message) || 'bad request' }, headers: {} };
  console.error('sos-kit-server: unexpected error', error);
  return { status: 500, body: { error: 'internal', message: 'the server failed; the request was not completed' }, headers: {} };
}

const tooManyAnswer = (retryAfter: number): Answer => ({
  status: 429,
  body: { error: 'rate_limited', message: `too many requests; try again in ${retryAfter} s` },
  headers: { 'retry-after': String(retryAfter) },
});

/** A respondent's POST, as the submission path needs it from whichever server read it. */
interface SubmissionRequest {
  client: string;
  token: string;
  /** A request header (lower-case name). */
  header(name: string): string | undefined;
  /** The body as text (asked for once the link is found and the headers are checked, as on every route). */
  text(): Promise<string>;
}

/** The service: its Hono app, and the submission path served straight from Node. */
export interface Api {
  app: Hono<Env>;
  /**
   * Serves a respondent's POST with a declared body length straight from Node's request and
   * response, and returns true; returns false (having touched nothing) for any other request,
   * which then goes to `app`. The answers are the app's: same checks, limits, headers and bodies.
   */
  serveSubmission(request: IncomingMessage, response: ServerResponse): boolean;
}

function wantsCsv(c: Ctx): boolean {
  const format = c.req.query('format');
  if (format === 'csv') return true;
  if (format !== undefined && format !== 'json') fail(400, 'invalid_query', 'format must be "json" or "csv"', [{ jsonPath: '$.format', message: `is "${format.slice(0, 40)}"; expected "json" or "csv"` }]);
  const accept = c.req.header('accept') ?? '';
  return /text\/csv/i.test(accept) && !/application\/json/i.test(accept);
}

function csv(c: Ctx, text: string, name: string): Response {
  return c.body(text, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}.csv"` });
}

/** What a state viewer may see of an aggregate: no cell with fewer than `min` raters, no extremes or per-level counts. */
export function suppressForViewer(result: AggregateResult, min: number): { aggregate: unknown; suppressed: { minimumRaters: number; items: string[]; groups: string[]; overall: boolean } } {
  const suppressed = { minimumRaters: min, items: [] as string[], groups: [] as string[], overall: false };
  const strip = <T extends { n: number }>(cell: T, keep: (keyof T)[]) => Object.fromEntries(keep.filter((k) => k in cell).map((k) => [k, cell[k]]));
  const items = result.items.filter((item) => (item.n >= min ? true : (suppressed.items.push(item.id), false))).map((item) => strip(item, ['id', 'groupId', 'section', 'n', 'mean', 'median', 'sd', 'agreement']));
  const groups = result.groups.filter((group) => (group.n >= min ? true : (suppressed.groups.push(group.id), false))).map((group) => strip(group, ['id', 'kind', 'section', 'n', 'mean', 'median', 'sd', 'agreement']));
  suppressed.overall = result.overall.n < min;
  const overall = suppressed.overall ? {} : strip(result.overall, ['n', 'mean', 'median', 'sd', 'agreement']);
  const { items: _i, groups: _g, overall: _o, respondents, ...rest } = result;
  return { aggregate: { ...rest, respondents: respondents >= min ? respondents : undefined, items, groups, overall }, suppressed };
}

/** Builds the service's request handler on a store. */
export function createApp(store: Store, options: AppOptions = {}): Hono<Env> {
  return createApi(store, options).app;
}

/** The respondent's submission route as Node sees it (tokens are base64url after their prefix). */
const SUBMISSION_URL = /^\/v1\/respond\/([A-Za-z0-9_-]{1,300})$/;

/**
 * Builds the service on a store: the Hono app, and a path for respondents' submissions that skips
 * the conversion of Node's request and response to web ones and back (0.1–0.2 ms of the service's
 * thread per submission in a profile), sharing the app's rate limits.
 */
export function createApi(store: Store, options: AppOptions = {}): Api {
  const limit = options.bodyLimit ?? 1024 * 1024;
  const minimumRaters = options.minimumRaters ?? 3;
  const requests = new RateLimiter(options.requestsPerMinute ?? 1200, 60_000);
  const authFailures = new RateLimiter(options.authFailuresPerMinute ?? 30, 60_000);
  const app = new Hono<Env>();

  const clientAt = (forwardedFor: string | undefined, remoteAddress: string | undefined): string => {
    if (options.trustProxy) {
      const forwarded = forwardedFor?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return remoteAddress ?? 'unknown';
  };
  const clientOf = (c: Ctx): string =>
    clientAt(c.req.header('x-forwarded-for'), (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress);
  /**
   * The origin respondents reach the service at. Behind a load balancer that ends TLS the request
   * arrives as plain HTTP, so with trustProxy the balancer's X-Forwarded-Proto / X-Forwarded-Host
   * (first value of each, when well formed) say what the browser used; an https page could not
   * submit to an http link.
   */
  const publicOrigin = (c: Ctx): string => {
    const url = new URL(c.req.url);
    if (!options.trustProxy) return url.origin;
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
    return `${scheme}://${host && /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/.test(host) ? host : url.host}`;
  };
  const answer = (c: Ctx, { status, body, headers }: Answer) => c.json(body, status as never, headers);
  const tooMany = (c: Ctx, retryAfter: number) => answer(c, tooManyAnswer(retryAfter));

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.use('*', async (c, next) => {
    if (options.requestsPerMinute === 0) return next();
    const wait = requests.take(clientOf(c));
    if (wait > 0) return tooMany(c, wait);
    return next();
  });
  // The rest of an oversized body is not worth reading: either path finishes the connection after this answer.
  const tooLargeAnswer: Answer = { status: 413, body: { error: 'payload_too_large', message: `the body is larger than the limit of ${limit} bytes` }, headers: { connection: 'close' } };
  const tooLarge = (c: Ctx) => answer(c, tooLargeAnswer);
  const countedLimit = bodyLimit({ maxSize: limit, onError: tooLarge });
  app.use('*', async (c, next) => {
    // A body with a declared length is judged by its header, read from Node's request: asking
    // the web Request for its body (as Hono's bodyLimit does first) turns the Node stream into a
    // web stream (about 0.2 ms of CPU a request, measured on the submit route). Bodies without a length
    // (chunked), and requests that did not come through Node, are counted as they arrive.
    const headers = (c.env as { incoming?: { headers?: Record<string, string | string[] | undefined> } } | undefined)?.incoming?.headers;
    if (headers) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
      const length = headers['content-length'];
      if (typeof length === 'string' && headers['transfer-encoding'] === undefined) return Number.parseInt(length, 10) > limit ? tooLarge(c) : next();
    }
    return countedLimit(c, next);
  });
  // An answer given before the body was read (401, 404, 415 …) still reads it (within the limit
  // above), so the connection stays in step for the client's next request. (bodyUsed first: a
  // body read directly from Node's stream is "used", and asking for .body would build a stream.)
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 413 && !c.req.raw.bodyUsed && c.req.raw.body) {
      await c.req.raw.arrayBuffer().catch(() => undefined);
    }
  });

  app.onError((error, c) => answer(c, errorAnswer(error)));
  app.notFound((c) => c.json({ error: 'not_found', message: 'no such route' }, 404));

  /** Resolves the API key; answers 401 (or 429 after repeated failures). */
  const authenticated = async (c: Ctx, next: () => Promise<void>) => {
    const client = clientOf(c);
    const wait = options.authFailuresPerMinute === 0 ? 0 : authFailures.blocked(client);
    if (wait > 0) return tooMany(c, wait);
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([\x21-\x7e]{1,300})$/i.exec(header);
    const principal = match ? await store.authenticate(match[1]!) : undefined;
    if (!principal) {
      authFailures.take(client);
      c.header('www-authenticate', 'Bearer realm="sos-kit"');
      return c.json({ error: 'unauthorized', message: header ? 'the API key is unknown or revoked' : 'send an API key as "Authorization: Bearer <key>"' }, 401);
    }
    c.set('principal', principal);
    return next();
  };

  /** The collection in the URL, if the caller may see it at all (404 otherwise, so ids do not leak). */
  const visibleCollection = async (c: Ctx): Promise<Collection> => {
    const principal = c.get('principal');
    const collection = await store.collection(c.req.param('collectionId') ?? '');
    const visible =
      collection &&
      (principal.role === 'state-viewer' || (principal.role === 'county-admin' && principal.county === collection.county) || (principal.role === 'owner' && principal.collectionId === collection.id));
    if (!visible) fail(404, 'not_found', 'no such collection');
    return collection;
  };
  const managedCollection = async (c: Ctx): Promise<Collection> => {
    const collection = await visibleCollection(c);
    if (c.get('principal').role === 'state-viewer') fail(403, 'forbidden', 'state viewers see aggregates only');
    return collection;
  };
  const requireRole = (c: Ctx, ...roles: Principal['role'][]) => {
    if (!roles.includes(c.get('principal').role)) fail(403, 'forbidden', `this needs a ${roles.join(' or ')} key`);
  };

  const allowed = new Map<string, Set<string>>();
  const route = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS', path: string, ...handlers: ((c: Ctx, next: () => Promise<void>) => unknown)[]) => {
    if (!allowed.has(path)) allowed.set(path, new Set());
    allowed.get(path)!.add(method);
    if (method === 'GET') allowed.get(path)!.add('HEAD');
    (app.on as unknown as (m: string, p: string, ...h: unknown[]) => void)(method, path, ...handlers);
  };

  // ---------------------------------------------------------------------------------- public
  route('GET', API_PATHS.health, async (c) => {
    const [row] = await store.db.query<{ version: number }>(`SELECT max(version) AS version FROM sos_schema_migrations`);
    return c.json({ status: 'ok', engine: store.db.engine, schemaVersion: row?.version ?? 0 });
  });
  route('GET', API_PATHS.openapi, async (c) => {
    const { openApiDocument } = await import('./openapi.js');
    return c.json(openApiDocument());
  });

  // ------------------------------------------------------------------------------ respondents
  const linkAt = async (client: string, token: string, lookup: { recent?: boolean } = {}) => {
    const wait = options.authFailuresPerMinute === 0 ? 0 : authFailures.blocked(client);
    if (wait > 0) throw new RequestError(429, 'rate_limited', `too many unknown links from this address; try again in ${wait} s`, undefined, wait);
    const found = await store.linkByToken(token, lookup);
    if (!found) {
      authFailures.take(client);
      fail(404, 'not_found', 'this link is unknown or was withdrawn; ask whoever sent it for a new one');
    }
    return found;
  };
  const linkFor = (c: Ctx) => linkAt(clientOf(c), c.req.param('token') ?? '');
  const corsHeaders = (origin: string | undefined, collection: Collection): Record<string, string> =>
    origin && collection.allowedOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  const cors = (c: Ctx, collection: Collection) => {
    for (const [name, value] of Object.entries(corsHeaders(c.req.header('origin'), collection))) c.header(name, value);
  };

  /** A respondent's submission: 201 with the receipt, or the answer that says why not. */
  const submission = async (request: SubmissionRequest): Promise<Answer> => {
    // A recent lookup will do: the store checks again that the link is live and the collection open.
    const { link, collection } = await linkAt(request.client, request.token, { recent: true });
    const headers = corsHeaders(request.header('origin'), collection);
    try {
      return await storeSubmission(request, link, collection, headers);
    } catch (error) {
      // A refusal still carries the CORS headers, so the respondent's page can read why.
      const refused = errorAnswer(error);
      return { ...refused, headers: { ...headers, ...refused.headers } };
    }
  };
  const storeSubmission = async (request: SubmissionRequest, link: RespondentLink, collection: Collection, headers: Record<string, string>): Promise<Answer> => {
    const idempotencyKey = request.header('idempotency-key');
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      fail(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1–200 visible ASCII characters');
    }
    requireJson(request.header('content-type'));
    const text = await request.text();
    const framework = await store.framework(collection.framework);
    const parsed = safeParseAssessment(text, framework);
    if (!parsed.success) {
      const invalidJson = parsed.issues.some((i) => i.code === 'invalid_json');
      const issues = parsed.issues.map(({ jsonPath, message, code }) => ({ jsonPath, message, code }));
      return { status: invalidJson ? 400 : 422, body: { error: invalidJson ? 'invalid_json' : 'invalid_assessment', message: invalidJson ? 'the body is not valid JSON' : 'the assessment has problems', issues }, headers };
    }
    const document = parsed.data;
    const problems = [...(mayHoldUnstorableText(text) ? unstorableText(document) : []), ...fitsCollection(document, collection, link.perspective)];
    if (problems.length > 0) return { status: 422, body: { error: 'invalid_assessment', message: 'the assessment does not belong to this collection', issues: problems }, headers };
    const outcome = await store.submit({ link, collection, framework, document, idempotencyKey, requestHash: sha256Hex(text) });
    if (outcome.kind === 'closed') {
      return { status: 409, body: { error: 'collection_closed', message: outcome.reason === 'deadline' ? 'the deadline of this collection has passed' : 'this collection is closed to new submissions' }, headers };
    }
    if (outcome.kind === 'idempotency-conflict') {
      return { status: 422, body: { error: 'idempotency_key_reused', message: 'this Idempotency-Key was already used with a different document; use a new key for a new document' }, headers };
    }
    if (outcome.replayed) headers['idempotent-replayed'] = 'true';
    headers.location = API_PATHS.submission.replace(':collectionId', collection.id).replace(':submissionId', outcome.receipt.id);
    return { status: 201, body: outcome.receipt, headers };
  };
  route('OPTIONS', API_PATHS.respond, async (c) => {
    const { collection } = await linkFor(c);
    const origin = c.req.header('origin');
    if (!origin || !collection.allowedOrigins.includes(origin)) return c.json({ error: 'origin_not_allowed', message: 'this page may not submit to the collection; its owner can add the origin to allowedOrigins' }, 403);
    cors(c, collection);
    c.header('access-control-allow-methods', 'GET, POST');
    c.header('access-control-allow-headers', 'content-type, idempotency-key');
    c.header('access-control-max-age', '600');
    return c.body(null, 204);
  });
  route('GET', API_PATHS.respond, async (c) => {
    const { link, collection } = await linkFor(c);
    cors(c, collection);
    const mine = await store.submissions(collection.id, { linkId: link.id });
    return c.json({
      collection: {
        title: collection.title,
        framework: collection.framework,
        level: collection.level,
        subject: collection.subject,
        ...(collection.schoolYear ? { schoolYear: collection.schoolYear } : {}),
        status: collection.status,
        ...(collection.deadline ? { deadline: collection.deadline } : {}),
      },
      perspective: link.perspective,
      ...(link.respondent ? { respondent: link.respondent } : {}),
      submissions: mine.map((s) => ({ id: s.id, version: s.version, receivedAt: s.receivedAt })),
    });
  });
  route('POST', API_PATHS.respond, async (c) =>
    answer(c, await submission({ client: clientOf(c), token: c.req.param('token') ?? '', header: (name) => c.req.header(name), text: () => c.req.text() })),
  );

  // ---------------------------------------------------------------------------- collections
  route('POST', API_PATHS.collections, authenticated, async (c) => {
    requireRole(c, 'county-admin');
    const principal = c.get('principal');
    const body = await readJson(c, NewCollectionSchema);
    const county = body.county ?? principal.county!;
    if (county !== principal.county) fail(403, 'forbidden', `this key administers ${principal.county}, not ${county}`);
    const created = await store.createCollection({ ...body, county }, principal);
    return c.json(created, 201);
  });
  route('GET', API_PATHS.collections, authenticated, async (c) => {
    const principal = c.get('principal');
    const filter = {
      county: principal.role === 'county-admin' ? principal.county : c.req.query('county'),
      id: principal.role === 'owner' ? principal.collectionId : undefined,
      schoolYear: c.req.query('schoolYear'),
      level: c.req.query('level'),
    };
    return c.json({ collections: await store.listCollections(filter) });
  });
  route('GET', API_PATHS.collection, authenticated, async (c) => c.json(await visibleCollection(c)));
  route('PATCH', API_PATHS.collection, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const changes = await readJson(c, CollectionChangesSchema);
    return c.json(await store.updateCollection(collection.id, changes, c.get('principal')));
  });

  route('POST', API_PATHS.links, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const body = await readJson(c, NewLinkSchema);
    const link = await store.createLink(collection, body, c.get('principal'));
    return c.json({ ...link, submitUrl: new URL(API_PATHS.respond.replace(':token', link.token), publicOrigin(c)).href }, 201);
  });
  route('GET', API_PATHS.links, authenticated, async (c) => {
    const collection = await managedCollection(c);
    return c.json({ links: await store.listLinks(collection.id) });
  });
  route('DELETE', API_PATHS.link, authenticated, async (c) => {
    const collection = await managedCollection(c);
    return c.json(await store.revokeLink(collection, c.req.param('linkId') ?? '', c.get('principal')));
  });

  route('GET', API_PATHS.submissions, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const history = c.req.query('history') === 'true';
    const list = await store.submissions(collection.id, { history });
    if (wantsCsv(c)) {
      const framework = await store.framework(collection.framework);
      return csv(c, assessmentsToCsv(list.map((s) => s.document), framework, { level: collection.level }), `submissions-${collection.id}`);
    }
    return c.json({ submissions: list });
  });
  route('GET', API_PATHS.submission, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const found = await store.submission(collection.id, c.req.param('submissionId') ?? '');
    if (!found) fail(404, 'not_found', 'no such submission in this collection');
    return c.json(found);
  });

  route('GET', API_PATHS.results, authenticated, async (c) => {
    const collection = await visibleCollection(c);
    const viewer = c.get('principal').role === 'state-viewer';
    const framework = await store.framework(collection.framework);
    const states = await store.states(collection.id);
    const results = collection.perspectives.map((perspective) => {
      const aggregate = summarizeAggregate(states.get(perspective)!, framework);
      return viewer ? { perspective, ...suppressForViewer(aggregate, minimumRaters) } : { perspective, aggregate };
    });
    if (wantsCsv(c)) {
      if (viewer) fail(403, 'forbidden', 'state viewers get results as JSON, where suppressed cells are marked');
      const wanted = (c.req.query('perspective') ?? collection.perspectives[0]) as PerspectiveKind;
      const chosen = results.find((r) => r.perspective === wanted);
      if (!chosen) fail(400, 'invalid_query', `perspective must be one of ${collection.perspectives.join(', ')}`);
      return csv(c, aggregateToCsv(chosen.aggregate as AggregateResult, framework), `results-${collection.id}-${wanted}`);
    }
    return c.json({ collectionId: collection.id, framework: collection.framework, level: collection.level, results });
  });
  route('GET', API_PATHS.gaps, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const lang = c.req.query('lang') ?? 'en';
    if (lang !== 'en' && lang !== 'es') fail(400, 'invalid_query', 'lang must be en or es', [{ jsonPath: '$.lang', message: `is "${lang.slice(0, 40)}"; expected "en" or "es"` }]);
    const framework = await store.framework(collection.framework);
    const comparison = c.req.query('comparison') ?? 'self-vs-partner';
    const latest = await store.submissions(collection.id);
    const side = (p: PerspectiveKind) => latest.filter((s) => s.perspective === p).map((s) => s.document);
    const report = gapsOf(framework, comparison, side('self'), side('partner'), c.req.query('defaultTarget'), lang);
    return wantsCsv(c) ? csv(c, gapReportToCsv(report, { lang }), `gaps-${collection.id}`) : c.json(report);
  });

  // --------------------------------------------------------------------------- improvement plans
  /** The body as an improvement plan that belongs to this collection, or a 4xx naming each problem. */
  const planBody = async (c: Ctx, collection: Collection): Promise<ImprovementPlan> => {
    const text = await bodyText(c);
    if (text.trim() === '') fail(400, 'empty_body', 'the request needs a JSON body', [{ jsonPath: '$', message: 'is empty; expected an improvement plan' }]);
    const framework = await store.framework(collection.framework);
    const parsed = safeParseImprovementPlan(text, framework);
    if (!parsed.success) {
      const invalidJson = parsed.issues.some((i) => i.code === 'invalid_json');
      const issues = parsed.issues.map(({ jsonPath, message, code }) => ({ jsonPath, message, code }));
      fail(invalidJson ? 400 : 422, invalidJson ? 'invalid_json' : 'invalid_plan', invalidJson ? 'the body is not valid JSON' : 'the improvement plan has problems', issues);
    }
    const problems = [...unstorableText(parsed.data), ...planFitsCollection(parsed.data, collection)];
    if (problems.length > 0) fail(422, 'invalid_plan', 'the improvement plan does not belong to this collection', problems);
    return parsed.data;
  };
  const planLocation = (collection: Collection, planId: string) => API_PATHS.plan.replace(':collectionId', collection.id).replace(':planId', planId);
  route('POST', API_PATHS.plans, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const plan = await store.createPlan(collection, await planBody(c, collection), c.get('principal'));
    c.header('location', planLocation(collection, plan.id));
    c.header('etag', `"${plan.version}"`);
    return c.json(plan, 201);
  });
  route('GET', API_PATHS.plans, authenticated, async (c) => {
    const collection = await managedCollection(c);
    return c.json({ plans: await store.plans(collection.id) });
  });
  route('GET', API_PATHS.plan, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const versionText = c.req.query('version');
    if (versionText !== undefined && !/^[1-9][0-9]{0,8}$/.test(versionText)) fail(400, 'invalid_query', 'version must be a whole number from 1', [{ jsonPath: '$.version', message: `is "${versionText.slice(0, 40)}"; expected 1, 2, 3 …` }]);
    const planId = c.req.param('planId') ?? '';
    const plan = await store.plan(collection.id, planId, versionText === undefined ? undefined : Number(versionText));
    if (!plan) fail(404, 'not_found', versionText === undefined ? 'no such plan in this collection' : `this collection has no version ${versionText} of that plan`);
    c.header('etag', `"${plan.version}"`);
    return c.json(plan);
  });
  route('PUT', API_PATHS.plan, authenticated, async (c) => {
    const collection = await managedCollection(c);
    const ifMatch = c.req.header('if-match');
    const match = ifMatch === undefined ? undefined : /^\s*(?:W\/)?"([1-9][0-9]{0,8})"\s*$/.exec(ifMatch);
    if (match === null) fail(400, 'invalid_header', 'If-Match must be the ETag of the version you edited, e.g. "3"', [{ jsonPath: '$.If-Match', message: `is ${JSON.stringify(ifMatch!.slice(0, 40))}; expected a quoted version number such as "3"` }]);
    const document = await planBody(c, collection);
    const plan = await store.savePlanVersion(collection, c.req.param('planId') ?? '', document, match ? Number(match[1]) : undefined, c.get('principal'));
    c.header('etag', `"${plan.version}"`);
    return c.json(plan);
  });

  // ------------------------------------------------------------------------------------ keys
  route('POST', API_PATHS.keys, authenticated, async (c) => {
    requireRole(c, 'county-admin');
    const principal = c.get('principal');
    const body = await readJson(c, NewKeySchema);
    if (body.role === 'owner') {
      if (!body.collectionId) fail(422, 'invalid_request', 'an owner key needs a collection', [{ jsonPath: '$.collectionId', message: 'is required for an owner key' }]);
      const collection = await store.collection(body.collectionId);
      if (!collection || collection.county !== principal.county) fail(404, 'not_found', 'no such collection in your county');
    }
    const created = await store.createKey({ role: body.role, county: principal.county, collectionId: body.collectionId, label: body.label }, principal);
    return c.json(created, 201);
  });
  route('GET', API_PATHS.keys, authenticated, async (c) => {
    const principal = c.get('principal');
    if (principal.role === 'state-viewer') return c.json({ keys: await store.listKeys({ keyId: principal.keyId }) });
    return c.json({ keys: await store.listKeys(principal.role === 'owner' ? { keyId: principal.keyId } : { county: principal.county }) });
  });
  route('DELETE', API_PATHS.key, authenticated, async (c) => {
    const principal = c.get('principal');
    const key = await store.key(c.req.param('keyId') ?? '');
    // Anyone may revoke their own key (a leaked key should be killable by whoever holds it); a county admin, the keys of their county.
    const may = key && (key.id === principal.keyId || (principal.role === 'county-admin' && key.scopeCounty === principal.county));
    if (!may) fail(404, 'not_found', 'no such key');
    return c.json(await store.revokeKey(key.id, principal));
  });

  // ------------------------------------------------------------------------ rollups and audit
  route('GET', API_PATHS.rollups, authenticated, async (c) => {
    const principal = c.get('principal');
    requireRole(c, 'county-admin', 'state-viewer');
    const by = c.req.query('by') ?? 'county';
    if (by !== 'county' && by !== 'school-year' && by !== 'level') fail(400, 'invalid_query', 'by must be county, school-year or level', [{ jsonPath: '$.by', message: `is "${by.slice(0, 40)}"; expected county, school-year or level` }]);
    const collections = await store.listCollections({
      county: principal.role === 'county-admin' ? principal.county : c.req.query('county'),
      schoolYear: c.req.query('schoolYear'),
      level: c.req.query('level'),
    });
    const byId = new Map(collections.map((col) => [col.id, col]));
    const groups = new Map<string, { key: string; framework: Collection['framework']; level: Collection['level']; perspective: PerspectiveKind; collections: number; state: AggregateState }>();
    for (const { collectionId, perspective, state } of await store.statesOf(collections.map((col) => col.id))) {
      const col = byId.get(collectionId)!;
      const key = by === 'county' ? col.county : by === 'school-year' ? (col.schoolYear ?? '(not set)') : col.level;
      const slot = JSON.stringify([key, col.framework.id, col.framework.version, col.level, perspective]);
      const existing = groups.get(slot);
      if (existing) {
        existing.state = mergeAggregateStates(existing.state, state);
        existing.collections++;
      } else groups.set(slot, { key, framework: col.framework, level: col.level, perspective, collections: 1, state });
    }
    const viewer = principal.role === 'state-viewer';
    const rollups = [];
    for (const group of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      const framework = await store.framework(group.framework);
      const aggregate = summarizeAggregate({ ...group.state, key: group.key }, framework);
      const { state: _state, ...rest } = group;
      rollups.push(viewer ? { ...rest, ...suppressForViewer(aggregate, minimumRaters) } : { ...rest, aggregate });
    }
    return c.json({ by, rollups });
  });
  route('GET', API_PATHS.audit, authenticated, async (c) => {
    const principal = c.get('principal');
    requireRole(c, 'county-admin', 'owner');
    const limitText = c.req.query('limit') ?? '100';
    const beforeText = c.req.query('before');
    if (!/^[0-9]{1,4}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 1000) fail(400, 'invalid_query', 'limit must be a whole number from 1 to 1000');
    if (beforeText !== undefined && !/^[0-9]{1,15}$/.test(beforeText)) fail(400, 'invalid_query', 'before must be an event id');
    const events = await store.auditEvents({
      county: principal.role === 'county-admin' ? principal.county : undefined,
      collectionId: principal.role === 'owner' ? principal.collectionId : c.req.query('collectionId'),
      limit: Number(limitText),
      before: beforeText === undefined ? undefined : Number(beforeText),
    });
    return c.json({ events });
  });

  // Known paths with another method: 405 with the methods that work.
  for (const [path, methods] of allowed) {
    app.all(path, (c) => {
      c.header('allow', [...methods].join(', '));
      return c.json({ error: 'method_not_allowed', message: `${c.req.method.slice(0, 20)} is not supported here; use ${[...methods].join(', ')}` }, 405);
    });
  }

  const write = (response: ServerResponse, { status, body, headers }: Answer) => {
    const json = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json), ...headers, ...SECURITY_HEADERS });
    response.end(json);
  };
  const serveSubmission = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (request.method !== 'POST') return false;
    const match = SUBMISSION_URL.exec(request.url ?? '');
    // Bodies without a declared length (chunked) are counted as they arrive by the app's limit.
    const length = request.headers['content-length'];
    if (!match || typeof length !== 'string' || request.headers['transfer-encoding'] !== undefined || !/^[0-9]{1,10}$/.test(length)) return false;
    const client = clientAt(request.headers['x-forwarded-for'] as string | undefined, request.socket.remoteAddress);
    const answered = (async (): Promise<Answer> => {
      // In the app's order: the rate limit, the body limit, then the route.
      const wait = options.requestsPerMinute === 0 ? 0 : requests.take(client);
      if (Number(length) > limit) {
        // Even a rate-limited answer closes the connection: the oversized body stays unread.
        response.setHeader('connection', 'close');
        return wait > 0 ? tooManyAnswer(wait) : tooLargeAnswer;
      }
      // Read whole (within the limit) before answering, so the connection stays in step for the client's next request.
      const body = await readBody(request);
      if (wait > 0) return tooManyAnswer(wait);
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value.join(', ') : value;
      };
      return submission({ client, token: match[1]!, header, text: async () => body });
    })();
    answered
      .then(
        (result) => write(response, result),
        (error: unknown) => (request.readableAborted || request.errored ? response.destroy() : write(response, errorAnswer(error))),
      )
      // Nothing left to tell a client whose connection broke while the answer was written.
      .catch(() => response.destroy());
    return true;
  };
  return { app, serveSubmission };
}

/** A request's body as text, decoded as a web Request's text() decodes it (UTF-8, a leading BOM dropped). */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Problems that make a valid assessment the wrong one for this collection and link. */
function fitsCollection(document: Assessment, collection: Collection, perspective: PerspectiveKind): { jsonPath: string; message: string; code: string }[] {
  const problems: { jsonPath: string; message: string; code: string }[] = [];
  const add = (jsonPath: string, code: string, message: string) => problems.push({ jsonPath, message, code });
  if (document.framework.id !== collection.framework.id) add('$.framework.id', 'framework_mismatch', `is "${document.framework.id}", but this collection uses "${collection.framework.id}"`);
  if (document.level !== collection.level) add('$.level', 'level_mismatch', `is "${document.level}", but this collection rates the "${collection.level}" level`);
  if (document.perspective.kind !== perspective) add('$.perspective.kind', 'perspective_mismatch', `is "${document.perspective.kind}", but this link collects ${perspective === 'self' ? 'self-assessments' : 'partner ratings'}`);
  const subject = collection.subject;
  const sameSubject = subject.id !== undefined && document.subject.id !== undefined ? subject.id === document.subject.id : subject.name === document.subject.name;
  if (!sameSubject) add('$.subject', 'subject_mismatch', `rates "${document.subject.name}", but this collection is about "${subject.name}"`);
  if (collection.schoolYear !== undefined && document.schoolYear !== undefined && document.schoolYear !== collection.schoolYear) {
    add('$.schoolYear', 'school_year_mismatch', `is "${document.schoolYear}", but this collection is for ${collection.schoolYear}`);
  }
  if (document.status !== 'submitted') add('$.status', 'not_submitted', `is "${document.status}"; only submitted assessments are collected`);
  return problems;
}

/** Problems that make a valid plan the wrong one for this collection (fields the plan leaves out are not checked). */
function planFitsCollection(plan: ImprovementPlan, collection: Collection): { jsonPath: string; message: string; code: string }[] {
  const problems: { jsonPath: string; message: string; code: string }[] = [];
  const add = (jsonPath: string, code: string, message: string) => problems.push({ jsonPath, message, code });
  if (plan.level !== undefined && plan.level !== collection.level) add('$.level', 'level_mismatch', `is "${plan.level}", but this collection rates the "${collection.level}" level`);
  const org = plan.organization;
  if (org) {
    const subject = collection.subject;
    const same = subject.id !== undefined && org.id !== undefined ? subject.id === org.id : subject.name === org.name;
    if (!same) add('$.organization', 'subject_mismatch', `is "${org.name}", but this collection is about "${subject.name}"`);
  }
  if (collection.schoolYear !== undefined && plan.schoolYear !== undefined && plan.schoolYear !== collection.schoolYear) {
    add('$.schoolYear', 'school_year_mismatch', `is "${plan.schoolYear}", but this collection is for ${collection.schoolYear}`);
  }
  return problems;
}

function gapsOf(framework: Framework, comparison: string, self: Assessment[], partner: Assessment[], defaultTarget: string | undefined, lang: 'en' | 'es') {
  if (comparison === 'self-vs-partner') {
    if (self.length === 0 || partner.length === 0) fail(409, 'insufficient_data', `a self-vs-partner comparison needs both sides; there are ${self.length} self and ${partner.length} partner submissions`);
    return analyzeGaps(framework, { comparison, self, partner }, { validated: true, lang });
  }
  if (comparison === 'current-vs-target') {
    if (self.length === 0) fail(409, 'insufficient_data', 'there are no self-assessments yet');
    const target = defaultTarget === undefined ? undefined : Number(defaultTarget);
    if (target !== undefined && !Number.isFinite(target)) fail(400, 'invalid_query', 'defaultTarget must be a number on the scale');
    return analyzeGaps(framework, { comparison, current: self, ...(target === undefined ? {} : { defaultTarget: target }) }, { validated: true, lang });
  }
  fail(400, 'invalid_query', 'comparison must be self-vs-partner or current-vs-target', [{ jsonPath: '$.comparison', message: `is "${comparison.slice(0, 40)}"` }]);
}
