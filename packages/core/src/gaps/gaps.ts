import { findLevel, languageOf, localize, type Lang, type LevelGroup, type LevelItem } from '../instrument/items.js';
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Assessment, Framework, Organization, SystemLevel } from '../model/types.js';
import type { GapComparison, GapPriority, GapPriorityRule, GapReport, GapRow, GapSideInfo, GapValue, SectionId } from '../results/types.js';
import * as z from 'zod/mini';
import { round, scoringMethod, scoringOptionsShape, type ScoringOptions } from '../scoring/method.js';
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
  /**
   * Language of the sides' labels ("Current" / "Actual", "Self: …" / "Autoevaluación: …"), as a
   * language tag such as 'es' or 'es-MX'; a language without built-in text gets English (the default).
   */
  lang?: Lang | (string & {});
}

/** The options' shape, checked before anything is read. */
const GapOptionsSchema = z.object({ ...scoringOptionsShape, validated: z.optional(z.boolean()), lang: z.optional(z.string()) });

/** A calendar day as the language writes it ("Mar 3, 2026", "3 mar 2026"): days in UTC, so no time zone moves them. */
const dayFormat = (lang: Lang) => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The words of the sides' labels, per language: one source for every report and for the elements
 * that show them, so a Spanish gap table never shows English side names.
 */
const SIDE_LABELS = {
  en: {
    current: 'Current',
    target: (defaultTarget: number | undefined) => (defaultTarget === undefined ? 'Target' : `Target (default ${defaultTarget})`),
    self: (subject: string) => `Self: ${subject}`,
    partner: (rater: string | undefined) => (rater ? `Partner: ${rater}` : 'Partner'),
    baseline: (when: string) => `Baseline ${when}`,
    followUp: (when: string) => `Follow-up ${when}`,
  },
  es: {
    current: 'Actual',
    target: (defaultTarget: number | undefined) => (defaultTarget === undefined ? 'Meta' : `Meta (${defaultTarget} por defecto)`),
    self: (subject: string) => `Autoevaluación: ${subject}`,
    partner: (rater: string | undefined) => (rater ? `Socio: ${rater}` : 'Socio'),
    baseline: (when: string) => `Referencia ${when}`,
    followUp: (when: string) => `Seguimiento ${when}`,
  },
} as const satisfies Record<Lang, unknown>;

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

