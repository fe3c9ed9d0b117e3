import { instrumentFor, type LevelGroup, type LevelItem } from '../instrument/items.js';
import type { Framework, Id, SystemLevel } from '../model/types.js';
import type { SectionId } from '../results/types.js';
import { issue, quote, SosValidationError } from '../validate/issues.js';

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
  /**
   * Answers are encoded as one byte: scale positions 0…K−1, then K = "not applicable",
   * K+1 = "don't know", K+2 = unanswered. Each code is also its slot in a per-item tally.
   */
  notApplicableCode: number;
  dontKnowCode: number;
  unansweredCode: number;
  min: number;
  max: number;
  itemGroup: Int32Array;
  groupSection: Uint8Array;
  sections: readonly SectionId[];
  /** Scale value of each answer code; NaN for the non-scored and unanswered codes. */
  valueOfCode: Float64Array;
  itemWeight: Float64Array;
  unitItemWeight: Float64Array;
  groupWeight: Float64Array;
  unitGroupWeight: Float64Array;
  /** Groups of each section, as index ranges (conditions come before roles). */
  sectionStart: Int32Array;
  sectionEnd: Int32Array;
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
  if (!instrument) {
    const levels = framework.levels.map((l) => `"${l.id}"`).join(', ');
    throw new SosValidationError('options', [issue(['level'], 'unknown_level', `framework "${framework.id}" has no ${quote(String(level))} level; it has ${levels}`)]);
  }
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
    unansweredCode: scaleValues.length + 2,
    min: scaleValues[0]!,
    max: scaleValues[scaleValues.length - 1]!,
    itemGroup: Int32Array.from(items, (item) => groups.findIndex((g) => g.id === item.groupId)),
    groupSection: Uint8Array.from(groups, (g) => sections.indexOf(g.section)),
    sections,
    valueOfCode: Float64Array.from({ length: 256 }, (_, code) => (code < scaleValues.length ? scaleValues[code]! : Number.NaN)),
    itemWeight: Float64Array.from(items, (item) => item.weight),
    unitItemWeight: new Float64Array(items.length).fill(1),
    groupWeight: Float64Array.from(groups, (group) => group.weight),
    unitGroupWeight: new Float64Array(groups.length).fill(1),
    sectionStart: Int32Array.from(sections, (section) => groups.findIndex((g) => g.section === section)),
    sectionEnd: Int32Array.from(sections, (section) => groups.findIndex((g) => g.section === section) + groups.filter((g) => g.section === section).length),
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
