/**
 * Aggregation of many assessments of one framework level: per item and per group, n, mean,
 * median, min, max, standard deviation, counts per scale level, non-scored counts and agreement.
 *
 * Everything is computed from histograms: items keep a count per answer code (exact, since
 * answers are scale values) and groups keep a count per score bin of `resolution` (0.01 scale
 * points by default). Histograms of integers add up exactly in any order, which makes partial
 * aggregates mergeable — merge(a, b) equals aggregating the union, bit for bit — and lets a
 * stream of any length be aggregated in memory bounded by the size of the framework.
 */
import type { Assessment, Framework, SystemLevel } from '../model/types.js';
import type { AggregateResult, ScoringMethod } from '../results/types.js';
import { type ScoringOptions } from '../scoring/plan.js';
/** Group scores are binned to this many scale points unless told otherwise. */
export declare const DEFAULT_GROUP_RESOLUTION = 0.01;
/**
 * A partial aggregate: plain JSON, so shards can be computed in worker threads, other processes
 * or any map-reduce engine, stored, and merged later with {@link mergeAggregateStates}.
 */
export interface AggregateState {
    kind: 'sos-kit/aggregate-state';
    stateVersion: 1;
    framework: {
        id: string;
        version: string;
    };
    level: SystemLevel;
    key?: string;
    method: ScoringMethod;
    resolution: number;
    respondents: number;
    /** Per item, a count per scale position, then "not applicable", "don't know", unanswered. */
    itemCounts: number[];
    /** Per group, a count per score bin. */
    groupBins: number[];
    groupInsufficient: number[];
    overallBins: number[];
    overallInsufficient: number;
}
/** Options for aggregation. */
export interface AggregateOptions extends ScoringOptions {
    /** Bin width for group and overall scores, in scale points (default 0.01). */
    resolution?: number;
    /** Skip per-assessment validation (only for assessments already validated against the framework). */
    validated?: boolean;
    /** A label for this aggregate, e.g. a county or school year. */
    key?: string;
}
/**
 * Accumulates assessments of one framework level. Memory stays constant however many are
 * added. `add` is the only mutating operation; `state()` and `result()` return new objects.
 * @example
 * const aggregator = new Aggregator(framework, 'district');
 * for await (const assessment of source) aggregator.add(assessment);
 * const result = aggregator.result();
 */
export declare class Aggregator {
    readonly framework: Framework;
    readonly level: SystemLevel;
    readonly method: ScoringMethod;
    readonly resolution: number;
    readonly key: string | undefined;
    private readonly plan;
    private readonly validated;
    private readonly width;
    private readonly bins;
    private readonly itemCounts;
    private readonly groupBins;
    private readonly groupInsufficient;
    private readonly overallBins;
    private overallInsufficient;
    private respondents;
    private readonly evaluation;
    private readonly codes;
    constructor(framework: Framework, level: SystemLevel, options?: AggregateOptions);
    /** Adds one assessment; throws a SosValidationError (and adds nothing) when it does not fit. */
    add(assessment: Assessment): this;
    /**
     * Adds `rows` respondents' encoded answers (row-major, one byte per item, codes as in
     * {@link encodeAssessments}). The batch path: no per-assessment objects.
     */
    addCodes(codes: Uint8Array<ArrayBufferLike>, rows: number): this;
    /** The partial aggregate as plain JSON, ready to store or merge. */
    state(): AggregateState;
    /** The statistics of everything added so far. */
    result(): AggregateResult;
}
/**
 * Turns a partial aggregate into statistics per item, per condition/role and overall.
 * @example
 * const result = summarizeAggregate(mergeAggregateStates(shardA, shardB), framework);
 * result.items[0]?.agreement; // share of raters within one scale point of the median
 */
export declare function summarizeAggregate(state: AggregateState, framework: Framework): AggregateResult;
/**
 * Merges partial aggregates of the same framework level. Associative and commutative:
 * merging shards in any grouping or order equals aggregating all their assessments at once.
 * @example
 * const total = mergeAggregateStates(stateFromWorker1, stateFromWorker2);
 */
