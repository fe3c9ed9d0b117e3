import { instrumentFor, type LevelGroup, type LevelItem } from '../framework/items.js';
import type { Framework, Id, SystemLevel } from '../model/types.js';
import type { ScoringMethod, SectionId } from '../results/types.js';

/** Options shared by scoring and aggregation. */
export interface ScoringOptions {
  /** Share of applicable parts that must be scored for a group, section or overall score (default 0.5). */
  minScoredShare?: number;
  /** Apply the framework's weights (default true). */
  weighted?: boolean;
  /** Decimal places results are rounded to (default 4). */
  precision?: number;
}

export const DEFAULT_METHOD: ScoringMethod = { method: 'weighted-mean', minScoredShare: 0.5, weighted: true, precision: 4 };

/**
 * Resolves scoring options into the method recorded in results.
 * @example
 * scoringMethod({ minScoredShare: 0.75 }); // { method: 'weighted-mean', minScoredShare: 0.75, weighted: true, precision: 4 }
 */
export function scoringMethod(options: ScoringOptions = {}): ScoringMethod {
  const method = { ...DEFAULT_METHOD, ...definedOnly(options) };
  if (!(method.minScoredShare >= 0 && method.minScoredShare <= 1)) throw new RangeError(`minScoredShare must be between 0 and 1, got ${String(options.minScoredShare)}`);
  if (!Number.isInteger(method.precision) || method.precision < 0 || method.precision > 12) throw new RangeError(`precision must be an integer from 0 to 12, got ${String(options.precision)}`);
  return method;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Item answers encoded as small integers: scale positions first, then the non-scored codes. */
export const UNANSWERED = 255;

/**
 * A framework level compiled for fast scoring: items, groups and sections as parallel arrays.
 * Plans are cached per framework object; frameworks are treated as immutable.
 */
export interface ScoringPlan {
  framework: Framework;
  level: SystemLevel;
  items: readonly LevelItem[];
  groups: readonly LevelGroup[];
  itemIndex: ReadonlyMap<Id, number>;
  groupIndex: ReadonlyMap<Id, number>;
  /** Scale values in ascending order; an answer's code is its position here. */
  scaleValues: readonly number[];
  codeOfValue: ReadonlyMap<number, number>;
  /** Codes for the non-scored answers. */
  notApplicableCode: number;
  dontKnowCode: number;
  min: number;
  max: number;
  itemGroup: Int32Array;
  groupSection: Uint8Array;
  sections: readonly SectionId[];
  /** Items of each group, as index ranges into `items` (items are stored group by group). */
  groupStart: Int32Array;
  groupEnd: Int32Array;
}

const SECTION_ORDER: readonly SectionId[] = ['conditions', 'capacities'];
const cache = new WeakMap<Framework, Map<SystemLevel, ScoringPlan>>();

/**
 * Compiles (or fetches from cache) the scoring plan of one framework level.
 * @example
 * const plan = scoringPlan(framework, 'district');
 * plan.items.length; // 45
 */
export function scoringPlan(framework: Framework, level: SystemLevel): ScoringPlan {
  let byLevel = cache.get(framework);
  if (!byLevel) {
    byLevel = new Map();
    cache.set(framework, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached) return cached;
  const instrument = instrumentFor(framework, level);
  if (!instrument) throw new RangeError(`framework "${framework.id}" has no "${level}" level`);
  const { items, groups } = instrument;
  const scaleValues = framework.scale.levels.map((l) => l.value);
  const sections = SECTION_ORDER.filter((s) => groups.some((g) => g.section === s));
  const plan: ScoringPlan = {
    framework,
    level,
    items,
    groups,
    itemIndex: new Map(items.map((item, i) => [item.id, i])),
    groupIndex: new Map(groups.map((group, g) => [group.id, g])),
    scaleValues,
    codeOfValue: new Map(scaleValues.map((value, code) => [value, code])),
    notApplicableCode: scaleValues.length,
    dontKnowCode: scaleValues.length + 1,
    min: scaleValues[0]!,
    max: scaleValues[scaleValues.length - 1]!,
    itemGroup: Int32Array.from(items, (item) => groups.findIndex((g) => g.id === item.groupId)),
    groupSection: Uint8Array.from(groups, (g) => sections.indexOf(g.section)),
    sections,
    groupStart: new Int32Array(groups.length),
    groupEnd: new Int32Array(groups.length),
  };
  let offset = 0;
  groups.forEach((group, g) => {
    plan.groupStart[g] = offset;
    offset += group.items.length;
    plan.groupEnd[g] = offset;
  });
  byLevel.set(level, plan);
  return plan;
}

/**
 * Rounds for result documents: fixed decimals make results byte-stable and free of binary
 * noise such as 3.4000000000000004.
 */
export function round(value: number, precision: number): number {
  const factor = 10 ** precision;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** One level of the hierarchy combined from its parts. */
export interface Combined {
  score?: number;
  reason?: string;
  applicable: number;
  scored: number;
}

/**
 * Combines part scores (NaN = no score) into a weighted mean, applying the minimum-share rule.
 * `applicable[i]` is false for parts that do not apply at all (e.g. every item not applicable).
 */
export function combine(scores: ArrayLike<number>, weights: ArrayLike<number>, applicable: ArrayLike<boolean>, minShare: number, noun: string): Combined {
  let weightSum = 0;
  let sum = 0;
  let applicableCount = 0;
  let scored = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!applicable[i]) continue;
    applicableCount++;
    const score = scores[i]!;
    if (Number.isNaN(score)) continue;
    scored++;
    sum += score * weights[i]!;
    weightSum += weights[i]!;
  }
  if (applicableCount === 0) return { applicable: 0, scored: 0, reason: `no applicable ${noun}s: every one was answered "not applicable"` };
  const needed = Math.max(1, Math.ceil(minShare * applicableCount - 1e-9));
  if (scored < needed) {
    return {
      applicable: applicableCount,
      scored,
      reason: `${scored} of ${applicableCount} applicable ${noun}s ${scored === 1 ? 'has' : 'have'} a score; at least ${needed} needed`,
    };
  }
  return { score: sum / weightSum, applicable: applicableCount, scored };
}
