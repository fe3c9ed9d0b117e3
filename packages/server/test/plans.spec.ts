/**
 * Improvement plans stored with their collection, on both engines: created as version 1, saved
 * as new versions that never overwrite the old ones, read at any version, listed, validated
 * with core (422 with located issues), guarded against stale saves, and audited.
 */
import type { ImprovementPlan } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './engines.js';
import { call, collectionWithLinks, DISTRICT, startService, type Service } from './helpers.js';

/** The framework the helpers' collections use, as a plan names it. */
let framework: ImprovementPlan['framework'];

/** A plan of the helpers' district collection. */
function planFor(overrides: Partial<ImprovementPlan> = {}): ImprovementPlan {
  return {
    schemaVersion: 1,
    title: 'Costa Azul: trust first',
    organization: DISTRICT,
    level: 'district',
    schoolYear: '2025-26',
    framework,
    aims: [{ id: 'aim-1', what: 'Every school team meets monthly to look at its own data together.', byWhen: '2026-06-01' }],
    measures: [{ id: 'm-1', kind: 'process', name: 'Share of school teams meeting this month', aimIds: ['aim-1'], dataPoints: [{ date: '2025-10-01', value: 0.4 }] }],
    ...overrides,
  };
}

for (const engine of ENGINES) {
  describe(`improvement plans on ${engine}`, { timeout: 300_000 }, () => {
    let service: Service;
    let world: Awaited<ReturnType<typeof collectionWithLinks>>;
    const plansPath = () => `/v1/collections/${world.collection.id}/plans`;
    before(async () => {
      service = await startService(engine);
      world = await collectionWithLinks(service);
      framework = world.collection.framework;
    });
    after(async () => service?.stop());

    it('stores a plan as version 1 and reads it back unchanged, with Location and ETag', async () => {
      const plan = planFor();
      const created = await call(service.url, 'POST', plansPath(), { key: world.owner, body: plan });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.body.version, 1);
      assert.equal(created.body.latestVersion, 1);
      assert.equal(created.body.collectionId, world.collection.id);
      assert.deepEqual(created.body.document, plan);
      assert.equal(created.headers.get('location'), `${plansPath()}/${created.body.id}`);
      assert.equal(created.headers.get('etag'), '"1"');
      const read = await call(service.url, 'GET', created.headers.get('location')!, { key: service.admin });
      assert.equal(read.status, 200);
      assert.deepEqual(read.body.document, plan);
      assert.equal(read.body.versions.length, 1);
      assert.match(read.body.versions[0].savedBy, /^key:/);
    });

    it('saves changes as a new version and keeps every earlier version readable', async () => {
      const created = await call(service.url, 'POST', plansPath(), { key: world.owner, body: planFor() });
      const path = `${plansPath()}/${created.body.id}`;
      const changed = planFor({ aims: [{ id: 'aim-1', what: 'Every school team meets twice a month to look at its data.' }] });
      const saved = await call(service.url, 'PUT', path, { key: service.admin, body: changed, headers: { 'if-match': '"1"' } });
      assert.equal(saved.status, 200, saved.text);
      assert.equal(saved.body.version, 2);
      assert.equal(saved.headers.get('etag'), '"2"');
      const latest = await call(service.url, 'GET', path, { key: world.owner });
      assert.deepEqual(latest.body.document, changed);
      assert.deepEqual(latest.body.versions.map((v: { version: number }) => v.version), [1, 2]);
      const first = await call(service.url, 'GET', `${path}?version=1`, { key: world.owner });
      assert.equal(first.status, 200);
      assert.equal(first.body.version, 1);
      assert.equal(first.body.latestVersion, 2);
      assert.deepEqual(first.body.document, planFor(), 'version 1 is as it was first saved');
      assert.equal((await call(service.url, 'GET', `${path}?version=3`, { key: world.owner })).status, 404);
      const badVersion = await call(service.url, 'GET', `${path}?version=first`, { key: world.owner });
      assert.equal(badVersion.status, 400);
      assert.match(badVersion.body.message, /version must be a whole number/);
    });

    it('refuses a save based on an older version with 412, storing nothing', async () => {
      const created = await call(service.url, 'POST', plansPath(), { key: world.owner, body: planFor() });
      const path = `${plansPath()}/${created.body.id}`;
      assert.equal((await call(service.url, 'PUT', path, { key: world.owner, body: planFor({ notes: 'Owner edit' }), headers: { 'if-match': '"1"' } })).status, 200);
      const stale = await call(service.url, 'PUT', path, { key: service.admin, body: planFor({ notes: 'Admin edit of version 1' }), headers: { 'if-match': '"1"' } });
      assert.equal(stale.status, 412);
      assert.equal(stale.body.error, 'stale_version');
      assert.match(stale.body.message, /you edited version 1, the latest is 2/);
      const latest = await call(service.url, 'GET', path, { key: world.owner });
      assert.equal(latest.body.document.notes, 'Owner edit');
      assert.equal(latest.body.versions.length, 2);
      const badHeader = await call(service.url, 'PUT', path, { key: world.owner, body: planFor(), headers: { 'if-match': 'yesterday' } });
      assert.equal(badHeader.status, 400);
      assert.equal(badHeader.body.error, 'invalid_header');
      // Without If-Match a save is still a new version: nothing is overwritten.
      const blind = await call(service.url, 'PUT', path, { key: world.owner, body: planFor({ notes: 'Blind save' }) });
      assert.equal(blind.body.version, 3);
    });

    it('lets exactly one of two simultaneous saves of the same version through', async () => {
      const created = await call(service.url, 'POST', plansPath(), { key: world.owner, body: planFor() });
      const path = `${plansPath()}/${created.body.id}`;
      const replies = await Promise.all(
        ['A', 'B', 'C'].map((who) => call(service.url, 'PUT', path, { key: world.owner, body: planFor({ notes: who }), headers: { 'if-match': '"1"' } })),
      );
      assert.deepEqual(replies.map((r) => r.status).sort(), [200, 412, 412]);
      const latest = await call(service.url, 'GET', path, { key: world.owner });
      assert.deepEqual(latest.body.versions.map((v: { version: number }) => v.version), [1, 2]);
    });

    it('lists the latest version of every plan of the collection, and only of that collection', async () => {
      const other = await collectionWithLinks(service, { title: 'Another district' });
      await call(service.url, 'POST', `/v1/collections/${other.collection.id}/plans`, { key: other.owner, body: planFor({ title: 'Other collection plan' }) });
      const list = await call(service.url, 'GET', plansPath(), { key: world.owner });
      assert.equal(list.status, 200);
      assert.ok(list.body.plans.length >= 4);
      assert.ok(list.body.plans.every((p: { collectionId: string; version: number; latestVersion: number }) => p.collectionId === world.collection.id && p.version === p.latestVersion));
      assert.ok(!list.body.plans.some((p: { document: ImprovementPlan }) => p.document.title === 'Other collection plan'));
      // A plan of another collection is not reachable through this one.
      const foreign = (await call(service.url, 'GET', `/v1/collections/${other.collection.id}/plans`, { key: other.owner })).body.plans[0];
      assert.equal((await call(service.url, 'GET', `${plansPath()}/${foreign.id}`, { key: service.admin })).status, 404);
      assert.equal((await call(service.url, 'PUT', `${plansPath()}/${foreign.id}`, { key: service.admin, body: planFor() })).status, 404);
    });

    it('answers 422 with every problem located by JSON path for a plan core finds invalid', async () => {
      const bad = { ...planFor(), aims: [{ id: 'aim-1' }], colour: 'blue' };
      const reply = await call(service.url, 'POST', plansPath(), { key: world.owner, body: bad });
      assert.equal(reply.status, 422);
      assert.equal(reply.body.error, 'invalid_plan');
      const paths = reply.body.issues.map((i: { jsonPath: string }) => i.jsonPath);
      assert.ok(paths.includes('$.aims[0].what'), JSON.stringify(reply.body.issues));
      assert.ok(paths.includes('$.colour'), JSON.stringify(reply.body.issues));
      const empty = await call(service.url, 'POST', plansPath(), { key: world.owner, body: { schemaVersion: 1, aims: [] } });
      assert.equal(empty.status, 422, 'a plan needs an aim');
    });

    it('refuses a plan for another organisation, level, school year or framework, or with ids the framework lacks', async () => {
      const cases: [Partial<ImprovementPlan>, string][] = [
        [{ organization: { name: 'Bahía Unified', type: 'district' } }, '$.organization'],
        [{ level: 'school' }, '$.level'],
        [{ schoolYear: '2024-25' }, '$.schoolYear'],
        [{ framework: { id: 'ca-sos-effective-support-principles', version: '1.0.0' } }, '$.framework.id'],
        [{ aims: [{ id: 'aim-1', what: 'x', focus: ['no-such-element'] }] }, '$.aims[0].focus[0]'],
      ];
      for (const [overrides, jsonPath] of cases) {
        const reply = await call(service.url, 'POST', plansPath(), { key: world.owner, body: planFor(overrides) });
        assert.equal(reply.status, 422, `${jsonPath}: ${reply.text}`);
        assert.ok(reply.body.issues.some((i: { jsonPath: string }) => i.jsonPath === jsonPath), `${jsonPath}: ${JSON.stringify(reply.body.issues)}`);
      }
      const before = (await call(service.url, 'GET', plansPath(), { key: world.owner })).body.plans.length;
      const minimal = await call(service.url, 'POST', plansPath(), { key: world.owner, body: { schemaVersion: 1, aims: [{ id: 'a', what: 'Only an aim is needed to save.' }] } });
      assert.equal(minimal.status, 201, 'fields a plan leaves out are not required to match');
      assert.equal((await call(service.url, 'GET', plansPath(), { key: world.owner })).body.plans.length, before + 1);
    });

    it('answers bad bodies with 400 or 415 naming the problem, never a 5xx', async () => {
      const notJson = await call(service.url, 'POST', plansPath(), { key: world.owner, body: '{"schemaVersion": 1,' });
      assert.equal(notJson.status, 400);
      assert.equal(notJson.body.error, 'invalid_json');
      const empty = await call(service.url, 'POST', plansPath(), { key: world.owner, body: ' ' });
      assert.equal(empty.status, 400);
      assert.equal(empty.body.error, 'empty_body');
      const text = await call(service.url, 'POST', plansPath(), { key: world.owner, body: 'aims', headers: { 'content-type': 'text/plain' } });
      assert.equal(text.status, 415);
      const nul = await call(service.url, 'POST', plansPath(), { key: world.owner, body: planFor({ notes: 'nul \u0000 here' }) });
      assert.equal(nul.status, 422);
      assert.ok(nul.body.issues.some((i: { jsonPath: string; code: string }) => i.jsonPath === '$.notes' && i.code === 'unstorable_text'), JSON.stringify(nul.body.issues));
      const other = await call(service.url, 'DELETE', plansPath(), { key: world.owner });
      assert.equal(other.status, 405);
      assert.equal(other.headers.get('allow'), 'POST, GET, HEAD');
    });

    it('records who created and saved each plan version in the audit trail', async () => {
      const created = await call(service.url, 'POST', plansPath(), { key: world.owner, body: planFor() });
      await call(service.url, 'PUT', `${plansPath()}/${created.body.id}`, { key: service.admin, body: planFor({ notes: 'v2' }) });
      const events = (await call(service.url, 'GET', `/v1/audit?collectionId=${world.collection.id}&limit=1000`, { key: service.admin })).body.events as { action: string; target: string; actor: string; detail: { version: number } }[];
      const mine = events.filter((e) => e.target === created.body.id).reverse();
      assert.deepEqual(mine.map((e) => [e.action, e.detail.version]), [['plan.create', 1], ['plan.update', 2]]);
      assert.notEqual(mine[0]!.actor, mine[1]!.actor, 'the owner created it, the county admin saved version 2');
    });
  });
}
