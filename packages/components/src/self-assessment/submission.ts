/**
 * Sending an assessment to a collection service, and reading its answer.
 *
 * The service's contract: `POST <submit-url>` with the assessment JSON and an `Idempotency-Key`
 * header answers 201 `{ id, version, receivedAt }`; 409 when the collection is closed; 413 when
 * the body is too large; 422 `{ issues: [{ jsonPath, message }] }` when it rejects the content;
 * 429 with `Retry-After` when busy. A retry of the same submission reuses its key, so the
 * service can never store it twice.
 */

/** What the service returns for a stored submission. */
export interface SubmitReceipt {
  id?: string;
  version?: string | number;
  receivedAt?: string;
}

/** A problem the service found in the content, located by JSON path. */
export interface ServerIssue {
  jsonPath: string;
  message: string;
}

/** Why a submission was not stored, in categories the user can act on. */
export type SubmitFailure =
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'closed'; status: number }
  | { kind: 'too-large'; status: number }
  | { kind: 'busy'; status: number; retryAfterSeconds?: number }
  | { kind: 'rejected'; status: number; issues: ServerIssue[] }
  | { kind: 'server'; status: number }
  | { kind: 'unexpected'; status: number };

export type SubmitOutcome = { ok: true; receipt: SubmitReceipt } | { ok: false; failure: SubmitFailure };

/** A new key for one submission; retries of that submission reuse it. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Insecure contexts (plain http on a LAN address) have no randomUUID; getRandomValues still works.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Seconds to wait from a Retry-After header (delta seconds or an HTTP date), if it says. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const when = Date.parse(trimmed);
  return Number.isNaN(when) ? undefined : Math.max(0, Math.ceil((when - now) / 1000));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The issues of a 422 body, keeping only well-formed entries. */
export function serverIssues(body: unknown): ServerIssue[] {
  if (!isObject(body) || !Array.isArray(body.issues)) return [];
  return body.issues.flatMap((entry) =>
    isObject(entry) && typeof entry.message === 'string' ? [{ jsonPath: typeof entry.jsonPath === 'string' ? entry.jsonPath : '$', message: entry.message }] : [],
  );
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POSTs a serialized assessment and classifies the outcome. Never throws: every failure comes
 * back as a {@link SubmitFailure}, so the caller can keep the answers and say what to do.
 */
export async function postAssessment(url: string, body: string, idempotencyKey: string, fetcher: typeof fetch = fetch): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
      body,
    });
  } catch {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return { ok: false, failure: { kind: offline ? 'offline' : 'network' } };
  }
  const status = response.status;
  if (response.ok) {
    const parsed = await jsonOf(response);
    const receipt: SubmitReceipt = {};
    if (isObject(parsed)) {
      if (typeof parsed.id === 'string' || typeof parsed.id === 'number') receipt.id = String(parsed.id);
      if (typeof parsed.version === 'string' || typeof parsed.version === 'number') receipt.version = parsed.version;
      if (typeof parsed.receivedAt === 'string' && !Number.isNaN(Date.parse(parsed.receivedAt))) receipt.receivedAt = parsed.receivedAt;
    }
    return { ok: true, receipt };
  }
  if (status === 409) return { ok: false, failure: { kind: 'closed', status } };
  if (status === 413) return { ok: false, failure: { kind: 'too-large', status } };
  if (status === 429 || status === 503) {
    const wait = retryAfterSeconds(response.headers.get('retry-after'));
    if (status === 429 || wait !== undefined) return { ok: false, failure: { kind: 'busy', status, ...(wait !== undefined ? { retryAfterSeconds: wait } : {}) } };
  }
  if (status === 422 || status === 400) {
    const issues = serverIssues(await jsonOf(response));
    return { ok: false, failure: issues.length > 0 ? { kind: 'rejected', status, issues } : { kind: 'server', status } };
  }
  if (status >= 500) return { ok: false, failure: { kind: 'server', status } };
  return { ok: false, failure: { kind: status >= 300 && status < 400 ? 'unexpected' : 'server', status } };
}
