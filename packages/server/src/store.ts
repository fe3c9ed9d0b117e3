/**
 * The collection service's model on PostgreSQL: collections, respondent links, API keys,
 * versioned submissions with their aggregate states, idempotency records and the audit trail.
 * Every method is one transaction or one statement; nothing is cached between requests except
 * frameworks, verified key hashes and (for up to 5 s, for the submit path, which checks again in
 * SQL) link lookups, so any number of replicas can share one database.
 */
import {
  Aggregator,
  loadBuiltInFramework,
  type AggregateState,
  type Assessment,
  type Framework,
  type ImprovementPlan,
  type Organization,
  type SystemLevel,
} from '@sos-kit/core';
import { addPositions, contributionOf, countsLength, sumCounts, withCounts } from './counts.js';
import type { Database, Sql } from './db.js';
import { linkTokenHash, newApiKey, newId, newLinkToken, parseApiKey, sameHash, sha256Hex, verifySecret } from './tokens.js';

/** Who may do what: see the package README's role table. */
export type Role = 'owner' | 'county-admin' | 'state-viewer';
export type PerspectiveKind = 'self' | 'partner';

/** The holder of a verified API key. */
export interface Principal {
  keyId: string;
  role: Role;
  /** The county a county admin administers, or the county of an owner's collection. */
  county: string | undefined;
  /** The collection an owner key belongs to. */
  collectionId: string | undefined;
}

export interface Collection {
  id: string;
  title: string;
  county: string;
  framework: { id: string; version: string };
  level: SystemLevel;
  subject: Organization;
  schoolYear?: string;
  perspectives: PerspectiveKind[];
  status: 'open' | 'closed';
  deadline?: string;
  allowedOrigins: string[];
  createdAt: string;
  updatedAt: string;
}

export interface NewCollection {
  title: string;
  county: string;
  framework: { id: string; version?: string | undefined };
  level: SystemLevel;
  subject: Organization;
  schoolYear?: string | undefined;
  perspectives: PerspectiveKind[];
  deadline?: string | undefined;
  allowedOrigins?: string[] | undefined;
}

export interface CollectionChanges {
  title?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  deadline?: string | null | undefined;
  allowedOrigins?: string[] | undefined;
}

export interface RespondentLink {
  id: string;
  collectionId: string;
  perspective: PerspectiveKind;
  respondent?: string;
  label: string;
  createdAt: string;
  revokedAt?: string;
}

export interface ApiKeyInfo {
  id: string;
  role: Role;
  county?: string;
  collectionId?: string;
  label: string;
  createdAt: string;
  revokedAt?: string;
}

export interface SubmissionReceipt {
  id: string;
  version: number;
  receivedAt: string;
}

export interface StoredVersion {
  version: number;
  receivedAt: string;
  document: Assessment;
}

export interface StoredSubmission {
  id: string;
  perspective: PerspectiveKind;
  linkId: string;
  linkLabel: string;
  version: number;
  receivedAt: string;
  document: Assessment;
}

export interface AuditEvent {
  id: number;
  at: string;
  actor: string;
  action: string;
  county?: string;
  collectionId?: string;
  target?: string;
  detail?: unknown;
}

/** One saved version of an improvement plan. */
export interface PlanVersionInfo {
  version: number;
  savedAt: string;
  /** Who saved it: the key's id (as in the audit trail). */
  savedBy: string;
}

/** An improvement plan stored with a collection: one version of it, and every version's receipt. */
export interface StoredPlan {
  id: string;
  collectionId: string;
  /** The version shown in `document`. */
  version: number;
  /** The newest version; a save must name it (If-Match) or is refused as stale. */
  latestVersion: number;
  createdAt: string;
  savedAt: string;
  savedBy: string;
  document: ImprovementPlan;
}

/** The outcome of a submission attempt that did not throw. */
export type SubmitOutcome =
  | { kind: 'stored'; receipt: SubmissionReceipt; replayed: boolean }
  | { kind: 'closed'; reason: 'closed' | 'deadline' }
  | { kind: 'idempotency-conflict' };

/** A problem the caller made: the HTTP layer maps `status` and shows `message`. */
export class RequestError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 412 | 415 | 422 | 429,
    readonly code: string,
    message: string,
    readonly issues?: { jsonPath: string; message: string }[],
    /** Seconds, for 429. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const iso = (value: unknown): string => new Date(value as string | Date).toISOString();

type CollectionRow = {
  id: string;
  title: string;
  county: string;
  framework_id: string;
  framework_version: string;
  level: SystemLevel;
  subject: Organization;
  school_year: string | null;
  perspectives: PerspectiveKind[];
  status: 'open' | 'closed';
  deadline: string | Date | null;
  allowed_origins: string[];
  created_at: string | Date;
  updated_at: string | Date;
};

function toCollection(row: CollectionRow): Collection {
  return {
    id: row.id,
    title: row.title,
    county: row.county,
    framework: { id: row.framework_id, version: row.framework_version },
    level: row.level,
    subject: row.subject,
    ...(row.school_year === null ? {} : { schoolYear: row.school_year }),
    perspectives: row.perspectives,
    status: row.status,
    ...(row.deadline === null ? {} : { deadline: iso(row.deadline) }),
    allowedOrigins: row.allowed_origins,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

type LinkRow = { id: string; collection_id: string; perspective: PerspectiveKind; respondent: string | null; label: string; created_at: string | Date; revoked_at: string | Date | null };
function toLink(row: LinkRow): RespondentLink {
  return {
    id: row.id,
    collectionId: row.collection_id,
    perspective: row.perspective,
    ...(row.respondent === null ? {} : { respondent: row.respondent }),
    label: row.label,
    createdAt: iso(row.created_at),
    ...(row.revoked_at === null ? {} : { revokedAt: iso(row.revoked_at) }),
  };
}

type KeyRow = { id: string; role: Role; county: string | null; collection_id: string | null; label: string; created_at: string | Date; revoked_at: string | Date | null };
function toKeyInfo(row: KeyRow): ApiKeyInfo {
  return {
    id: row.id,
    role: row.role,
    ...(row.county === null ? {} : { county: row.county }),
    ...(row.collection_id === null ? {} : { collectionId: row.collection_id }),
    label: row.label,
    createdAt: iso(row.created_at),
    ...(row.revoked_at === null ? {} : { revokedAt: iso(row.revoked_at) }),
  };
}

/** Who did something, as the audit trail records it. */
export const actorOf = (principal: Principal | undefined): string => (principal ? `key:${principal.keyId}` : 'system');

