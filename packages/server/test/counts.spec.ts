/** The counts layout the database adds submissions with: a contribution laid onto the base state gives the state. */
import { Aggregator, type Assessment } from '@sos-kit/core';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addPositions, contributionOf, countsLength, sumCounts, withCounts } from '../src/counts.js';
import { assessmentFor, conditionsFramework } from './helpers.js';

/** The state of district assessments, as core's Aggregator keeps it. */
const stateOf = async (documents: Assessment[]) => {
  const aggregator = new Aggregator(await conditionsFramework(), 'district', { validated: true });
  for (const document of documents) aggregator.add(document);
  return aggregator.state();
};
const emptyState = async () => new Aggregator(await conditionsFramework(), 'district', { validated: true }).state();

/** The dense vector a list of 1-based positions adds up to. */
const vectorOf = (positions: number[], length: number) => {
  const vector = new Array<number>(length).fill(0);
  for (const p of positions) vector[p - 1]! += 1;
  return vector;
};

describe('aggregate states as counts', () => {
  it('lays a submission out as positions that, added to the empty state, give its state', async () => {
    const empty = await emptyState();
    const state = await stateOf([assessmentFor(await conditionsFramework(), { seed: 3, answered: 30 })]);
    const positions = contributionOf(state);
    assert.ok(positions.every((p) => Number.isInteger(p) && p >= 1 && p <= countsLength(state)), 'positions are 1-based and inside the vector');
    assert.deepEqual(withCounts(empty, vectorOf(positions, countsLength(empty))), state);
  });

  it('sums shards, negative counts included, into the state of the latest versions', async () => {
    const fw = await conditionsFramework();
    const first = [0, 1, 2].map((seed) => assessmentFor(fw, { id: `r${seed}`, seed, answered: 25 + seed }));
    const revised = assessmentFor(fw, { id: 'r1', seed: 40, answered: 12 });
    const length = countsLength(await emptyState());
    const vectorOfState = async (documents: Assessment[]) => vectorOf(contributionOf(await stateOf(documents)), length);
    // A base state holding the first two, shard A adding the third, shard B replacing r1's first version.
    const base = await stateOf(first.slice(0, 2));
    const shardA = await vectorOfState([first[2]!]);
    const removed = await vectorOfState([first[1]!]);
    const shardB = (await vectorOfState([revised])).map((n, k) => n - removed[k]!);
    assert.ok(shardB.some((n) => n < 0), 'a shard alone may hold negative counts');
    assert.deepEqual(withCounts(base, sumCounts([shardA, shardB], length)), await stateOf([first[0]!, revised, first[2]!]));
  });

  it('adds a pending contribution and takes out the one it replaces, position by position', async () => {
    const fw = await conditionsFramework();
    const earlier = assessmentFor(fw, { id: 'r', seed: 1, answered: 30 });
    const later = assessmentFor(fw, { id: 'r', seed: 2, answered: 12 });
    const other = assessmentFor(fw, { id: 'o', seed: 3, answered: 20 });
    const empty = await emptyState();
    // The stored counts hold `earlier` and `other`; `later` is pending and replaces `earlier`.
    const counts = sumCounts([vectorOf([...contributionOf(await stateOf([earlier])), ...contributionOf(await stateOf([other]))], countsLength(empty))], countsLength(empty));
    addPositions(counts, contributionOf(await stateOf([later])), 1);
    addPositions(counts, contributionOf(await stateOf([earlier])), -1);
    assert.deepEqual(withCounts(empty, counts), await stateOf([later, other]));
    assert.throws(() => addPositions(counts, [counts.length + 1], 1), /outside the/);
  });

  it('refuses counts laid out for another state', async () => {
    const empty = await emptyState();
    assert.throws(() => withCounts(empty, [1, 2, 3]), /3 positions/);
    assert.throws(() => sumCounts([[1, 2]], 3), /2 counts, expected 3/);
  });
});
