import { findLevel, localize, type LevelGroup, type LevelItem } from '../instrument/items.js';
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Assessment, Framework, Organization, SystemLevel } from '../model/types.js';
import type { GapComparison, GapPriority, GapPriorityRule, GapReport, GapRow, GapSideInfo, GapValue, SectionId } from '../results/types.js';
import { round, scoringMethod, ValidatedOptionsSchema, type ScoringOptions } from '../scoring/method.js';
import { checkOptions } from '../validate/options.js';
import { scoringPlan, type ScoringPlan } from '../scoring/plan.js';
import { createEvaluation, encodeAnswers, evaluate } from '../scoring/rule.js';
import { ownValue } from '../util/own.js';
import { describeValue, issue, prefixIssues, quote, SosValidationError, type ValidationIssue } from '../validate/issues.js';
import { safeParseAssessment } from '../validate/parse.js';

/** One side of a comparison: one assessment, or several (a team) whose answers are averaged. */
export type GapSide = Assessment | readonly Assessment[];

/** What to compare. */
export type GapRequest =
  | { comparison: 'current-vs-target'; current: GapSide; /** Used where the assessment sets no target. */ defaultTarget?: number }
  | { comparison: 'self-vs-partner'; self: GapSide; partner: GapSide }
  | { comparison: 'baseline-vs-follow-up'; baseline: GapSide; followUp: GapSide }
  | { comparison: 'across-levels'; a: GapSide; b: GapSide };

/** Options for {@link analyzeGaps}. */
export interface GapOptions extends ScoringOptions {
  /** Skip validation because every assessment already passed `parseAssessment` against the framework. */
  validated?: boolean;
}

/** Priority thresholds on the rule's 0–1 score. */
export const GAP_PRIORITY_THRESHOLDS = { high: 0.375, medium: 0.15 } as const;

const RULES: ReadonlyMap<GapComparison, GapPriorityRule> = new Map<GapComparison, GapPriorityRule>([
  ['current-vs-target', { current: 'a', counts: 'b-above-a', ...GAP_PRIORITY_THRESHOLDS }],
  ['self-vs-partner', { current: 'lower', counts: 'either-direction', ...GAP_PRIORITY_THRESHOLDS }],
  ['baseline-vs-follow-up', { current: 'b', counts: 'a-above-b', ...GAP_PRIORITY_THRESHOLDS }],
  ['across-levels', { current: 'lower', counts: 'either-direction', ...GAP_PRIORITY_THRESHOLDS }],
]);

/** Mean answers of one side, per item and per group, with how many answers stand behind each. */
interface SideValues {
  level: SystemLevel;
  plan: ScoringPlan;
  respondents: number;
  itemSum: Float64Array;
  itemN: Int32Array;
  groupSum: Float64Array;
  groupN: Int32Array;
}

const asList = (side: GapSide): readonly Assessment[] => (Array.isArray(side) ? side : [side as Assessment]);

function sameOrganization(a: Organization, b: Organization): boolean {
  return a.id !== undefined && b.id !== undefined ? a.id === b.id : a.name === b.name && a.type === b.type;
}

function emptySide(plan: ScoringPlan, respondents: number): SideValues {
  return {
    level: plan.level,
    plan,
    respondents,
    itemSum: new Float64Array(plan.items.length),
    itemN: new Int32Array(plan.items.length),
    groupSum: new Float64Array(plan.groups.length),
    groupN: new Int32Array(plan.groups.length),
  };
}