/** Adds one assessment's scored answers and group scores to a side. */
function tallyAnswers(values: SideValues, evaluation: ReturnType<typeof createEvaluation>, codes: Uint8Array, assessment: Assessment): void {
  const plan = values.plan;
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

/** Adds one assessment's targets to a side: per item its item target, else its group's, else the default. */
function tallyTargets(values: SideValues, assessment: Assessment, defaultTarget: number | undefined): void {
  const plan = values.plan;
  const add = (sum: Float64Array, n: Int32Array, index: number, value: number | undefined) => {
    if (value === undefined) return;
    sum[index]! += value;
    n[index]!++;
  };
  const targets = assessment.targets ?? {};
  plan.items.forEach((item, i) => add(values.itemSum, values.itemN, i, ownValue(targets, item.id) ?? ownValue(targets, item.groupId) ?? defaultTarget));
  plan.groups.forEach((group, g) => add(values.groupSum, values.groupN, g, ownValue(targets, group.id) ?? defaultTarget));
}

/** A group without its own target aims at the mean of its items' targets. */
function finishTargets(values: SideValues): void {
  const plan = values.plan;
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

/** The name of a side in a gap request. */
export type GapSideName = 'current' | 'self' | 'partner' | 'baseline' | 'followUp' | 'a' | 'b';

/** One side as it is read: the first assessment (for labels and references) and running sums. */
interface SideState {
  name: GapSideName;
  count: number;
  first: Assessment | undefined;
  values: SideValues | undefined;
  targets: SideValues | undefined;
  /** Problems with single assessments (their shape, mixed levels): reported first. */
  issues: ValidationIssue[];
}

/**
 * A gap analysis fed one assessment at a time, so a side (a team) of any size is read in constant
 * memory: per side only running sums and the first assessment are kept. Sides are read in the
 * order the comparison names them (`current`; `self` then `partner`; `baseline` then `followUp`;
 * `a` then `b`). {@link analyzeGaps} is this with the assessments in arrays; it reports the same
 * problems at the same paths (`$.partner[3].subject`).
 * @example
 * const gaps = new GapAnalysis(framework, 'self-vs-partner');
 * for await (const a of readAssessments('self.jsonl')) gaps.add('self', a);
 * for await (const a of readAssessments('partner.jsonl')) gaps.add('partner', a);
 * const report = gaps.report(); // throws a SosValidationError listing every problem
 */
export class GapAnalysis {
  private readonly framework: Framework;
  private readonly comparison: GapComparison;
  private readonly method: ReturnType<typeof scoringMethod>;
  private readonly validated: boolean;
  private readonly defaultTarget: number | undefined;
  private readonly lang: Lang;
  private readonly sides: SideState[];
  /** Problems between assessments (perspective, organization, level), reported when each is valid. */
  private readonly perspectiveIssues: ValidationIssue[][] = [[], []];
  private readonly subjectIssues: ValidationIssue[] = [];
  private readonly levelIssues: ValidationIssue[] = [];
  private current = 0;

  constructor(framework: Framework, comparison: GapComparison, options: GapOptions & { defaultTarget?: number } = {}) {
    this.method = scoringMethod(options);
    const checked = checkOptions(GapOptionsSchema, options);
    this.validated = checked.validated ?? false;
    this.lang = languageOf(checked.lang);
    const names = SIDES.get(comparison);
    if (!names) throw new SosValidationError('gap request', [issue(['comparison'], 'invalid_value', `expected one of ${[...SIDES.keys()].map((k) => `"${k}"`).join(', ')}, got ${describeValue(comparison)}`)]);
    this.framework = framework;
    this.comparison = comparison;
    this.defaultTarget = options.defaultTarget;
    this.sides = names.map((name) => ({ name: name as GapSideName, count: 0, first: undefined, values: undefined, targets: undefined, issues: [] }));
  }

  /** Adds one assessment to a side. Problems are collected and reported by {@link report}. */
  add(sideName: GapSideName, assessment: Assessment): void {
    const index = this.sides.findIndex((side) => side.name === sideName);
    if (index < 0) throw new SosValidationError('gap request', [issue([sideName], 'unknown_side', `is not a side of a ${this.comparison} comparison; its sides are ${this.sides.map((s) => `"${s.name}"`).join(' and ')}`)]);
    if (index < this.current) throw new SosValidationError('gap request', [issue([sideName], 'side_order', `comes after "${this.sides[this.current]!.name}" has been read; read the sides in order: ${this.sides.map((s) => `"${s.name}"`).join(' then ')}`)]);
    this.current = index;
    const side = this.sides[index]!;
    const i = side.count++;
    const at: (string | number)[] = [side.name, i];
    const before = this.sides.slice(0, index);
    // Problems so far, an empty earlier side counting as one (as analyzeGaps reports it first).
    const earlier = before.reduce((n, s) => n + s.issues.length + (s.count === 0 ? 1 : 0), 0) + side.issues.length;
    if (!this.validated) {
      const checked = safeParseAssessment(assessment, this.framework);
      if (!checked.success) {
        for (const found of prefixIssues(at, checked.issues)) side.issues.push(found);
        return;
      }
    }
    side.first ??= assessment;
    if (earlier === 0 && i > 0 && assessment.level !== side.first.level) {
      side.issues.push(issue([...at, 'level'], 'mixed_levels', `is "${assessment.level}" but ${side.name}[0] is "${side.first.level}"; one side rates one level`));
    }
    if (assessment.level !== side.first.level) return;
    this.relate(index, assessment, at);
    if (earlier > 0 || side.issues.length > 0) return;
    if (!side.values) side.values = emptySide(scoringPlan(this.framework, assessment.level), 0);
    side.values.respondents++;
    tallyAnswers(side.values, this.evaluationFor(side.values), this.codesFor(side.values), assessment);
    if (this.comparison === 'current-vs-target') {
      side.targets ??= emptySide(side.values.plan, 0);
      side.targets.respondents++;
      tallyTargets(side.targets, assessment, this.defaultTarget);
    }
  }

  private readonly evaluations = new Map<ScoringPlan, ReturnType<typeof createEvaluation>>();
  private readonly codeBuffers = new Map<ScoringPlan, Uint8Array>();
  private evaluationFor(values: SideValues): ReturnType<typeof createEvaluation> {
    let evaluation = this.evaluations.get(values.plan);
    if (!evaluation) this.evaluations.set(values.plan, (evaluation = createEvaluation(values.plan, this.method)));
    return evaluation;
  }
  private codesFor(values: SideValues): Uint8Array {
    let codes = this.codeBuffers.get(values.plan);
    if (!codes) this.codeBuffers.set(values.plan, (codes = new Uint8Array(values.plan.items.length)));
    return codes;
  }

  /** The checks between assessments: perspectives, and the same organization and level on both sides. */
  private relate(index: number, assessment: Assessment, at: (string | number)[]): void {
    if (this.comparison === 'self-vs-partner') {
      const want = index === 0 ? 'self' : 'partner';
      if (assessment.perspective.kind !== want) this.perspectiveIssues[index]!.push(issue([...at, 'perspective', 'kind'], 'perspective_mismatch', `must be "${want}" on the ${want} side`));
    }
    if (index === 0 || (this.comparison !== 'self-vs-partner' && this.comparison !== 'baseline-vs-follow-up')) return;
    const names = this.sides.map((s) => s.name);
    const reference = this.sides[0]!.first;
    if (!reference) return;
    if (!sameOrganization(assessment.subject, reference.subject)) {
      this.subjectIssues.push(issue([...at, 'subject'], 'subject_mismatch', `rates ${quote(assessment.subject.name)} but ${names[0]} rates ${quote(reference.subject.name)}; this comparison needs the same organization on both sides`));
    }
    if (assessment.level !== reference.level) {
      this.levelIssues.push(issue([...at, 'level'], 'level_mismatch', `is "${assessment.level}" but ${names[0]} is "${reference.level}"; this comparison needs the same level on both sides`));
    }
  }

  /**
   * The gap report of everything added. Throws a {@link SosValidationError} listing every problem:
   * first those of single assessments and empty sides, else those between the sides.
   */
  report(): GapReport {
    const framework = this.framework;
    const single: ValidationIssue[] = [];
    for (const side of this.sides) {
      if (side.count === 0) single.push(issue([side.name], 'empty_side', 'needs at least one assessment'));
      for (const found of side.issues) single.push(found);
    }
    if (single.length > 0) throw new SosValidationError('gap request', single);
    const [first, second] = this.sides as [SideState, SideState | undefined];
    const rule = RULES.get(this.comparison)!;
    const precision = this.method.precision;
    const between = [...this.perspectiveIssues[0]!, ...this.perspectiveIssues[1]!, ...this.subjectIssues, ...this.levelIssues];
    if (between.length > 0) throw new SosValidationError('gap request', between);
    let a: SideValues;
    let b: SideValues;
    let labels: [string, string];
    const words = SIDE_LABELS[this.lang];
    const firstA = first.first!;
    switch (this.comparison) {
      case 'current-vs-target': {
        const defaultTarget = this.defaultTarget;
        if (defaultTarget !== undefined && !framework.scale.levels.some((l) => l.value === defaultTarget)) {
          throw new SosValidationError('gap request', [issue(['defaultTarget'], 'out_of_scale', `must be a value of the scale (${framework.scale.levels.map((l) => l.value).join(', ')}), got ${defaultTarget}`)]);
        }
        a = first.values!;
        b = first.targets!;
        finishTargets(b);
        labels = [words.current, words.target(defaultTarget)];
        break;
      }
      case 'self-vs-partner': {
        const firstB = second!.first!;
        [a, b] = [first.values!, second!.values!];
        labels = [words.self(firstA.subject.name), words.partner(firstB.perspective.kind === 'partner' ? firstB.perspective.rater.name : undefined)];
        break;
      }
      case 'baseline-vs-follow-up': {
        // The school year when the assessment names one, else the day it was last changed.
        const days = dayFormat(this.lang);
        const when = (assessment: Assessment) => assessment.schoolYear ?? days.format(new Date(`${assessment.updatedAt.slice(0, 10)}T00:00:00Z`));
        [a, b] = [first.values!, second!.values!];
        labels = [words.baseline(when(firstA)), words.followUp(when(second!.first!))];
        break;
      }
      case 'across-levels': {
        const firstB = second!.first!;
        if (firstA.level === firstB.level) {
          throw new SosValidationError('gap request', [issue(['b', 0, 'level'], 'same_level', `is "${firstB.level}" like side a; compare across levels needs two different levels`)]);
        }
        [a, b] = [first.values!, second!.values!];
        const levelName = (level: SystemLevel) => localize(findLevel(framework, level)!.name, this.lang);
        labels = [`${levelName(a.level)}: ${firstA.subject.name}`, `${levelName(b.level)}: ${firstB.subject.name}`];
        break;
      }
    }

    // Rows follow side a's instrument; across levels only what both levels share (condition elements).
    const shared = (item: LevelItem | LevelGroup) => this.comparison !== 'across-levels' || item.section === 'conditions';
    const items = a.plan.items.filter(shared).map((item) => {
      const i = a.plan.itemIndex.get(item.id)!;
      const j = b.plan.itemIndex.get(item.id);
      return gapRow({ id: item.id, rowKind: item.kind, label: item.label, groupId: item.groupId, section: item.section }, valueAt(a, 'item', i, precision), valueAt(b, 'item', j, precision), rule, a.plan, precision);
    });
    const groups = a.plan.groups.filter(shared).map((group) => {
      const g = a.plan.groupIndex.get(group.id)!;
      const h = b.plan.groupIndex.get(group.id);
      return gapRow({ id: group.id, rowKind: group.kind, label: group.name, section: group.section }, valueAt(a, 'group', g, precision), valueAt(b, 'group', h, precision), rule, a.plan, precision);
    });
    return {
      schemaVersion: SCHEMA_VERSION,
      kind: 'gaps',
      comparison: this.comparison,
      framework: { id: framework.id, version: framework.version },
      scale: { min: a.plan.min, max: a.plan.max },
      a: sideInfo(labels[0], a),
      b: sideInfo(labels[1], b),
      rule,
      items,
      groups,
    };
  }
}

/**
 * Compares two views of the same framework and returns rows ready for a gap table, per item and
 * per condition/role: current vs target, self vs partner, baseline vs follow-up, or the same
 * condition elements across two levels. Each row gives both values, n on each side, the
 * difference and its direction, and a priority from the documented rule. For sides too large to
 * hold in memory, feed a {@link GapAnalysis} instead.
 * @example
 * const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self: districtSelf, partner: coeRatingOfDistrict });
 * sortGapRows(report.items).slice(0, 5); // the five highest-priority items
 */
export function analyzeGaps(framework: Framework, request: GapRequest, options: GapOptions = {}): GapReport {
  scoringMethod(options);
  checkOptions(GapOptionsSchema, options);
  checkRequest(request);
  const analysis = new GapAnalysis(framework, request.comparison, { ...options, ...(request.comparison === 'current-vs-target' && request.defaultTarget !== undefined ? { defaultTarget: request.defaultTarget } : {}) });
  const given = request as unknown as Record<string, unknown>;
  const names = SIDES.get(request.comparison)! as readonly GapSideName[];
  for (const name of names) for (const assessment of asList(ownValue(given, name) as GapSide)) analysis.add(name, assessment);
  try {
    return analysis.report();
  } catch (error) {
    // A side given as one assessment (not an array) is located as `$.self`, not `$.self[0]`.
    const singles = new Set(names.filter((name) => !Array.isArray(ownValue(given, name))));
    if (!(error instanceof SosValidationError) || singles.size === 0) throw error;
    const located = error.issues.map((found) => (singles.has(found.path[0] as GapSideName) && found.path[1] === 0 ? issue([found.path[0]!, ...found.path.slice(2)], found.code, found.message) : found));
    throw new SosValidationError('gap request', located);
  }
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

