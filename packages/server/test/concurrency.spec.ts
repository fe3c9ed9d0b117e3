/**
 * 50 clients submit 5,000 assessments at once, retrying some requests with the same
 * Idempotency-Key (one after another and in parallel, as a flaky network or a double click
 * would) and sending a revised version of some at the same moment as the first: exactly 5,000
 * stored, none lost, none duplicated, every version kept and numbered without gaps, and the
 * stored aggregate state equals aggregating the latest versions from scratch.
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

    it(`${CLIENTS} clients × ${SUBMISSIONS} submissions with retried Idempotency-Keys and racing resubmissions: exactly ${SUBMISSIONS} stored, results equal to recomputing`, async () => {
      const fw = await conditionsFramework();
      const { collection, team, owner } = await collectionWithLinks(service, { perspectives: ['self'] });
      const documents: Assessment[] = Array.from({ length: SUBMISSIONS }, (_, i) => assessmentFor(fw, { id: `respondent-${i}`, seed: i % 97, answered: 20 + (i % 25) }));
      // A second version of some respondents' answers, sent at the same time as the first.
      const revisions = new Map<number, Assessment>();
      /** Idempotency-Key → the receipt its first answer gave; every retry must give the same. */
      const receipts = new Map<string, { id: string; version: number; receivedAt: string }>();
      /** Respondent → document of each version number it was given. */
      const versions = new Map<number, Map<number, Assessment>>();
      const rand = random(20260302);
      let next = 0;
      let retries = 0;
      let replayed = 0;
      const post = async (i: number, document: Assessment, key: string) => {
        const reply = await call(service.url, 'POST', submitPath(team), { body: document, headers: { 'idempotency-key': key } });
        assert.equal(reply.status, 201, `${key}: ${reply.status} ${reply.text}`);
        if (reply.headers.get('idempotent-replayed') === 'true') replayed++;
        const first = receipts.get(key);
        if (first) assert.deepEqual(reply.body, first, `a retry of ${key} answered another receipt`);
        else receipts.set(key, reply.body);
        const given = versions.get(i) ?? new Map<number, Assessment>();
        versions.set(i, given.set(reply.body.version, document));
      };
      const client = async () => {
        while (next < SUBMISSIONS) {
          const i = next++;
          const send = async () => {
            const roll = rand();
            const key = `submission-${i}`;
            if (roll < 0.1) {
              retries += 2;
              await Promise.all([post(i, documents[i]!, key), post(i, documents[i]!, key), post(i, documents[i]!, key)]); // a triple click
            } else if (roll < 0.25) {
              retries++;
              await post(i, documents[i]!, key);
              await post(i, documents[i]!, key); // the answer was lost, the client tries again
            } else await post(i, documents[i]!, key);
          };
          if (rand() < 0.1) {
            const revision = assessmentFor(fw, { id: `respondent-${i}`, seed: (i % 97) + 1, answered: 45 - (i % 20) });
            revisions.set(i, revision);
            await Promise.all([send(), post(i, revision, `revision-${i}`)]);
          } else await send();
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
      assert.ok(retries > 500, `retried ${retries} requests`);
      assert.ok(revisions.size > 300, `revised ${revisions.size} submissions`);
      assert.equal(replayed, retries, 'every retry was answered from the first result');
      assert.equal(new Set([...receipts.values()].map((r) => r.id)).size, SUBMISSIONS, 'one submission per respondent');
      const latest = documents.map((_, i) => {
        const given = versions.get(i)!;
        assert.deepEqual([...given.keys()].sort(), revisions.has(i) ? [1, 2] : [1], `respondent ${i}: versions numbered from 1 without gaps`);
        return given.get(given.size)!;
      });

      const history = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions?history=true`, { key: owner });
      assert.equal(history.body.submissions.length, SUBMISSIONS + revisions.size, 'every version kept');
      const stored = await call(service.url, 'GET', `/v1/collections/${collection.id}/submissions`, { key: owner });
      assert.deepEqual(
        new Map(stored.body.submissions.map((s: { document: Assessment }) => [s.document.id, s.document])),
        new Map(latest.map((d) => [d.id, d])),
        'the latest version of each respondent is the one given the highest version number',
      );
      const results = await call(service.url, 'GET', `/v1/collections/${collection.id}/results`, { key: owner });
      const self = results.body.results[0].aggregate;
      assert.equal(self.respondents, SUBMISSIONS);
      assert.deepEqual(self, aggregateAssessments(latest, fw), 'the stored state equals aggregating the latest versions from scratch');
    });
  });
}