function collectSide(framework: Framework, side: readonly Assessment[], options: GapOptions): SideValues {
  const method = scoringMethod(options);
  const plan = scoringPlan(framework, side[0]!.level);
  const values = emptySide(plan, side.length);
  const codes = new Uint8Array(plan.items.length);
  const evaluation = createEvaluation(plan, method);
  for (const assessment of side) {
    encodeAnswers(plan, assessment, codes);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code < plan.scaleValues.length) {
        values.itemSum[i]! += plan.scaleValues[code]!;
        values.itemN[i]!++;
      }
    }
    const { groupScore } = evaluate(codes, evaluation);
    for (let g = 0; g < groupScore.length; g++) {
      if (!Number.isNaN(groupScore[g]!)) {
        values.groupSum[g]! += groupScore[g]!;
        values.groupN[g]!++;
      }
    }
  }
  return values;
}

/** Target values as a side: per item the assessment's item target, else its group's, else the default. */
function targetSide(framework: Framework, side: readonly Assessment[], defaultTarget: number | undefined): SideValues {
  const plan = scoringPlan(framework, side[0]!.level);
  const values = emptySide(plan, side.length);
  const add = (sum: Float64Array, n: Int32Array, index: number, value: number | undefined) => {
    if (value === undefined) return;
    sum[index]! += value;
    n[index]!++;
  };
  for (const assessment of side) {
    const targets = assessment.targets ?? {};
    plan.items.forEach((item, i) => add(values.itemSum, values.itemN, i, ownValue(targets, item.id) ?? ownValue(targets, item.groupId) ?? defaultTarget));
    plan.groups.forEach((group, g) => add(values.groupSum, values.groupN, g, ownValue(targets, group.id) ?? defaultTarget));
  }
  // A group without its own target aims at the mean of its items' targets.
  plan.groups.forEach((_, g) => {
    if (values.groupN[g]! > 0) return;
    let sum = 0;
    let n = 0;
    for (let i = plan.groupStart[g]!; i < plan.groupEnd[g]!; i++) {
      if (values.itemN[i]! > 0) {
        sum += values.itemSum[i]! / values.itemN[i]!;
        n++;
      }
    }
    if (n > 0) {
      values.groupSum[g] = sum / n;
      values.groupN[g] = 1;
    }
  });
  return values;
}

/** The sides each comparison needs, by property name. */
const SIDES: ReadonlyMap<string, readonly string[]> = new Map([
  ['current-vs-target', ['current']],
  ['self-vs-partner', ['self', 'partner']],
  ['baseline-vs-follow-up', ['baseline', 'followUp']],
  ['across-levels', ['a', 'b']],
]);

/** Checks the request's envelope; the assessments inside are validated side by side later. */
function checkRequest(request: unknown): void {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new SosValidationError('gap request', [issue([], 'invalid_type', `expected a gap request object, got ${describeValue(request)}`)]);
  }
  const comparison = ownValue(request as Record<string, unknown>, 'comparison');
  const sides = typeof comparison === 'string' ? SIDES.get(comparison) : undefined;
  if (!sides) {
    const names = [...SIDES.keys()].map((k) => `"${k}"`).join(', ');
    throw new SosValidationError('gap request', [issue(['comparison'], comparison === undefined ? 'missing' : 'invalid_value', `expected one of ${names}, got ${describeValue(comparison)}`)]);
  }
  const issues: ValidationIssue[] = [];
  for (const side of sides) {
    const value = ownValue(request as Record<string, unknown>, side);
    if (value === undefined) issues.push(issue([side], 'missing', `is required: expected an assessment or an array of assessments`));
    else if (value === null || typeof value !== 'object') issues.push(issue([side], 'invalid_type', `expected an assessment or an array of assessments, got ${describeValue(value)}`));
  }
  const defaultTarget = ownValue(request as Record<string, unknown>, 'defaultTarget');
  if (defaultTarget !== undefined && typeof defaultTarget !== 'number') issues.push(issue(['defaultTarget'], 'invalid_type', `expected a number, got ${describeValue(defaultTarget)}`));
  if (issues.length > 0) throw new SosValidationError('gap request', issues);
}

/**
 * Grades a priority score (0–1) with {@link GAP_PRIORITY_THRESHOLDS}.
 * @example
 * gapPriorityOf(0.4375); // 'high'
 */
