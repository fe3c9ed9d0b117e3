/**
 * Submissions are counted later: storing one marks it pending, reads add pending submissions to
 * the stored counts, and folds move them into the counts. Results equal the latest versions at
 * every moment — before a fold, after it, across resubmissions that replace a version counted or
 * still pending, and while folds and submissions run at the same time.
 */
import { Aggregator, type AggregateState, type Assessment, type Framework } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPostgres } from '../src/db.js';
import { startServer } from '../src/server.js';
import { FOLD_EVERY, type Collection, type RespondentLink, type Store } from '../src/store.js';
import { ENGINES, freshPostgresUrl } from './engines.js';
import { assessmentFor, collectionWithLinks, conditionsFramework, startService, type Service } from './helpers.js';

/** The state core computes from the documents themselves. */
function expected(fw: Framework, documents: Assessment[]): AggregateState {
  const aggregator = new Aggregator(fw, 'district', { validated: true });
  for (const document of documents) aggregator.add(document);
  return aggregator.state();
}

const pending = async (store: Store, collection: Collection) =>
  (await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM submissions WHERE collection_id = $1 AND pending`, [collection.id]))[0]!.n;

for (const engine of ENGINES) {
  describe(`submissions counted later on ${engine}`, { timeout: 300_000 }, () => {
    let service: Service;
    let fw: Framework;
    before(async () => {
      service = await startService(engine);
      fw = await conditionsFramework();
    });
    after(async () => service?.stop());

    const submit = async (collection: Collection, link: RespondentLink, document: Assessment) => {
      const outcome = await service.store.submit({ link, collection, framework: fw, document, requestHash: `hash of ${JSON.stringify(document)}` });
      assert.equal(outcome.kind, 'stored');
      return outcome;
    };
    const state = async (collection: Collection) => (await service.store.states(collection.id)).get('self')!;

    it('equal the latest versions before and after each fold, whether the replaced version was counted or pending', async () => {
      const { collection, team } = await collectionWithLinks(service, { perspectives: ['self'] });
      const latest = new Map<string, Assessment>();
      const version = async (id: string, seed: number) => {
        const document = assessmentFor(fw, { id, seed, answered: 15 + (seed % 30) });
        await submit(collection, team, document);
        latest.set(id, document);
        assert.deepEqual(await state(collection), expected(fw, [...latest.values()]), `after ${id} (seed ${seed})`);
      };
      await version('a', 1);
      await version('b', 2);
      assert.equal(await pending(service.store, collection), 2);
      assert.equal(await service.store.fold(collection.id, 'self'), 2);
      assert.equal(await pending(service.store, collection), 0);
      assert.deepEqual(await state(collection), expected(fw, [...latest.values()]), 'after the first fold');
      // a's counted version replaced, then replaced again while still pending; c new.
      await version('a', 3);
      await version('a', 4);
      await version('c', 5);
      assert.equal(await service.store.fold(collection.id, 'self'), 2, 'a and c');
      assert.deepEqual(await state(collection), expected(fw, [...latest.values()]), 'after the second fold');
      await version('b', 6);
      await version('a', 7);
      assert.equal(await service.store.fold(collection.id, 'self'), 2);
      assert.equal(await service.store.fold(collection.id, 'self'), 0, 'nothing left to fold');
      assert.deepEqual(await state(collection), expected(fw, [...latest.values()]));
    });

    it(`folds by itself after ${FOLD_EVERY} submissions to a collection`, async () => {
      const { collection, team } = await collectionWithLinks(service, { perspectives: ['self'] });
      const documents = Array.from({ length: FOLD_EVERY + 10 }, (_, i) => assessmentFor(fw, { id: `many-${i}`, seed: i % 53, answered: 10 + (i % 35) }));
      // In groups, as concurrent clients send them.
      for (let start = 0; start < documents.length; start += 16) await Promise.all(documents.slice(start, start + 16).map((d) => submit(collection, team, d)));
      // The fold runs in the submission queue's next turn.
      await submit(collection, team, documents[0]!);
      assert.ok((await pending(service.store, collection)) < FOLD_EVERY, 'folded');
      const [counted] = await service.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM aggregate_counts WHERE collection_id = $1`, [collection.id]);
      assert.equal(counted?.n, 1, 'into one row of counts');
      assert.deepEqual(await state(collection), expected(fw, documents));
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('folds while submissions go on, on two replicas (PostgreSQL)', { timeout: 300_000 }, () => {
    it('never count a submission twice or lose one', async () => {
      const fw = await conditionsFramework();
      const url = await freshPostgresUrl();
      const databases = [await openPostgres(url, { max: 8 }), await openPostgres(url, { max: 8 })];
      const servers = [
        await startServer({ port: 0, database: databases[0]!, requestsPerMinute: 0, authFailuresPerMinute: 0 }),
        await startServer({ port: 0, database: databases[1]!, requestsPerMinute: 0, authFailuresPerMinute: 0 }),
      ];
      try {
        const [a, b] = servers.map((s) => s.store) as [Store, Store];
        const admin = await a.createKey({ role: 'county-admin', county: 'Sierra Vista', label: 'folds' }, undefined);
        const principal = (await a.authenticate(admin.key))!;
        const collection = await a.createCollection({ title: 'Folds', county: 'Sierra Vista', framework: { id: fw.id }, level: 'district', subject: { name: 'Costa Azul Unified', type: 'district', id: 'costa-azul' }, perspectives: ['self'] }, principal);
        const { token } = await a.createLink(collection, { perspective: 'self' }, principal);
        const { link } = (await a.linkByToken(token))!;
        const latest = new Map<string, Assessment>();
        const work: Promise<unknown>[] = [];
        for (let round = 0; round < 12; round++) {
          for (let k = 0; k < 10; k++) {
            // Twenty respondents, each sending several versions, through either replica.
            const id = `r${(round * 7 + k) % 20}`;
            const document = assessmentFor(fw, { id, seed: round * 10 + k, answered: 12 + ((round + k) % 30) });
            const store = k % 2 === 0 ? a : b;
            work.push(
              store.submit({ link, collection, framework: fw, document, requestHash: `${round}-${k}` }).then((outcome) => {
                assert.equal(outcome.kind, 'stored');
                const receipt = outcome.kind === 'stored' ? outcome.receipt : undefined;
                const known = latest.get(id);
                if (!known || receipt!.version > (known as Assessment & { version?: number }).version!) latest.set(id, Object.assign(document, { version: receipt!.version }));
              }),
            );
          }
          work.push(a.fold(collection.id, 'self'), b.fold(collection.id, 'self'));
        }
        await Promise.all(work);
        const documents = [...latest.values()].map(({ version: _v, ...d }: Assessment & { version?: number }) => d as Assessment);
        const expectedState = expected(fw, documents);
        assert.deepEqual((await b.states(collection.id)).get('self'), expectedState, 'read with whatever is pending');
        await a.fold(collection.id, 'self');
        assert.deepEqual((await a.states(collection.id)).get('self'), expectedState, 'everything folded');
      } finally {
        for (const server of servers) await server.close();
        for (const db of databases) await db.close();
      }
    });
  });
}
