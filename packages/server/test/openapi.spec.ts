/**
 * schemas/openapi.json is generated from the code (drift fails the suite), describes every
 * route the server has, resolves every reference, and real answers fit the schemas it gives.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { API_PATHS } from '../src/app.js';
import { OPENAPI_FILE, renderOpenApi } from '../scripts/openapi.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, startService, submitPath, type Service } from './helpers.js';

const committed = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));

describe('OpenAPI document', { timeout: 300_000 }, () => {
  it('is committed exactly as the code generates it (run "npm run openapi" after changing the API)', () => {
    assert.equal(readFileSync(OPENAPI_FILE, 'utf8'), renderOpenApi());
  });

  it('is a valid OpenAPI 3.1 document by the specification\'s own schema (what client generators check first)', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(committed));
    assert.equal(validator.version, '3.1');
    assert.ok(result.valid, JSON.stringify(result.errors, null, 1)?.slice(0, 2000));
    // The check itself catches a broken document: an operation whose responses are not a map.
    const broken = structuredClone(committed);
    broken.paths['/healthz'].get.responses = 'none';
    assert.equal((await new Validator().validate(broken)).valid, false);
  });

  it('tells clients of every route touching the database about 503 and 429, each with Retry-After', () => {
    for (const [path, item] of Object.entries<Record<string, { responses?: Record<string, { headers?: Record<string, unknown> }> }>>(committed.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method === 'parameters') continue;
        const answers = operation.responses!;
        if (path !== '/openapi.json') assert.ok(answers['503'], `${method} ${path} documents 503`);
        for (const status of ['429', '503']) if (answers[status]) assert.ok(answers[status]!.headers?.['Retry-After'], `${method} ${path} ${status} documents Retry-After`);
      }
    }
  });

  it('describes every route, and only those', () => {
    const documented = Object.keys(committed.paths).sort();
    const served = Object.values(API_PATHS).map((p) => p.replace(/:([A-Za-z]+)/g, '{$1}')).sort();
    assert.deepEqual(documented, served);
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(committed).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const name = /#\/components\/schemas\/([^"]+)/.exec(ref)?.[1];
      assert.ok(name && committed.components.schemas[name], `unresolved ${ref}`);
    }
  });

  describe('real answers fit the documented schemas', () => {
    let service: Service;
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'api', components: committed.components });
    const check = (name: string, value: unknown) => {
      const validate = ajv.getSchema(`api#/components/schemas/${name}`)!;
      assert.ok(validate(value), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    };
    before(async () => {
      service = await startService('pglite');
    });
    after(async () => service?.stop());

    it('collection, link, key, receipt, error, submissions, results, gaps, health', async () => {
      const fw = await conditionsFramework();
      const { collection, team, partner, owner } = await collectionWithLinks(service);
      check('Collection', collection);
      check('CreatedLink', team);
      const receipt = await call(service.url, 'POST', submitPath(team), { body: assessmentFor(fw, { id: 'a' }) });
      check('Receipt', receipt.body);
      await call(service.url, 'POST', submitPath(partner), { body: assessmentFor(fw, { perspective: 'partner' }) });
      check('Error', (await call(service.url, 'POST', submitPath(team), { body: { nope: 1 } })).body);
      check('Error', (await call(service.url, 'GET', '/nope')).body);
      const key = await call(service.url, 'POST', '/v1/keys', { key: service.admin, body: { role: 'owner', collectionId: collection.id, label: 'x' } });
      check('CreatedKey', key.body);
      const submissions = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions`, { key: owner });
      for (const s of submissions.body.submissions) check('Submission', s);
      check('SubmissionHistory', (await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions/${receipt.body.id}`, { key: owner })).body);
      const results = (await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner })).body;
      check('Results', results);
      for (const r of results.results) check('AggregateResult', r.aggregate);
      check('Results', (await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: service.viewer })).body);
      check('GapReport', (await call(service.url, 'GET', `/v1/collections/${collection.id}/gaps`, { key: owner })).body);
      check('RespondentView', (await call(service.url, 'GET', submitPath(team))).body);
      check('Rollups', (await call(service.url, 'GET', '/v1/rollups?by=school-year', { key: service.viewer })).body);
      for (const e of (await call(service.url, 'GET', '/v1/audit', { key: owner })).body.events) check('AuditEvent', e);
      check('Health', (await call(service.url, 'GET', '/healthz')).body);
      assert.deepEqual((await call(service.url, 'GET', '/openapi.json')).body, committed);
    });
  });
});