export class Store {
  private readonly frameworks = new Map<string, Promise<Framework>>();
  /** Key id → SHA-256 of a secret that verified, so scrypt runs once per key and process. */
  private readonly verified = new Map<string, Buffer>();

  constructor(readonly db: Database) {}

  /** The framework a collection rates against: a built-in one, at the version the collection recorded. */
  async framework(ref: { id: string; version?: string | undefined }): Promise<Framework> {
    let pending = this.frameworks.get(ref.id);
    if (!pending) {
      const id = ref.id;
      if (id !== 'ca-sos-conditions-capacities' && id !== 'ca-sos-effective-support-principles') {
        throw new RequestError(422, 'unknown_framework', `framework "${id}" is not one this server knows`, [{ jsonPath: '$.framework.id', message: `"${id}" is not a built-in framework (ca-sos-conditions-capacities, ca-sos-effective-support-principles)` }]);
      }
      pending = loadBuiltInFramework(id);
      this.frameworks.set(ref.id, pending);
    }
    const framework = await pending;
    if (ref.version !== undefined && ref.version !== framework.version) {
      throw new RequestError(422, 'unknown_framework_version', `framework "${ref.id}" is at version ${framework.version} on this server`, [{ jsonPath: '$.framework.version', message: `is "${ref.version}", but this server has version ${framework.version}` }]);
    }
    return framework;
  }

  /** An empty aggregate state for a collection's framework level. */
  private emptyState(framework: Framework, level: SystemLevel): AggregateState {
    return new Aggregator(framework, level, { validated: true }).state();
  }

  /** The aggregate state of one (already validated) assessment. */
  stateOf(framework: Framework, document: Assessment): AggregateState {
    return new Aggregator(framework, document.level, { validated: true }).add(document).state();
  }

  // ----------------------------------------------------------------------------------------
  // Keys
  // ----------------------------------------------------------------------------------------

