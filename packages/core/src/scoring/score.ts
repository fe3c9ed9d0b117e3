import type { Assessment, Framework } from '../model/types.js';
import { SCHEMA_VERSION } from '../model/constants.js';
import type { Completion, GroupScore, ItemScore, ScoreFigures, ScoreResult, SectionScore } from '../results/types.js';
import { cloneJson } from '../util/clone.js';
import { ownValue } from '../util/own.js';
import { safeParseAssessment } from '../validate/parse.js';
import { checkOptions } from '../validate/options.js';
import { round, scoringMethod, ValidatedOptionsSchema, type ScoringOptions } from './method.js';
import { scoringPlan, type ScoringPlan } from './plan.js';
import { createEvaluation, encodeAnswers, evaluate, missingReason, type RuleCounts } from './rule.js';

/** Options for {@link scoreAssessment}. */
export interface ScoreOptions extends ScoringOptions {
  /**
   * Skip validation because the assessment already passed `parseAssessment` against this
   * framework (e.g. in a batch job). Unvalidated input is always checked first.
   */
  validated?: boolean;
}

function completionOf(plan: ScoringPlan, codes: Uint8Array, from: number, to: number): Completion {
  let scored = 0;
  let notApplicable = 0;
  let dontKnow = 0;
  let unanswered = 0;
  for (let i = from; i < to; i++) {
    const code = codes[i]!;
    if (code === plan.unansweredCode) unanswered++;
    else if (code === plan.notApplicableCode) notApplicable++;
    else if (code === plan.dontKnowCode) dontKnow++;
    else scored++;
  }
  const items = to - from;
  return { items, scored, notApplicable, dontKnow, unanswered, percentAnswered: items === 0 ? 0 : round((100 * (items - unanswered)) / items, 1) };
}

function sumCompletions(parts: readonly Completion[]): Completion {
  const total = { items: 0, scored: 0, notApplicable: 0, dontKnow: 0, unanswered: 0 };
  for (const part of parts) {
    total.items += part.items;
    total.scored += part.scored;
    total.notApplicable += part.notApplicable;
    total.dontKnow += part.dontKnow;
    total.unanswered += part.unanswered;
  }
  return { ...total, percentAnswered: total.items === 0 ? 0 : round((100 * (total.items - total.unanswered)) / total.items, 1) };
}

/** Fills score, normalized or reason into `target`, by the rule's outcome. */
function setFigures<T extends ScoreFigures>(target: T, plan: ScoringPlan, score: number, counts: RuleCounts, minShare: number, noun: string, precision: number): T {
  if (score !== score) {
    target.reason = missingReason(counts, minShare, noun);
  } else {
    const range = plan.max - plan.min;
    target.score = round(score, precision);
    target.normalized = round(range === 0 ? 0 : (score - plan.min) / range, precision);
  }
  return target;
}

const ITEM_REASONS = { notApplicable: 'answered "not applicable"', dontKnow: 'answered "don\'t know"', unanswered: 'not answered' } as const;

/**
 * Scores one assessment at every level: items, conditions and roles, sections and overall.
 * Deterministic and pure: the same input gives byte-identical JSON, and the input is not
 * modified. Throws a SosValidationError when the assessment does not fit the framework.
 * @example
 * const result = scoreAssessment(assessment, framework);
 * result.overall.score; // e.g. 3.4 on the 1–5 scale
 * result.groups.find((g) => g.id === 'mutual-trust')?.reason; // why a condition has no score
 */
export function scoreAssessment(assessment: Assessment, framework: Framework, options: ScoreOptions = {}): ScoreResult {
  if (!checkOptions(ValidatedOptionsSchema, options).validated) {
    const checked = safeParseAssessment(assessment, framework);
    if (!checked.success) throw checked.error;
  }
  const method = scoringMethod(options);
  const { precision, minScoredShare: share } = method;
  const plan = scoringPlan(framework, assessment.level);
  const codes = encodeAnswers(plan, assessment);
  const evaluation = evaluate(codes, createEvaluation(plan, method));
  const targets = assessment.targets ?? {};
  const positions = plan.scaleValues.length;

  const items: ItemScore[] = new Array(plan.items.length);
  for (let i = 0; i < plan.items.length; i++) {
    const item = plan.items[i]!;
    const code = codes[i]!;
    const result: ItemScore = { id: item.id, kind: item.kind, groupId: item.groupId, section: item.section };
    if (code < positions) setFigures(result, plan, plan.scaleValues[code]!, { parts: 1, scored: 1 }, share, 'item', precision);
    else if (code === plan.notApplicableCode) {
      result.reason = ITEM_REASONS.notApplicable;
      result.answer = 'not-applicable';
    } else if (code === plan.dontKnowCode) {
      result.reason = ITEM_REASONS.dontKnow;
      result.answer = 'dont-know';
    } else result.reason = ITEM_REASONS.unanswered;
    const target = ownValue(targets, item.id) ?? ownValue(targets, item.groupId);
    if (target !== undefined) result.target = target;
    items[i] = result;
  }
  const groupCompletion = plan.groups.map((_, g) => completionOf(plan, codes, plan.groupStart[g]!, plan.groupEnd[g]!));
  const groups: GroupScore[] = plan.groups.map((group, g) => {
    const result = { id: group.id, kind: group.kind, section: group.section } as GroupScore;
    setFigures(result, plan, evaluation.groupScore[g]!, { parts: plan.groupEnd[g]! - plan.groupStart[g]!, scored: evaluation.groupScored[g]! }, share, 'item', precision);
    result.completion = groupCompletion[g]!;
    return result;
  });
  const sections: SectionScore[] = plan.sections.map((section, s) => {
    const result = { id: section } as SectionScore;
    const parts = plan.sectionEnd[s]! - plan.sectionStart[s]!;
    setFigures(result, plan, evaluation.sectionScore[s]!, { parts, scored: evaluation.sectionScored[s]! }, share, section === 'conditions' ? 'condition' : 'role', precision);
    result.completion = sumCompletions(groupCompletion.slice(plan.sectionStart[s]!, plan.sectionEnd[s]!));
    return result;
  });
  const overall = setFigures({} as ScoreResult['overall'], plan, evaluation.overall, { parts: plan.sections.length, scored: evaluation.overallScored }, share, 'section', precision);
  overall.completion = sumCompletions(groupCompletion);
  const summary: ScoreResult['assessment'] = { level: assessment.level, subject: cloneJson(assessment.subject), perspective: cloneJson(assessment.perspective), status: assessment.status, updatedAt: assessment.updatedAt };
  if (assessment.id !== undefined) summary.id = assessment.id;
  if (assessment.schoolYear !== undefined) summary.schoolYear = assessment.schoolYear;
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'score',
    framework: { id: framework.id, version: framework.version },
    assessment: summary,
    scale: { min: plan.min, max: plan.max },
    method,
    overall,
    sections,
    groups,
    items,
  };
}