export function gapPriorityOf(score: number): GapPriority {
  return score >= GAP_PRIORITY_THRESHOLDS.high ? 'high' : score >= GAP_PRIORITY_THRESHOLDS.medium ? 'medium' : 'low';
}

/**
 * The documented priority rule, unrounded: the gap as a share of the scale's range, weighted by
 * how low the current value is (½ at the top of the scale, 1 at the bottom), capped at 1.
 * @example
 * gapPriorityScore(2, 2, { min: 1, max: 5 }); // 0.4375: gap 2 of 4, current 2 is ¾ from the top
 */
export function gapPriorityScore(gap: number, current: number, scale: { min: number; max: number }): number {
  const range = scale.max - scale.min || 1;
  const lowness = 1 - (current - scale.min) / range;
  return Math.min(1, (gap / range) * (0.5 + 0.5 * lowness));
}

function gapRow(
  base: { id: string; rowKind: GapRow['rowKind']; label: GapRow['label']; groupId?: string; section: SectionId },
  a: GapValue,
  b: GapValue,
  rule: GapPriorityRule,
  plan: ScoringPlan,
  precision: number,
): GapRow {
  if (a.value === undefined || b.value === undefined) {
    const missing = a.value === undefined && b.value === undefined ? 'neither side has' : a.value === undefined ? 'side a has no' : 'side b has no';
    return { ...base, a, b, reason: `${missing} scored answer to compare` };
  }
  const range = plan.max - plan.min || 1;
  const difference = b.value - a.value;
  const counted = rule.counts === 'either-direction' ? Math.abs(difference) : rule.counts === 'b-above-a' ? Math.max(0, difference) : Math.max(0, -difference);
  const current = rule.current === 'a' ? a.value : rule.current === 'b' ? b.value : Math.min(a.value, b.value);
  const rounded = round(gapPriorityScore(counted, current, plan), precision);
  return {
    ...base,
    a,
    b,
    difference: round(difference, precision),
    size: round(Math.abs(difference) / range, precision),
    direction: difference > 0 ? 'b-higher' : difference < 0 ? 'a-higher' : 'equal',
    priorityScore: rounded,
    priority: gapPriorityOf(rounded),
  };
}

function valueAt(side: SideValues, kind: 'item' | 'group', index: number | undefined, precision: number): GapValue {
  if (index === undefined) return { n: 0 };
  const n = kind === 'item' ? side.itemN[index]! : side.groupN[index]!;
  const sum = kind === 'item' ? side.itemSum[index]! : side.groupSum[index]!;
  return n === 0 ? { n: 0 } : { value: round(sum / n, precision), n };
}

function sideInfo(label: string, side: SideValues): GapSideInfo {
  return { label, respondents: side.respondents, level: side.level };
}

/** Locates assessment `i` of a side: `$.self[2]` in a list, `$.self` when the side is one assessment. */
type Where = (side: string, i: number) => (string | number)[];

function checkSides(framework: Framework, sides: Record<string, readonly Assessment[]>, validated: boolean, where: Where): void {
  const issues: ValidationIssue[] = [];
  for (const [name, list] of Object.entries(sides)) {
    if (list.length === 0) {
      issues.push(issue([name], 'empty_side', 'needs at least one assessment'));
      continue;
    }
    list.forEach((assessment, i) => {
      if (!validated) {
        const checked = safeParseAssessment(assessment, framework);
        if (!checked.success) for (const found of prefixIssues(where(name, i), checked.issues)) issues.push(found);
      }
      const first = list[0]!;
      if (issues.length === 0 && i > 0 && assessment.level !== first.level) {
        issues.push(issue([...where(name, i), 'level'], 'mixed_levels', `is "${assessment.level}" but ${name}[0] is "${first.level}"; one side rates one level`));
      }
    });
  }
  if (issues.length > 0) throw new SosValidationError('gap request', issues);
}