  /** Creates an API key; the returned `key` text is the only time it exists in clear. */
  async createKey(
    spec: { role: Role; county?: string | undefined; collectionId?: string | undefined; label: string },
    by: Principal | undefined,
  ): Promise<ApiKeyInfo & { key: string }> {
    const created = await newApiKey();
    const county = spec.role === 'county-admin' ? spec.county! : null;
    const collectionId = spec.role === 'owner' ? spec.collectionId! : null;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<KeyRow>(
        `INSERT INTO api_keys (id, role, county, collection_id, label, salt, hash, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         RETURNING id, role, county, collection_id, label, created_at, revoked_at`,
        [created.id, spec.role, county, collectionId, spec.label, created.salt, created.hash, actorOf(by)],
      );
      const auditCounty = county ?? (collectionId ? await this.countyOf(tx, collectionId) : null);
      await this.audit(tx, by, 'key.create', auditCounty, collectionId, created.id, { role: spec.role, label: spec.label });
      return { ...toKeyInfo(row!), key: created.key };
    });
  }

  private async countyOf(tx: Sql, collectionId: string): Promise<string | null> {
    const [row] = await tx.query<{ county: string }>(`SELECT county FROM collections WHERE id = $1`, [collectionId]);
    return row?.county ?? null;
  }

  /** The principal behind an `Authorization: Bearer` key, or undefined (unknown, revoked, malformed). */
  async authenticate(key: string): Promise<Principal | undefined> {
    const parsed = parseApiKey(key);
    if (!parsed) return undefined;
    const [row] = await this.db.query<{ role: Role; county: string | null; collection_id: string | null; collection_county: string | null; salt: Buffer | Uint8Array; hash: Buffer | Uint8Array; revoked_at: unknown }>(
      `SELECT k.role, k.county, k.collection_id, c.county AS collection_county, k.salt, k.hash, k.revoked_at
       FROM api_keys k LEFT JOIN collections c ON c.id = k.collection_id WHERE k.id = $1`,
      [parsed.id],
    );
    if (!row || row.revoked_at !== null) return undefined;
    const hash = Buffer.from(row.hash);
    const cached = this.verified.get(parsed.id);
    const fingerprint = Buffer.from(sha256Hex(parsed.secret), 'hex');
    if (!(cached && sameHash(cached, fingerprint))) {
      if (!(await verifySecret(parsed.secret, Buffer.from(row.salt), hash))) return undefined;
      if (this.verified.size > 10_000) this.verified.clear();
      this.verified.set(parsed.id, fingerprint);
    }
    return { keyId: parsed.id, role: row.role, county: row.county ?? row.collection_county ?? undefined, collectionId: row.collection_id ?? undefined };
  }

  async listKeys(filter: { county?: string | undefined; collectionId?: string | undefined; keyId?: string | undefined }): Promise<ApiKeyInfo[]> {
    const rows = await this.db.query<KeyRow>(
      `SELECT k.id, k.role, k.county, k.collection_id, k.label, k.created_at, k.revoked_at FROM api_keys k LEFT JOIN collections c ON c.id = k.collection_id
       WHERE ($1::text IS NULL OR k.county = $1 OR c.county = $1) AND ($2::text IS NULL OR k.collection_id = $2) AND ($3::text IS NULL OR k.id = $3)
       ORDER BY k.created_at, k.id`,
      [filter.county ?? null, filter.collectionId ?? null, filter.keyId ?? null],
    );
    return rows.map(toKeyInfo);
  }

  async key(id: string): Promise<(ApiKeyInfo & { scopeCounty?: string }) | undefined> {
    const [row] = await this.db.query<KeyRow & { scope_county: string | null }>(
      `SELECT k.id, k.role, k.county, k.collection_id, k.label, k.created_at, k.revoked_at, COALESCE(k.county, c.county) AS scope_county
       FROM api_keys k LEFT JOIN collections c ON c.id = k.collection_id WHERE k.id = $1`,
      [id],
    );
    return row ? { ...toKeyInfo(row), ...(row.scope_county === null ? {} : { scopeCounty: row.scope_county }) } : undefined;
  }

  async revokeKey(id: string, by: Principal | undefined): Promise<ApiKeyInfo> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<KeyRow & { scope_county: string | null }>(
        `UPDATE api_keys k SET revoked_at = COALESCE(k.revoked_at, now()) FROM (SELECT k2.id, COALESCE(k2.county, c.county) AS scope_county FROM api_keys k2 LEFT JOIN collections c ON c.id = k2.collection_id) s
         WHERE k.id = $1 AND s.id = k.id RETURNING k.id, k.role, k.county, k.collection_id, k.label, k.created_at, k.revoked_at, s.scope_county`,
        [id],
      );
      if (!row) throw new RequestError(404, 'not_found', 'no such key');
      this.verified.delete(id);
      await this.audit(tx, by, 'key.revoke', row.scope_county, row.collection_id, id, null);
      return toKeyInfo(row);
    });
  }

  // ----------------------------------------------------------------------------------------
  // Collections
  // ----------------------------------------------------------------------------------------

  async createCollection(spec: NewCollection, by: Principal | undefined): Promise<Collection> {
    const framework = await this.framework(spec.framework);
    if (!framework.levels.some((l) => l.id === spec.level)) {
      throw new RequestError(422, 'unknown_level', `framework "${framework.id}" has no "${spec.level}" level`, [{ jsonPath: '$.level', message: `is "${spec.level}", but ${framework.id} rates ${framework.levels.map((l) => l.id).join(', ')}` }]);
    }
    const id = newId();
    const empty = JSON.stringify(this.emptyState(framework, spec.level));
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<CollectionRow>(
        `INSERT INTO collections (id, county, title, framework_id, framework_version, level, subject, school_year, perspectives, deadline, allowed_origins)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb, $10, $11::jsonb) RETURNING *`,
        [id, spec.county, spec.title, framework.id, framework.version, spec.level, JSON.stringify(spec.subject), spec.schoolYear ?? null, JSON.stringify(spec.perspectives), spec.deadline ?? null, JSON.stringify(spec.allowedOrigins ?? [])],
      );
      for (const perspective of spec.perspectives) {
        await tx.query(`INSERT INTO aggregate_states (collection_id, perspective, state) VALUES ($1, $2, $3::json)`, [id, perspective, empty]);
      }
      await this.audit(tx, by, 'collection.create', spec.county, id, id, { title: spec.title });
      return toCollection(row!);
    });
  }

  async collection(id: string): Promise<Collection | undefined> {
    const [row] = await this.db.query<CollectionRow>(`SELECT * FROM collections WHERE id = $1`, [id]);
    return row ? toCollection(row) : undefined;
  }

  async listCollections(filter: { county?: string | undefined; id?: string | undefined; schoolYear?: string | undefined; level?: string | undefined }): Promise<Collection[]> {
    const rows = await this.db.query<CollectionRow>(
      `SELECT * FROM collections WHERE ($1::text IS NULL OR county = $1) AND ($2::text IS NULL OR id = $2) AND ($3::text IS NULL OR school_year = $3) AND ($4::text IS NULL OR level = $4)
       ORDER BY county, created_at, id`,
      [filter.county ?? null, filter.id ?? null, filter.schoolYear ?? null, filter.level ?? null],
    );
    return rows.map(toCollection);
  }

  async updateCollection(id: string, changes: CollectionChanges, by: Principal | undefined): Promise<Collection> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<CollectionRow>(
        `UPDATE collections SET
           title = COALESCE($2, title),
           status = COALESCE($3, status),
           deadline = CASE WHEN $4 THEN $5::timestamptz ELSE deadline END,
           allowed_origins = COALESCE($6::jsonb, allowed_origins),
           updated_at = now()
         WHERE id = $1 RETURNING *`,
        [id, changes.title ?? null, changes.status ?? null, changes.deadline !== undefined, changes.deadline ?? null, changes.allowedOrigins ? JSON.stringify(changes.allowedOrigins) : null],
      );
      if (!row) throw new RequestError(404, 'not_found', 'no such collection');
      this.forgetLinks((found) => found.collection.id === id);
      await this.audit(tx, by, 'collection.update', row.county, id, id, changes);
      return toCollection(row);
    });
  }

  // ----------------------------------------------------------------------------------------
  // Respondent links
  // ----------------------------------------------------------------------------------------

  async createLink(collection: Collection, spec: { perspective: PerspectiveKind; respondent?: string | undefined; label?: string | undefined }, by: Principal | undefined): Promise<RespondentLink & { token: string }> {
    if (!collection.perspectives.includes(spec.perspective)) {
      throw new RequestError(422, 'perspective_not_expected', `this collection expects ${collection.perspectives.join(' and ')} ratings`, [{ jsonPath: '$.perspective', message: `is "${spec.perspective}", but the collection expects ${collection.perspectives.map((p) => `"${p}"`).join(' or ')}` }]);
    }
    const { token, hash } = newLinkToken();
    const id = newId();
    const label = spec.label ?? spec.respondent ?? (spec.perspective === 'self' ? 'Self-assessment team' : 'Partner');
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<LinkRow>(
        `INSERT INTO respondent_links (id, collection_id, token_hash, perspective, respondent, label, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, collection_id, perspective, respondent, label, created_at, revoked_at`,
        [id, collection.id, hash, spec.perspective, spec.respondent ?? null, label, actorOf(by)],
      );
      await this.audit(tx, by, 'link.create', collection.county, collection.id, id, { perspective: spec.perspective, label });
      return { ...toLink(row!), token };
    });
  }

  async listLinks(collectionId: string): Promise<(RespondentLink & { submissions: number })[]> {
    const rows = await this.db.query<LinkRow & { submissions: number }>(
      `SELECT l.id, l.collection_id, l.perspective, l.respondent, l.label, l.created_at, l.revoked_at,
              (SELECT count(*)::int FROM submissions s WHERE s.link_id = l.id) AS submissions
       FROM respondent_links l WHERE l.collection_id = $1 ORDER BY l.created_at, l.id`,
      [collectionId],
    );
    return rows.map((row) => ({ ...toLink(row), submissions: row.submissions }));
  }

  async revokeLink(collection: Collection, linkId: string, by: Principal | undefined): Promise<RespondentLink> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<LinkRow>(
        `UPDATE respondent_links SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND collection_id = $2
         RETURNING id, collection_id, perspective, respondent, label, created_at, revoked_at`,
        [linkId, collection.id],
      );
      if (!row) throw new RequestError(404, 'not_found', 'no such link in this collection');
      this.forgetLinks((found) => found.link.id === linkId);
      await this.audit(tx, by, 'link.revoke', collection.county, collection.id, linkId, null);
      return toLink(row);
    });
  }

  /**
   * The live link a token opens, with its collection; undefined for unknown or revoked tokens.
   * With `recent`, an answer up to {@link LINK_CACHE_MS} old may be reused: the submission path
   * uses it, because what it reads from it (the collection's framework, level, subject, school
   * year and perspectives) never changes, and sos_put_submission checks again that the link is live and
   * the collection open. Changes made through this process drop their entries at once.
   */
  async linkByToken(token: string, options: { recent?: boolean } = {}): Promise<{ link: RespondentLink; collection: Collection } | undefined> {
    const hash = linkTokenHash(token);
    if (!hash) return undefined;
    const cacheKey = hash.toString('base64');
    if (options.recent) {
      const cached = this.recentLinks.get(cacheKey);
      if (cached && cached.until > Date.now()) return cached.found;
    }
    const [row] = await this.db.query<LinkRow & { token_hash: Buffer | Uint8Array; c: CollectionRow }>(
      `SELECT l.id, l.collection_id, l.perspective, l.respondent, l.label, l.created_at, l.revoked_at, l.token_hash, to_jsonb(c) AS c
       FROM respondent_links l JOIN collections c ON c.id = l.collection_id WHERE l.token_hash = $1`,
      [hash],
    );
    if (!row || row.revoked_at !== null || !sameHash(Buffer.from(row.token_hash), hash)) {
      this.recentLinks.delete(cacheKey);
      return undefined;
    }
    const found = { link: toLink(row), collection: toCollection(row.c) };
    if (this.recentLinks.size >= 10_000) this.recentLinks.clear();
    this.recentLinks.set(cacheKey, { found, until: Date.now() + LINK_CACHE_MS });
    return found;
  }

  /** Token hash → a recent answer of linkByToken. */
  private readonly recentLinks = new Map<string, { found: { link: RespondentLink; collection: Collection }; until: number }>();

  private forgetLinks(match: (found: { link: RespondentLink; collection: Collection }) => boolean): void {
    for (const [key, entry] of this.recentLinks) if (match(entry.found)) this.recentLinks.delete(key);
  }

  // ----------------------------------------------------------------------------------------
  // Submissions
  // ----------------------------------------------------------------------------------------

  /**
   * Stores a validated assessment as a new submission or a new version of the respondent's
   * earlier one, with its contribution to the collection's aggregate state, marked pending: reads
   * add pending contributions (taking out the earlier version's), so results always equal the
   * latest versions, and every few hundred submissions a fold moves them into the stored counts.
   * With an Idempotency-Key, a retry returns the first receipt.
   */
  async submit(
    input: { link: RespondentLink; collection: Collection; framework: Framework; document: Assessment; idempotencyKey?: string | undefined; requestHash: string },
  ): Promise<SubmitOutcome> {
    const { link, collection, framework, document } = input;
    const added = this.stateOf(framework, document);
    const id = newId();
    const submission: SubmitCall = {
      id,
      collection: collection.id,
      link: link.id,
      // One respondent's own submission: a named link has one; a team link one per document id.
      respondent: link.respondent !== undefined ? '' : (document.id ?? id),
      perspective: link.perspective,
      document,
      contribution: contributionOf(added),
      key: input.idempotencyKey ?? null,
      hash: input.requestHash,
    };
    this.noteStored(collection.id, link.perspective, countsLength(added));
    // Group commit: while a call is under way, submissions queue, and the next call stores all of
    // them in one transaction.
    return new Promise<SubmitOutcome>((resolve, reject) => {
      this.queued.push({ submission, resolve, reject });
      this.sendQueued();
    });
  }

  /** Submissions waiting for the call under way to finish. */
  private readonly queued: QueuedSubmission[] = [];
  private sending = false;

  private sendQueued(): void {
    if (this.sending || (this.queued.length === 0 && this.dueFolds.length === 0)) return;
    this.sending = true;
    // One turn of the event loop first: requests that have already arrived are read and checked
    // in it and join this call. (PGlite runs a statement without yielding, so without this turn
    // nothing could ever queue behind a call on it.)
    setImmediate(() => {
      const fold = this.dueFolds.shift();
      if (fold) {
        void this.fold(fold.collection, fold.perspective, fold.length)
          .catch((error: unknown) => console.error(`sos-kit-server: folding counts of collection ${fold.collection} failed (reads still add its pending submissions): ${(error as Error).message}`))
          .finally(() => {
            this.sending = false;
            this.sendQueued();
          });
        return;
      }
      // One call stores submissions to one collection and perspective; the others wait for the
      // next call, in the order they came.
      const first = this.queued[0]!.submission;
      const batch: QueuedSubmission[] = [];
      for (let k = 0; k < this.queued.length && batch.length < MAX_BATCH; ) {
        const { submission } = this.queued[k]!;
        if (submission.collection === first.collection && submission.perspective === first.perspective) batch.push(...this.queued.splice(k, 1));
        else k++;
      }
      void this.sendBatch(batch)
        .catch((error: unknown) => batch.forEach((queued) => queued.reject(error)))
        .finally(() => {
          this.sending = false;
          this.sendQueued();
        });
    });
  }

  private async sendBatch(batch: QueuedSubmission[]): Promise<void> {
    if (batch.length > 1) {
      let rows: (SubmitRow & { n: number })[] | undefined;
      try {
        const { collection, perspective } = batch[0]!.submission;
        const items = batch.map(({ submission: { id, link, respondent, document, contribution, key, hash } }) => ({ id, link, respondent, document, contribution, key, hash }));
        rows = await this.db.query<SubmitRow & { n: number }>(SUBMIT_MANY_SQL, [collection, perspective, JSON.stringify(items)]);
      } catch {
        // Something undid the whole batch (a concurrent request with the same key on another
        // replica, a deadlock, a value PostgreSQL refuses): each goes alone below, with its own
        // retries and its own error.
      }
      if (rows) {
        const byPosition = new Map(rows.map((row) => [row.n, row]));
        const again: QueuedSubmission[] = [];
        batch.forEach((queued, k) => {
          const row = byPosition.get(k + 1);
          // Stored nothing, for an earlier version without a recorded contribution: alone below, after a backfill.
          if (isUncounted(row)) again.push(queued);
          else settle(queued, () => outcomeOf(row, queued.submission));
        });
        batch = again;
      }
    }
    await Promise.all(batch.map((queued) => this.submitAlone(queued.submission).then(queued.resolve, queued.reject)));
  }

  /** One submission in its own call, retried after the aborts that a second attempt resolves. */
  private async submitAlone(submission: SubmitCall): Promise<SubmitOutcome> {
    const { id, collection, link, respondent, perspective, document, contribution, key, hash } = submission;
    const params = [id, collection, link, respondent, perspective, JSON.stringify(document), contribution, key, hash];
    for (let attempt = 1; ; attempt++) {
      let row: SubmitRow | undefined;
      try {
        [row] = await this.db.query<SubmitRow>(SUBMIT_SQL, params);
      } catch (error) {
        // A concurrent request with the same Idempotency-Key committed first (the next attempt
        // answers its receipt), or this was a deadlock / serialization failure.
        if (!(isKeyTaken(error) || RETRYABLE.has((error as { code?: string }).code ?? '')) || attempt >= 5) throw error;
        continue;
      }
      if (isUncounted(row)) {
        // The respondent's earlier version was stored before contributions were recorded.
        if (attempt >= 5) throw new Error('the earlier version of this submission has no recorded contribution, even after a backfill');
        await this.backfillContributions();
        continue;
      }
      return outcomeOf(row, submission);
    }
  }

  /** Collection and perspective → submissions this process stored since it last folded them. */
  private readonly unfolded = new Map<string, number>();
  /** Folds waiting for their turn in the submission queue. */
  private readonly dueFolds: { collection: string; perspective: PerspectiveKind; length: number }[] = [];

  /** Counts a stored submission; after {@link FOLD_EVERY} of one collection and perspective, queues a fold. */
  private noteStored(collection: string, perspective: PerspectiveKind, length: number): void {
    const slot = `${perspective} ${collection}`;
    const n = (this.unfolded.get(slot) ?? 0) + 1;
    if (n < FOLD_EVERY) {
      this.unfolded.set(slot, n);
      return;
    }
    this.unfolded.delete(slot);
    this.dueFolds.push({ collection, perspective, length });
  }

  /**
   * Adds the pending submissions of a collection and perspective (whichever replica stored them)
   * to its stored counts; returns how many. Results are the same before and after: reads add
   * pending submissions themselves. Folding keeps that work small.
   */
  async fold(collectionId: string, perspective: PerspectiveKind, length?: number): Promise<number> {
    let size = length;
    if (size === undefined) {
      const [row] = await this.db.query<{ state: AggregateState }>(`SELECT state FROM aggregate_states WHERE collection_id = $1 AND perspective = $2`, [collectionId, perspective]);
      if (!row) return 0;
      size = countsLength(row.state);
    }
    const [row] = await this.db.query<{ folded: number }>(`SELECT sos_fold($1, $2, $3) AS folded`, [collectionId, perspective, size]);
    return row?.folded ?? 0;
  }

  /**
   * Computes the contribution of every submission stored before states were kept as counts
   * (migration 3), so a resubmission can take it out. Runs at start; returns how many it filled.
   */
  async backfillContributions(): Promise<number> {
    let filled = 0;
    for (;;) {
      const rows = await this.db.query<{ id: string; document: Assessment; framework_id: string; framework_version: string }>(
        `SELECT s.id, v.document, c.framework_id, c.framework_version
         FROM submissions s JOIN submission_versions v ON v.submission_id = s.id AND v.version = s.latest_version JOIN collections c ON c.id = s.collection_id
         WHERE s.contribution IS NULL ORDER BY s.id LIMIT 500`,
      );
      if (rows.length === 0) return filled;
      const contributions = [];
      for (const row of rows) {
        const framework = await this.framework({ id: row.framework_id, version: row.framework_version });
        contributions.push({ id: row.id, contribution: contributionOf(this.stateOf(framework, row.document)) });
      }
      await this.db.query(
        `UPDATE submissions s SET contribution = ARRAY(SELECT json_array_elements_text(t.contribution)::int)
         FROM json_to_recordset($1::json) AS t(id text, contribution json) WHERE s.id = t.id AND s.contribution IS NULL`,
        [JSON.stringify(contributions)],
      );
      filled += rows.length;
    }
  }

  /** The latest version of every submission (or every version, with `history`). */
  async submissions(collectionId: string, options: { history?: boolean; linkId?: string | undefined } = {}): Promise<StoredSubmission[]> {
    const rows = await this.db.query<{ id: string; perspective: PerspectiveKind; link_id: string; label: string; version: number; received_at: string | Date; document: Assessment }>(
      `SELECT s.id, s.perspective, s.link_id, l.label, v.version, v.received_at, v.document
       FROM submissions s JOIN respondent_links l ON l.id = s.link_id
       JOIN submission_versions v ON v.submission_id = s.id AND ($2 OR v.version = s.latest_version)
       WHERE s.collection_id = $1 AND ($3::text IS NULL OR s.link_id = $3)
       ORDER BY s.created_at, s.id, v.version`,
      [collectionId, options.history ?? false, options.linkId ?? null],
    );
    return rows.map((r) => ({ id: r.id, perspective: r.perspective, linkId: r.link_id, linkLabel: r.label, version: r.version, receivedAt: iso(r.received_at), document: r.document }));
  }

  /** Every version of one submission, oldest first. */
  async submission(collectionId: string, id: string): Promise<{ id: string; perspective: PerspectiveKind; linkId: string; versions: StoredVersion[] } | undefined> {
    const rows = await this.db.query<{ perspective: PerspectiveKind; link_id: string; version: number; received_at: string | Date; document: Assessment }>(
      `SELECT s.perspective, s.link_id, v.version, v.received_at, v.document FROM submissions s JOIN submission_versions v ON v.submission_id = s.id
       WHERE s.collection_id = $1 AND s.id = $2 ORDER BY v.version`,
      [collectionId, id],
    );
    const first = rows[0];
    if (!first) return undefined;
    return { id, perspective: first.perspective, linkId: first.link_id, versions: rows.map((r) => ({ version: r.version, receivedAt: iso(r.received_at), document: r.document })) };
  }

  /** The aggregate states of a collection, per perspective: each base state plus its counts and pending submissions. */
  async states(collectionId: string): Promise<Map<PerspectiveKind, AggregateState>> {
    const rows = await this.statesOf([collectionId]);
    return new Map(rows.map((r) => [r.perspective, r.state]));
  }

  /** The aggregate states of many collections, for rollups. */
  async statesOf(collectionIds: readonly string[]): Promise<{ collectionId: string; perspective: PerspectiveKind; state: AggregateState }[]> {
    if (collectionIds.length === 0) return [];
    // One statement, so one snapshot: a fold committing meanwhile is seen whole or not at all.
    const rows = await this.db.query<{ collection_id: string; perspective: PerspectiveKind; state: AggregateState; shards: number[][] | null; plus: number[] | null; minus: number[] | null }>(
      `SELECT a.collection_id, a.perspective, a.state,
              (SELECT json_agg(array_to_json(k.counts)) FROM aggregate_counts k WHERE k.collection_id = a.collection_id AND k.perspective = a.perspective) AS shards,
              p.plus, p.minus
       FROM aggregate_states a
       LEFT JOIN LATERAL (
         SELECT array_to_json(array_agg(x.position) FILTER (WHERE x.sign > 0)) AS plus, array_to_json(array_agg(x.position) FILTER (WHERE x.sign < 0)) AS minus
         FROM submissions s, LATERAL (SELECT unnest(s.contribution), 1 UNION ALL SELECT unnest(s.counted), -1) AS x(position, sign)
         WHERE s.collection_id = a.collection_id AND s.perspective = a.perspective AND s.pending
       ) AS p ON true
       WHERE a.collection_id = ANY($1::text[]) ORDER BY a.collection_id, a.perspective`,
      [collectionIds],
    );
    return rows.map((r) => {
      const counts = sumCounts(r.shards ?? [], countsLength(r.state));
      addPositions(counts, r.plus ?? [], 1);
      addPositions(counts, r.minus ?? [], -1);
      return { collectionId: r.collection_id, perspective: r.perspective, state: withCounts(r.state, counts) };
    });
  }

  // ----------------------------------------------------------------------------------------
  // Improvement plans: versioned like submissions, never overwritten
  // ----------------------------------------------------------------------------------------

  /** Stores a new plan of the collection as its version 1. */
  async createPlan(collection: Collection, document: ImprovementPlan, by: Principal | undefined): Promise<StoredPlan> {
    const id = newId();
    const actor = actorOf(by);
    return this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO improvement_plans (id, collection_id, latest_version, created_by) VALUES ($1, $2, 1, $3)`, [id, collection.id, actor]);
      await tx.query(`INSERT INTO improvement_plan_versions (plan_id, version, document, saved_by) VALUES ($1, 1, $2::jsonb, $3)`, [id, JSON.stringify(document), actor]);
      await this.audit(tx, by, 'plan.create', collection.county, collection.id, id, { version: 1 });
      return (await this.planIn(tx, collection.id, id))!;
    });
  }

  /**
   * Saves `document` as the next version of a plan. With `expectedVersion`, refuses (412) when
   * someone saved a newer version meanwhile, so one person's save never silently replaces
   * another's; the older versions stay readable either way.
   */
  async savePlanVersion(collection: Collection, planId: string, document: ImprovementPlan, expectedVersion: number | undefined, by: Principal | undefined): Promise<StoredPlan> {
    return this.db.transaction(async (tx) => {
      // The row lock taken here serialises concurrent saves of one plan.
      const [row] = await tx.query<{ latest_version: number }>(`SELECT latest_version FROM improvement_plans WHERE id = $1 AND collection_id = $2 FOR UPDATE`, [planId, collection.id]);
      if (!row) throw new RequestError(404, 'not_found', 'no such plan in this collection');
      if (expectedVersion !== undefined && expectedVersion !== row.latest_version) {
        throw new RequestError(412, 'stale_version', `the plan was saved again meanwhile: you edited version ${expectedVersion}, the latest is ${row.latest_version}; read it, merge your changes and save again (nothing was lost)`);
      }
      const version = row.latest_version + 1;
      await tx.query(`INSERT INTO improvement_plan_versions (plan_id, version, document, saved_by) VALUES ($1, $2, $3::jsonb, $4)`, [planId, version, JSON.stringify(document), actorOf(by)]);
      await tx.query(`UPDATE improvement_plans SET latest_version = $2, updated_at = now() WHERE id = $1`, [planId, version]);
      await this.audit(tx, by, 'plan.update', collection.county, collection.id, planId, { version });
      return (await this.planIn(tx, collection.id, planId))!;
    });
  }

  /**
   * A plan of the collection at `version` (default: the latest) with every version's receipt,
   * read in one transaction so the two agree; undefined when there is no such plan or version.
   */
  async plan(collectionId: string, planId: string, version?: number): Promise<(StoredPlan & { versions: PlanVersionInfo[] }) | undefined> {
    return this.db.transaction(async (tx) => {
      const plan = await this.planIn(tx, collectionId, planId, version);
      if (!plan) return undefined;
      const rows = await tx.query<{ version: number; saved_at: string | Date; saved_by: string }>(`SELECT version, saved_at, saved_by FROM improvement_plan_versions WHERE plan_id = $1 ORDER BY version`, [planId]);
      return { ...plan, versions: rows.map((r) => ({ version: r.version, savedAt: iso(r.saved_at), savedBy: r.saved_by })) };
    });
  }

  private async planIn(sql: Sql, collectionId: string, planId: string, version?: number): Promise<StoredPlan | undefined> {
    const [row] = await sql.query<PlanRow>(
      `SELECT p.id, p.collection_id, p.latest_version, p.created_at, v.version, v.saved_at, v.saved_by, v.document
       FROM improvement_plans p JOIN improvement_plan_versions v ON v.plan_id = p.id AND v.version = COALESCE($3::integer, p.latest_version)
       WHERE p.collection_id = $1 AND p.id = $2`,
      [collectionId, planId, version ?? null],
    );
    return row ? toPlan(row) : undefined;
  }

  /** The latest version of every plan of a collection, oldest plan first. */
  async plans(collectionId: string): Promise<StoredPlan[]> {
    const rows = await this.db.query<PlanRow>(
      `SELECT p.id, p.collection_id, p.latest_version, p.created_at, v.version, v.saved_at, v.saved_by, v.document
       FROM improvement_plans p JOIN improvement_plan_versions v ON v.plan_id = p.id AND v.version = p.latest_version
       WHERE p.collection_id = $1 ORDER BY p.created_at, p.id`,
      [collectionId],
    );
    return rows.map(toPlan);
  }

  // ----------------------------------------------------------------------------------------
  // Audit and settings
  // ----------------------------------------------------------------------------------------

  private async audit(tx: Sql, by: Principal | undefined, action: string, county: string | null, collectionId: string | null, target: string | null, detail: unknown): Promise<void> {
    await tx.query(`INSERT INTO audit_events (actor, action, county, collection_id, target, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [actorOf(by), action, county, collectionId, target, detail === null ? null : JSON.stringify(detail)]);
  }

  async auditEvents(filter: { county?: string | undefined; collectionId?: string | undefined; limit: number; before?: number | undefined }): Promise<AuditEvent[]> {
    const rows = await this.db.query<{ id: string | number; at: string | Date; actor: string; action: string; county: string | null; collection_id: string | null; target: string | null; detail: unknown }>(
      `SELECT id, at, actor, action, county, collection_id, target, detail FROM audit_events
       WHERE ($1::text IS NULL OR county = $1) AND ($2::text IS NULL OR collection_id = $2) AND ($3::bigint IS NULL OR id < $3)
       ORDER BY id DESC LIMIT $4`,
      [filter.county ?? null, filter.collectionId ?? null, filter.before ?? null, filter.limit],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      at: iso(r.at),
      actor: r.actor,
      action: r.action,
      ...(r.county === null ? {} : { county: r.county }),
      ...(r.collection_id === null ? {} : { collectionId: r.collection_id }),
      ...(r.target === null ? {} : { target: r.target }),
      ...(r.detail === null ? {} : { detail: r.detail }),
    }));
  }

  async setting<T>(name: string): Promise<T | undefined> {
    const [row] = await this.db.query<{ value: T }>(`SELECT value FROM server_settings WHERE name = $1`, [name]);
    return row?.value;
  }

  async saveSetting(name: string, value: unknown): Promise<void> {
    await this.db.query(`INSERT INTO server_settings (name, value) VALUES ($1, $2::jsonb) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`, [name, JSON.stringify(value)]);
  }
}

