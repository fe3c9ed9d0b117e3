/**
 * Who may do what, as a table: every route × every kind of caller, including the owner of
 * another collection, the admin of another county, a respondent link used as a key, and no key.
 * Only the cells marked allowed succeed; a collection outside the caller's scope is a 404 (its
 * existence is not revealed), a role that may see it but not do this is a 403.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, startService, submitPath, type Service } from './helpers.js';

type Caller = 'owner' | 'otherOwner' | 'admin' | 'otherAdmin' | 'viewer' | 'respondentLink' | 'none';
const CALLERS: Caller[] = ['owner', 'otherOwner', 'admin', 'otherAdmin', 'viewer', 'respondentLink', 'none'];

interface World {
  service: Service;
  keys: Record<Caller, string | undefined>;
  collectionId: string;
  submissionId: string;
  planId: string;
  /** A plan body that fits the collection. */
  plan: unknown;
  /** Makes a fresh link / key so destructive routes can be tried by every caller. */
  freshLinkId(): Promise<string>;
  freshKeyId(): Promise<string>;
}

interface Row {
  route: string;
  /** Expected status per caller. */
  expect: Record<Caller, number>;
  request(world: World): Promise<{ method: string; path: string; body?: unknown }>;
}

const scoped = (allowed: Partial<Record<Caller, number>>, viewer: number, otherwise = 404): Record<Caller, number> => ({
  owner: otherwise,
  otherOwner: otherwise,
  admin: otherwise,
  otherAdmin: otherwise,
  viewer,
  respondentLink: 401,
  none: 401,
  ...allowed,
});

const ROWS: Row[] = [
  { route: 'GET collection', expect: scoped({ owner: 200, admin: 200 }, 200), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}` }) },
  { route: 'PATCH collection', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'PATCH', path: `/v1/collections/${w.collectionId}`, body: { title: 'Renamed' } }) },
  { route: 'POST links', expect: scoped({ owner: 201, admin: 201 }, 403), request: async (w) => ({ method: 'POST', path: `/v1/collections/${w.collectionId}/links`, body: { perspective: 'self' } }) },
  { route: 'GET links', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/links` }) },
  { route: 'DELETE link', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'DELETE', path: `/v1/collections/${w.collectionId}/links/${await w.freshLinkId()}` }) },
  { route: 'GET submissions', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/submissions` }) },
  { route: 'GET submissions CSV', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/submissions?format=csv` }) },
  { route: 'GET submission', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/submissions/${w.submissionId}` }) },
  { route: 'GET results', expect: scoped({ owner: 200, admin: 200 }, 200), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/results` }) },
  { route: 'GET results CSV', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/results?format=csv` }) },
  { route: 'GET gaps', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/gaps` }) },
  { route: 'POST plans', expect: scoped({ owner: 201, admin: 201 }, 403), request: async (w) => ({ method: 'POST', path: `/v1/collections/${w.collectionId}/plans`, body: w.plan }) },
  { route: 'GET plans', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/plans` }) },
  { route: 'GET plan', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/plans/${w.planId}` }) },
  { route: 'GET plan version', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'GET', path: `/v1/collections/${w.collectionId}/plans/${w.planId}?version=1` }) },
  { route: 'PUT plan (new version)', expect: scoped({ owner: 200, admin: 200 }, 403), request: async (w) => ({ method: 'PUT', path: `/v1/collections/${w.collectionId}/plans/${w.planId}`, body: w.plan }) },
  {
    route: 'POST collections (in the admin\'s county)',
    expect: { owner: 403, otherOwner: 403, admin: 201, otherAdmin: 403, viewer: 403, respondentLink: 401, none: 401 },
    request: async () => ({ method: 'POST', path: '/v1/collections', body: { title: 'New round', county: 'Sierra Vista', level: 'district', subject: { name: 'Costa Azul Unified', type: 'district' } } }),
  },
  { route: 'GET collections', expect: { owner: 200, otherOwner: 200, admin: 200, otherAdmin: 200, viewer: 200, respondentLink: 401, none: 401 }, request: async () => ({ method: 'GET', path: '/v1/collections' }) },
  {
    route: 'POST keys (owner key for the collection)',
    expect: { owner: 403, otherOwner: 403, admin: 201, otherAdmin: 404, viewer: 403, respondentLink: 401, none: 401 },
    request: async (w) => ({ method: 'POST', path: '/v1/keys', body: { role: 'owner', collectionId: w.collectionId, label: 'another owner' } }),
  },
  { route: 'GET keys', expect: { owner: 200, otherOwner: 200, admin: 200, otherAdmin: 200, viewer: 200, respondentLink: 401, none: 401 }, request: async () => ({ method: 'GET', path: '/v1/keys' }) },
  {
    route: 'DELETE key (another owner key of the collection)',
    expect: { owner: 404, otherOwner: 404, admin: 200, otherAdmin: 404, viewer: 404, respondentLink: 401, none: 401 },
    request: async (w) => ({ method: 'DELETE', path: `/v1/keys/${await w.freshKeyId()}` }),
  },
  { route: 'GET rollups', expect: { owner: 403, otherOwner: 403, admin: 200, otherAdmin: 200, viewer: 200, respondentLink: 401, none: 401 }, request: async () => ({ method: 'GET', path: '/v1/rollups?by=county' }) },
  { route: 'GET audit', expect: { owner: 200, otherOwner: 200, admin: 200, otherAdmin: 200, viewer: 403, respondentLink: 401, none: 401 }, request: async () => ({ method: 'GET', path: '/v1/audit' }) },
];