export declare function mergeAggregateStates(a: AggregateState, b: AggregateState): AggregateState;
/**
 * Aggregates assessments of one level (e.g. a team's self-assessments) in one call.
 * @example
 * const team = aggregateAssessments([alice, bob, carmen], framework);
 * team.groups.find((g) => g.id === 'mutual-trust')?.median;
 */
export declare function aggregateAssessments(assessments: readonly Assessment[], framework: Framework, options?: AggregateOptions & {
    level?: SystemLevel;
}): AggregateResult;
/**
 * Aggregates a stream of any length (an iterable or async iterable, e.g. lines of a file) in
 * constant memory. Every assessment must be of `options.level` (or of the first one's level).
 * @example
 * const result = await aggregateStream(readAssessments('county.ndjson'), framework, { level: 'district' });
 */
export declare function aggregateStream(source: Iterable<Assessment> | AsyncIterable<Assessment>, framework: Framework, options?: AggregateOptions & {
    level?: SystemLevel;
}): Promise<AggregateResult>;
/** Like {@link aggregateStream}, but returns the aggregator so its state can be merged elsewhere. */
export declare function aggregateStreamState(source: Iterable<Assessment> | AsyncIterable<Assessment>, framework: Framework, options?: AggregateOptions & {
    level?: SystemLevel;
}): Promise<Aggregator>;
/** A built-in way to split assessments into rollup groups, or a function returning a key. */
export type RollupKey = 'county' | 'subject' | 'subject-type' | 'school-year' | 'level' | ((assessment: Assessment) => string | undefined);
/** The key given to assessments that lack the attribute a rollup splits by. */
export declare const NOT_SET = "(not set)";
/**
 * Rolls assessments up by an attribute — county, organisation, organisation type, school year,
 * level, or your own key — giving one aggregate per key and level, sorted by key then level.
 * Assessments without the attribute are kept under "(not set)", never dropped.
 * @example
 * const byYear = rollupAssessments(all, framework, { by: 'school-year' });
 * byYear.map((r) => [r.key, r.overall.mean]); // progress over time
 */
export declare function rollupAssessments(assessments: readonly Assessment[], framework: Framework, options: AggregateOptions & {
    by: RollupKey;
}): AggregateResult[];
/** Many assessments' answers as one byte per item, row by row: the batch format. */
export interface RatingMatrix {
    framework: {
        id: string;
        version: string;
    };
    level: SystemLevel;
    rows: number;
    /** Item ids, the columns. */
    items: readonly string[];
    /** rows × items answer codes: scale positions 0…K−1, then K "not applicable", K+1 "don't know", K+2 unanswered. */
    codes: Uint8Array<ArrayBufferLike>;
}
/**
 * Encodes assessments of one level into a compact matrix (validating each unless told not to),
 * for batch aggregation with {@link aggregateMatrix} or for moving to a worker thread.
 * @example
 * const matrix = encodeAssessments(assessments, framework);
 * const result = aggregateMatrix(matrix, framework);
 */
export declare function encodeAssessments(assessments: readonly Assessment[], framework: Framework, options?: {
    level?: SystemLevel;
    validated?: boolean;
}): RatingMatrix;
/**
 * Aggregates an encoded matrix: the fast path for large batches.
 * @example
 * aggregateMatrix(encodeAssessments(assessments, framework), framework).respondents;
 */
export declare function aggregateMatrix(matrix: RatingMatrix, framework: Framework, options?: Omit<AggregateOptions, 'validated'>): AggregateResult;
/** Like {@link aggregateMatrix}, returning the aggregator (for its mergeable state). */
export declare function aggregateMatrixState(matrix: RatingMatrix, framework: Framework, options?: Omit<AggregateOptions, 'validated'>): Aggregator;