interface PlanRow {
  id: string;
  collection_id: string;
  latest_version: number;
  created_at: string | Date;
  version: number;
  saved_at: string | Date;
  saved_by: string;
  document: ImprovementPlan;
}

function toPlan(r: PlanRow): StoredPlan {
  return { id: r.id, collectionId: r.collection_id, version: r.version, latestVersion: r.latest_version, createdAt: iso(r.created_at), savedAt: iso(r.saved_at), savedBy: r.saved_by, document: r.document };
}

const RETRYABLE = new Set(['40001', '40P01']);

/** How long the submission path may reuse a link lookup (see Store.linkByToken). */
export const LINK_CACHE_MS = 5_000;

/** Submissions of one collection and perspective a process stores before it folds them into the counts. */
export const FOLD_EVERY = 256;

/** A request with the same Idempotency-Key committed while this one was being stored. */
function isKeyTaken(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'idempotency_keys_pkey';
}

/** sos_put_submission's answer when it stored nothing for a live link in an open collection: the earlier version has no recorded contribution. */
function isUncounted(row: SubmitRow | undefined): boolean {
  return row !== undefined && row.status === 'open' && !row.past_deadline && row.replay_response === null && row.id === null;
}

function replayOf(first: { response: SubmissionReceipt; request_hash: string }, requestHash: string): SubmitOutcome {
  return first.request_hash === requestHash ? { kind: 'stored', receipt: first.response, replayed: true } : { kind: 'idempotency-conflict' };
}

