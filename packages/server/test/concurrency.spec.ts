/**
 * 50 clients submit 5,000 assessments at once, retrying some requests with the same
 * Idempotency-Key (one after another and in parallel, as a flaky network or a double click
 * would): exactly 5,000 stored, none lost, none duplicated, and the stored aggregate state
 * equals aggregating the 5,000 documents from scratch.
 */
import { aggregateAssessments, type Assessment } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, startService, submitPath, type Service } from './helpers.js';

const CLIENTS = 50;
const SUBMISSIONS = 5000;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}

for (const engine of ENGINES) {
  describe(`concurrent submissions on ${engine}`, { timeout: 900_000 }, () => {
    let service: Service;
    before(async () => {
      service = await startService(engine);
    });
    after(async () => service?.stop());

    it(`${CLIENTS} clients × ${SUBMISSIONS} submissions with retried Idempotency-Keys: exactly ${SUBMISSIONS} stored`, async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service, { perspectives: ['self'] });
      const documents: Assessment[] = Array.from({ length: SUBMISSIONS }, (_, i) => assessmentFor(fw, { id: `respondent-${i}`, seed: i % 97, answered: 20 + (i % 25) }));
      const receipts = new Map<number, string>();
      const rand = random(20260302);
      let next = 0;
      let retries = 0;
      let replayed = 0;
      const post = async (i: number) => {
        const reply = await call(service.url, 'POST', submitPath(team), { body: documents[i], headers: { 'idempotency-key': `submission-${i}` } });
        assert.equal(reply.status, 201, `document ${i}: ${reply.status} ${reply.text}`);
        if (reply.headers.get('idempotent-replayed') === 'true') replayed++;
        const previous = receipts.get(i);
        if (previous) assert.equal(reply.body.id, previous, `retry of ${i} returned another submission`);
        receipts.set(i, reply.body.id);
        assert.equal(reply.body.version, 1, `retry of ${i} made a new version`);
      };
      const client = async () => {
        while (next < SUBMISSIONS) {
          const i = next++;
          const roll = rand();
          if (roll < 0.1) {
            retries += 2;
            await Promise.all([post(i), post(i), post(i)]); // a triple click
          } else if (roll < 0.25) {
            retries++;
            await post(i);
            await post(i); // the answer was lost, the client tries again
          } else await post(i);
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      assert.ok(retries > 500, `retried ${retries} requests`);
      assert.equal(replayed, retries, 'every retry was answered from the first result');
      assert.equal(new Set(receipts.values()).size, SUBMISSIONS);

      const stored = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions?history=true`, { key: owner });
      assert.equal(stored.body.submissions.length, SUBMISSIONS, 'one version per document');
      const results = await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner });
      const self = results.body.results[0].aggregate;
      assert.equal(self.respondents, SUBMISSIONS);
      assert.deepEqual(self, aggregateAssessments(documents, fw), 'the state kept in step with every concurrent write');
    });
  });
}
