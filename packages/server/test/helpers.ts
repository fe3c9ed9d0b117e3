/** Shared helpers of the server specs: a running service on an engine, a tiny HTTP client, documents. */
import { createAssessment, instrumentFor, loadBuiltInFramework, type Assessment, type Framework, type Organization, type SystemLevel } from '@sos-kit/core';
import { startServer, type RunningServer, type ServerOptions } from '../src/server.js';
import type { Collection, RespondentLink } from '../src/store.js';
import { openTestDatabase, type Engine } from './engines.js';

export interface Service extends RunningServer {
  engine: Engine;
  /** A county admin key of "Sierra Vista". */
  admin: string;
  /** A state viewer key. */
  viewer: string;
  stop(): Promise<void>;
}

/** Starts the service on a fresh database of `engine`, with a county admin and a state viewer key. */
export async function startService(engine: Engine, options: ServerOptions = {}): Promise<Service> {
  const database = await openTestDatabase(engine);
  const server = await startServer({ port: 0, database, requestsPerMinute: 0, authFailuresPerMinute: 0, ...options });
  const admin = await server.store.createKey({ role: 'county-admin', county: 'Sierra Vista', label: 'test admin' }, undefined);
  const viewer = await server.store.createKey({ role: 'state-viewer', label: 'test viewer' }, undefined);
  return {
    ...server,
    engine,
    admin: admin.key,
    viewer: viewer.key,
    async stop() {
      await server.close();
      await database.close();
    },
  };
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** One HTTP request; JSON bodies are sent as JSON, strings as they are. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  options: { key?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(base + path, { method, headers: { ...headers, ...options.headers }, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export const DISTRICT: Organization = { name: 'Costa Azul Unified', type: 'district', id: 'costa-azul', county: 'Sierra Vista' };
export const COE = { name: 'Sierra Vista COE', type: 'coe' as const, county: 'Sierra Vista' };

let framework: Promise<Framework> | undefined;
export const conditionsFramework = (): Promise<Framework> => (framework ??= loadBuiltInFramework('ca-sos-conditions-capacities'));

/** A submitted assessment of `level` whose ratings follow `seed`, deterministic. */
export function assessmentFor(fw: Framework, options: { level?: SystemLevel; seed?: number; id?: string; perspective?: 'self' | 'partner'; subject?: Organization; answered?: number } = {}): Assessment {
  const level = options.level ?? 'district';
  const now = '2026-03-02T17:00:00Z';
  const document = createAssessment(fw, {
    level,
    subject: options.subject ?? DISTRICT,
    now,
    ...(options.id ? { id: options.id } : {}),
    ...(options.perspective === 'partner' ? { perspective: { kind: 'partner' as const, rater: COE, relationship: 'differentiated-assistance' as const } } : {}),
  });
  const items = instrumentFor(fw, level)!.items;
  const seed = options.seed ?? 0;
  items.slice(0, options.answered ?? items.length).forEach((item, i) => {
    document.ratings[item.id] = { value: 1 + ((i * 7 + seed) % 5), evidence: `Evidence ${seed}-${i}` };
  });
  return { ...document, schoolYear: '2025-26', status: 'submitted', submittedAt: now };
}

/** Creates a district collection in Sierra Vista with a team link and a named partner link. */
export async function collectionWithLinks(service: Service, overrides: Record<string, unknown> = {}): Promise<{ collection: Collection; team: RespondentLink & { token: string; submitUrl: string }; partner: RespondentLink & { token: string; submitUrl: string }; owner: string }> {
  const created = await call<Collection>(service.url, 'POST', '/v1/collections', {
    key: service.admin,
    body: { title: 'Costa Azul 2025-26', level: 'district', subject: DISTRICT, schoolYear: '2025-26', perspectives: ['self', 'partner'], ...overrides },
  });
  if (created.status !== 201) throw new Error(`collection: ${created.status} ${created.text}`);
  const collection = created.body;
  const team = await call(service.url, 'POST', `/v1/collections/${collection.id}/links`, { key: service.admin, body: { perspective: 'self', label: 'District team' } });
  const partner = collection.perspectives.includes('partner')
    ? await call(service.url, 'POST', `/v1/collections/${collection.id}/links`, { key: service.admin, body: { perspective: 'partner', respondent: 'Sierra Vista COE' } })
    : { status: 201, body: undefined as never, text: '' };
  const owner = await call(service.url, 'POST', '/v1/keys', { key: service.admin, body: { role: 'owner', collectionId: collection.id, label: 'owner' } });
  if (team.status !== 201 || partner.status !== 201 || owner.status !== 201) throw new Error(`links/keys: ${team.text} ${partner.text} ${owner.text}`);
  return { collection, team: team.body, partner: partner.body, owner: owner.body.key };
}

/** The path part of a link's submit URL. */
export const submitPath = (link: { token: string }): string => `/v1/respond/${link.token}`;