for (const engine of ENGINES) {
  describe(`authorization matrix on ${engine}`, { timeout: 300_000 }, () => {
    let world: World;
    let otherCollectionId: string;
    before(async () => {
      const service = await startService(engine);
      const fw = await conditionsFramework();
      const a = await collectionWithLinks(service);
      const b = await collectionWithLinks(service, { title: 'Another district' });
      otherCollectionId = b.collection.id;
      const otherAdmin = await service.store.createKey({ role: 'county-admin', county: 'Bahía', label: 'other county' }, undefined);
      await call(service.url, 'POST', '/v1/collections', { key: otherAdmin.key, body: { title: 'Bahía round', level: 'district', subject: { name: 'Bahía Unified', type: 'district' } } });
      const submitted = await call(service.url, 'POST', submitPath(a.team), { body: assessmentFor(fw, { id: 'm1' }) });
      await call(service.url, 'POST', submitPath(a.partner), { body: assessmentFor(fw, { perspective: 'partner' }) });
      const plan = { schemaVersion: 1, aims: [{ id: 'aim-1', what: 'Every school team looks at its own data monthly.' }] };
      const planned = await call(service.url, 'POST', `/v1/collections/${a.collection.id}/plans`, { key: a.owner, body: plan });
      world = {
        service,
        collectionId: a.collection.id,
        submissionId: submitted.body.id,
        planId: planned.body.id,
        plan,
        keys: { owner: a.owner, otherOwner: b.owner, admin: service.admin, otherAdmin: otherAdmin.key, viewer: service.viewer, respondentLink: a.team.token, none: undefined },
        async freshLinkId() {
          return (await call(service.url, 'POST', `/v1/collections/${a.collection.id}/links`, { key: service.admin, body: { perspective: 'self' } })).body.id;
        },
        async freshKeyId() {
          return (await call(service.url, 'POST', '/v1/keys', { key: service.admin, body: { role: 'owner', collectionId: a.collection.id, label: 'spare' } })).body.id;
        },
      };
    });
    after(async () => world?.service.stop());

    for (const row of ROWS) {
      it(`${row.route}: ${CALLERS.map((c) => `${c} ${row.expect[c]}`).join(', ')}`, async () => {
        const got: Record<string, number> = {};
        for (const caller of CALLERS) {
          const { method, path, body } = await row.request(world);
          got[caller] = (await call(world.service.url, method, path, { key: world.keys[caller], body })).status;
        }
        assert.deepEqual(got, row.expect);
      });
    }

    it('lists only the collections, keys and audit events in the caller\'s scope', async () => {
      const { service, keys, collectionId } = world;
      const ids = async (caller: Caller) => (await call(service.url, 'GET', '/v1/collections', { key: keys[caller] })).body.collections.map((c: { id: string }) => c.id);
      assert.deepEqual(await ids('owner'), [collectionId]);
      assert.deepEqual(await ids('otherOwner'), [otherCollectionId]);
      assert.ok((await ids('admin')).includes(collectionId));
      assert.ok(!(await ids('otherAdmin')).includes(collectionId));
      assert.ok((await ids('viewer')).includes(collectionId));
      const audit = async (caller: Caller) => (await call(service.url, 'GET', '/v1/audit?limit=1000', { key: keys[caller] })).body.events as { collectionId?: string; county?: string }[];
      assert.ok((await audit('owner')).every((e) => e.collectionId === collectionId));
      assert.ok((await audit('otherAdmin')).every((e) => e.county === 'Bahía'));
      const rollups = (await call(service.url, 'GET', '/v1/rollups?by=county', { key: keys.otherAdmin })).body.rollups as { key: string }[];
      assert.ok(rollups.every((r) => r.key === 'Bahía'));
      const keyList = (await call(service.url, 'GET', '/v1/keys', { key: keys.otherAdmin })).body.keys as { county?: string }[];
      assert.ok(keyList.every((k) => k.county === 'Bahía'));
    });

    it('shows state viewers aggregates only, with cells of fewer than 3 raters suppressed', async () => {
      const { service, keys } = world;
      const fw = await conditionsFramework();
      const c = await collectionWithLinks(service, { title: 'Suppression' });
      const results = async () => (await call(service.url, 'GET', `/v1/collections/${c.collection.id}/results`, { key: keys.viewer })).body.results as any[];
      await call(service.url, 'POST', submitPath(c.team), { body: assessmentFor(fw, { id: 'r1', seed: 1 }) });
      await call(service.url, 'POST', submitPath(c.team), { body: assessmentFor(fw, { id: 'r2', seed: 2, answered: 5 }) });
      let self = (await results()).find((r) => r.perspective === 'self');
      assert.equal(self.aggregate.items.length, 0, 'two raters: every item suppressed');
      assert.equal(self.suppressed.overall, true);
      assert.equal(self.aggregate.respondents, undefined);
      await call(service.url, 'POST', submitPath(c.team), { body: assessmentFor(fw, { id: 'r3', seed: 3 }) });
      self = (await results()).find((r) => r.perspective === 'self');
      assert.equal(self.aggregate.respondents, 3);
      assert.equal(self.aggregate.items.length, 5, 'only the items all three answered');
      for (const item of self.aggregate.items) {
        assert.ok(item.n >= 3);
        for (const hidden of ['counts', 'min', 'max']) assert.ok(!(hidden in item), `${hidden} is not shown to viewers`);
      }
      assert.ok(self.suppressed.items.length > 0);
      const partner = (await results()).find((r) => r.perspective === 'partner');
      assert.equal(partner.aggregate.items.length, 0);
      const raw = JSON.stringify(await results());
      assert.ok(!raw.includes('Evidence'), 'no evidence text reaches a viewer');
    });
  });
}