/** sos_put_submission's arguments (sos_put_submissions takes the same, by these names). */
interface SubmitCall {
  id: string;
  collection: string;
  link: string;
  respondent: string;
  perspective: PerspectiveKind;
  document: Assessment;
  contribution: number[];
  key: string | null;
  hash: string;
}

interface QueuedSubmission {
  submission: SubmitCall;
  resolve(outcome: SubmitOutcome): void;
  reject(error: unknown): void;
}

/** Most submissions stored by one call. */
const MAX_BATCH = 64;

function settle(queued: QueuedSubmission, outcome: () => SubmitOutcome): void {
  try {
    queued.resolve(outcome());
  } catch (error) {
    queued.reject(error);
  }
}

/** What sos_put_submission's row (none: the link is gone) means for the request. */
function outcomeOf(row: SubmitRow | undefined, submission: SubmitCall): SubmitOutcome {
  if (!row) throw new RequestError(404, 'not_found', 'this link was withdrawn or its collection no longer exists');
  if (row.replay_response !== null) return replayOf({ response: row.replay_response, request_hash: row.replay_hash! }, submission.hash);
  if (row.status === 'closed') return { kind: 'closed', reason: 'closed' };
  if (row.past_deadline) return { kind: 'closed', reason: 'deadline' };
  if (row.id === null) throw new Error('the submission statement stored nothing and said not why');
  return { kind: 'stored', receipt: { id: row.id, version: row.version!, receivedAt: row.received_at! }, replayed: false };
}

interface SubmitRow {
  status: 'open' | 'closed';
  past_deadline: boolean;
  replay_response: SubmissionReceipt | null;
  replay_hash: string | null;
  id: string | null;
  version: number | null;
  received_at: string | null;
}

/** The submission path: sos_put_submission (migration 5), one statement and one round trip. */
const SUBMIT_SQL = `SELECT * FROM sos_put_submission($1, $2, $3, $4, $5, $6::jsonb, $7::integer[], $8, $9)`;
/** Several submissions in one call (migration 5). */
const SUBMIT_MANY_SQL = `SELECT * FROM sos_put_submissions($1, $2, $3::jsonb)`;