function requireSame(issues: ValidationIssue[], a: readonly Assessment[], b: readonly Assessment[], names: [string, string], what: 'subject' | 'level', where: Where): void {
  for (const [i, assessment] of b.entries()) {
    const reference = a[0]!;
    const same = what === 'level' ? assessment.level === reference.level : sameOrganization(assessment.subject, reference.subject);
    if (!same) {
      issues.push(
        issue(
          [...where(names[1], i), what],
          what === 'level' ? 'level_mismatch' : 'subject_mismatch',
          what === 'level'
            ? `is "${assessment.level}" but ${names[0]} is "${reference.level}"; this comparison needs the same level on both sides`
            : `rates ${quote(assessment.subject.name)} but ${names[0]} rates ${quote(reference.subject.name)}; this comparison needs the same organisation on both sides`,
        ),
      );
    }
  }
}

/**
 * Compares two views of the same framework and returns rows ready for a gap table, per item and
 * per condition/role: current vs target, self vs partner, baseline vs follow-up, or the same
 * condition elements across two levels. Each row gives both values, n on each side, the
 * difference and its direction, and a priority from the documented rule.
 * @example
 * const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self: districtSelf, partner: coeRatingOfDistrict });
 * sortGapRows(report.items).slice(0, 5); // the five highest-priority items
 */
