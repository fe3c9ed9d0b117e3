/**
 * A collection's aggregate state as one vector of counts, so the database can add a submission
 * to it in a single atomic statement instead of reading, merging and writing the state in
 * JavaScript under a lock.
 *
 * Every count of core's `AggregateState` (respondents, items' answer codes, group and overall
 * bins, insufficient raters) gets a position in the vector; its other fields (framework, level,
 * method, resolution) never change for a collection and stay in `aggregate_states.state`, the
 * collection's *base* state. A submission's contribution is the list of positions its state
 * counts (a position twice if it counts 2). The database keeps rows (*shards*) of summed
 * contributions per collection and perspective, and each submission's latest contribution; a
 * submission stored since the last fold is *pending*, and counts as its contribution minus the
 * one the shards hold for it (a resubmission's earlier version). The collection's state is the
 * base plus every shard plus every pending submission.
 */
import type { AggregateState } from '@sos-kit/core';

/** The count fields of a state, in the order they are laid out in the vector. */
const ARRAY_FIELDS = ['itemCounts', 'groupBins', 'groupInsufficient', 'overallBins'] as const;

/** How many counts a state has: the length of its vector. */
export function countsLength(state: AggregateState): number {
  return ARRAY_FIELDS.reduce((length, field) => length + state[field].length, 2);
}

/**
 * The 1-based positions (PostgreSQL arrays start at 1) a state counts, each repeated as often as
 * it counts: the sparse form of a single submission's contribution.
 */
export function contributionOf(state: AggregateState): number[] {
  const positions: number[] = [];
  const count = (value: number, position: number) => {
    for (let n = 0; n < value; n++) positions.push(position);
  };
  count(state.respondents, 1);
  count(state.overallInsufficient, 2);
  let offset = 3;
  for (const field of ARRAY_FIELDS) {
    const values = state[field];
    for (let k = 0; k < values.length; k++) if (values[k] !== 0) count(values[k]!, offset + k);
    offset += values.length;
  }
  return positions;
}

/**
 * `base` with `counts` (summed shards, laid out like `base`) added. Shards may hold negative
 * counts (a resubmission takes its earlier version out of whichever shard it lands in); only the
 * sum has to be a valid state, and the caller validates it before use.
 */
export function withCounts(base: AggregateState, counts: readonly number[]): AggregateState {
  if (counts.length !== countsLength(base)) {
    throw new Error(`stored counts have ${counts.length} positions, the collection's state ${countsLength(base)}`);
  }
  let at = 2;
  const slice = (values: readonly number[]) => values.map((value) => value + counts[at++]!);
  const [itemCounts, groupBins, groupInsufficient, overallBins] = ARRAY_FIELDS.map((field) => slice(base[field]));
  return {
    ...base,
    respondents: base.respondents + counts[0]!,
    overallInsufficient: base.overallInsufficient + counts[1]!,
    itemCounts: itemCounts!,
    groupBins: groupBins!,
    groupInsufficient: groupInsufficient!,
    overallBins: overallBins!,
  };
}

/** Adds `sign` (1 or -1) to `counts` at each 1-based position (a position may repeat), in place. */
export function addPositions(counts: number[], positions: readonly number[], sign: 1 | -1): void {
  for (const position of positions) {
    if (!(position >= 1 && position <= counts.length)) throw new Error(`a stored contribution counts position ${position}, outside the ${counts.length} counts`);
    counts[position - 1]! += sign;
  }
}

/** Element-wise sum of count vectors of one length (the shards of a collection and perspective). */
export function sumCounts(vectors: readonly (readonly number[])[], length: number): number[] {
  const sum = new Array<number>(length).fill(0);
  for (const vector of vectors) {
    if (vector.length !== length) throw new Error(`a stored shard has ${vector.length} counts, expected ${length}`);
    for (let k = 0; k < length; k++) sum[k] = sum[k]! + vector[k]!;
  }
  return sum;
}