export function analyzeGaps(framework: Framework, request: GapRequest, options: GapOptions = {}): GapReport {
  const method = scoringMethod(options);
  const validated = checkOptions(ValidatedOptionsSchema, options).validated ?? false;
  checkRequest(request);
  const where: Where = (side, i) => (Array.isArray(ownValue(request as unknown as Record<string, unknown>, side)) ? [side, i] : [side]);
  const rule = RULES.get(request.comparison)!;
  let a: SideValues;
  let b: SideValues;
  let labels: [string, string];
  switch (request.comparison) {
    case 'current-vs-target': {
      const current = asList(request.current);
      checkSides(framework, { current }, validated, where);
      if (request.defaultTarget !== undefined && !framework.scale.levels.some((l) => l.value === request.defaultTarget)) {
        throw new SosValidationError('gap request', [issue(['defaultTarget'], 'out_of_scale', `must be a value of the scale (${framework.scale.levels.map((l) => l.value).join(', ')}), got ${request.defaultTarget}`)]);
      }
      a = collectSide(framework, current, options);
      b = targetSide(framework, current, request.defaultTarget);
      labels = ['Current', request.defaultTarget === undefined ? 'Target' : `Target (default ${request.defaultTarget})`];
      break;
    }
    case 'self-vs-partner': {
      const self = asList(request.self);
      const partner = asList(request.partner);
      checkSides(framework, { self, partner }, validated, where);
      const issues: ValidationIssue[] = [];
      self.forEach((s, i) => s.perspective.kind !== 'self' && issues.push(issue([...where('self', i), 'perspective', 'kind'], 'perspective_mismatch', 'must be "self" on the self side')));
      partner.forEach((p, i) => p.perspective.kind !== 'partner' && issues.push(issue([...where('partner', i), 'perspective', 'kind'], 'perspective_mismatch', 'must be "partner" on the partner side')));
      requireSame(issues, self, partner, ['self', 'partner'], 'subject', where);
      requireSame(issues, self, partner, ['self', 'partner'], 'level', where);
      if (issues.length > 0) throw new SosValidationError('gap request', issues);
      a = collectSide(framework, self, options);
      b = collectSide(framework, partner, options);
      const rater = partner[0]!.perspective.kind === 'partner' ? partner[0]!.perspective.rater.name : 'partner';
      labels = [`Self: ${self[0]!.subject.name}`, `Partner: ${rater}`];
      break;
    }
    case 'baseline-vs-follow-up': {
      const baseline = asList(request.baseline);
      const followUp = asList(request.followUp);
      checkSides(framework, { baseline, followUp }, validated, where);
      const issues: ValidationIssue[] = [];
      requireSame(issues, baseline, followUp, ['baseline', 'followUp'], 'subject', where);
      requireSame(issues, baseline, followUp, ['baseline', 'followUp'], 'level', where);
      if (issues.length > 0) throw new SosValidationError('gap request', issues);
      a = collectSide(framework, baseline, options);
      b = collectSide(framework, followUp, options);
      const when = (list: readonly Assessment[]) => list[0]!.schoolYear ?? list[0]!.updatedAt.slice(0, 10);
      labels = [`Baseline ${when(baseline)}`, `Follow-up ${when(followUp)}`];
      break;
    }
    case 'across-levels': {
      const left = asList(request.a);
      const right = asList(request.b);
      checkSides(framework, { a: left, b: right }, validated, where);
      if (left[0]!.level === right[0]!.level) {
        throw new SosValidationError('gap request', [issue([...where('b', 0), 'level'], 'same_level', `is "${right[0]!.level}" like side a; compare across levels needs two different levels`)]);
      }
      a = collectSide(framework, left, options);
      b = collectSide(framework, right, options);
      const levelName = (level: SystemLevel) => localize(findLevel(framework, level)!.name);
      labels = [`${levelName(a.level)}: ${left[0]!.subject.name}`, `${levelName(b.level)}: ${right[0]!.subject.name}`];
      break;
    }
  }

  // Rows follow side a's instrument; across levels only what both levels share (condition elements).
  const shared = (item: LevelItem | LevelGroup) => request.comparison !== 'across-levels' || item.section === 'conditions';
  const items = a.plan.items.filter(shared).map((item) => {
    const i = a.plan.itemIndex.get(item.id)!;
    const j = b.plan.itemIndex.get(item.id);
    return gapRow({ id: item.id, rowKind: item.kind, label: item.label, groupId: item.groupId, section: item.section }, valueAt(a, 'item', i, method.precision), valueAt(b, 'item', j, method.precision), rule, a.plan, method.precision);
  });
  const groups = a.plan.groups.filter(shared).map((group) => {
    const g = a.plan.groupIndex.get(group.id)!;
    const h = b.plan.groupIndex.get(group.id);
    return gapRow({ id: group.id, rowKind: group.kind, label: group.name, section: group.section }, valueAt(a, 'group', g, method.precision), valueAt(b, 'group', h, method.precision), rule, a.plan, method.precision);
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'gaps',
    comparison: request.comparison,
    framework: { id: framework.id, version: framework.version },
    scale: { min: a.plan.min, max: a.plan.max },
    a: sideInfo(labels[0], a),
    b: sideInfo(labels[1], b),
    rule,
    items,
    groups,
  };
}

const PRIORITY_RANK: ReadonlyMap<GapPriority | undefined, number> = new Map([['high', 0], ['medium', 1], ['low', 2]]);

/**
 * Sorts gap rows by priority (high first), then by priority score and gap size; rows without a
 * comparison come last. Framework order breaks ties, so the sort is stable and deterministic.
 * @example
 * sortGapRows(report.items)[0]?.priority; // 'high'
 */
export function sortGapRows(rows: readonly GapRow[]): GapRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const px = PRIORITY_RANK.get(x.row.priority) ?? 3;
      const py = PRIORITY_RANK.get(y.row.priority) ?? 3;
      return px - py || (y.row.priorityScore ?? -1) - (x.row.priorityScore ?? -1) || (y.row.size ?? -1) - (x.row.size ?? -1) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/**
 * Groups item rows under their condition or role rows, in framework order.
 * @example
 * for (const { group, items } of groupGapRows(report)) console.log(group.id, items.length);
 */
export function groupGapRows(report: GapReport): { group: GapRow; items: GapRow[] }[] {
  return report.groups.map((group) => ({ group, items: report.items.filter((item) => item.groupId === group.id) }));
}

