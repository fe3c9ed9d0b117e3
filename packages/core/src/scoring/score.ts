import type { Assessment, Framework } from '../model/types.js';
import type { Completion, GroupScore, ItemScore, ScoreFigures, ScoreResult, SectionScore } from '../results/types.js';
import { cloneJson } from '../util/clone.js';
import { safeParseAssessment } from '../validate/parse.js';
import { createEvaluation, evaluate, missingReason, round, scoringMethod, scoringPlan, UNANSWERED, type RuleCounts, type ScoringOptions, type ScoringPlan } from './plan.js';

/** Options for {@link scoreAssessment}. */
export interface ScoreOptions extends ScoringOptions {
  /**
   * Skip validation because the assessment already passed `parseAssessment` against this
   * framework (e.g. in a batch job). Unvalidated input is always checked first.
   */
  validated?: boolean;
}

/**
 * Encodes an assessment's answers as one byte per item of the plan: the scale position of a
 * value, or the plan's not-applicable / don't-know codes, or UNANSWERED.
 */
export function encodeAnswers(plan: ScoringPlan, assessment: Assessment, out: Uint8Array<ArrayBufferLike> = new Uint8Array(plan.items.length)): Uint8Array<ArrayBufferLike> {
  out.fill(UNANSWERED);
  for (const id in assessment.ratings) {
    const index = plan.itemIndex.get(id);
    if (index === undefined) continue; // validation has already rejected unknown ids
    const value = assessment.ratings[id]!.value;
    if (value === undefined) continue;
    out[index] = value === 'not-applicable' ? plan.notApplicableCode : value === 'dont-know' ? plan.dontKnowCode : plan.codeOfValue.get(value)!;
  }
  return out;
}

function completionOf(plan: ScoringPlan, codes: Uint8Array, from: number, to: number): Completion {
  let scored = 0;
  let notApplicable = 0;
  let dontKnow = 0;
  let unanswered = 0;
  for (let i = from; i < to; i++) {
    const code = codes[i]!;
    if (code === UNANSWERED) unanswered++;
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

function figures(plan: ScoringPlan, score: number, counts: RuleCounts, minShare: number, noun: string, precision: number): ScoreFigures {
  if (Number.isNaN(score)) return { reason: missingReason(counts, minShare, noun) };
  const range = plan.max - plan.min;
  return { score: round(score, precision), normalized: round(range === 0 ? 0 : (score - plan.min) / range, precision) };
}

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
  if (!options.validated) {
    const checked = safeParseAssessment(assessment, framework);
    if (!checked.success) throw checked.error;
  }
  const method = scoringMethod(options);
  const plan = scoringPlan(framework, assessment.level);
  const codes = encodeAnswers(plan, assessment);
  const evaluation = evaluate(plan, codes, method, createEvaluation(plan));
  const targets = assessment.targets ?? {};
  const share = method.minScoredShare;

  const items: ItemScore[] = plan.items.map((item, i) => {
    const code = codes[i]!;
    const value = code < plan.scaleValues.length ? plan.scaleValues[code] : undefined;
    const target = targets[item.id] ?? targets[item.groupId];
    const base = { id: item.id, kind: item.kind, groupId: item.groupId, section: item.section };
    const scored = value === undefined
      ? { reason: code === UNANSWERED ? 'not answered' : code === plan.notApplicableCode ? 'answered "not applicable"' : 'answered "don\'t know"' }
      : figures(plan, value, { parts: 1, scored: 1 }, share, 'item', method.precision);
    return {
      ...base,
      ...scored,
      ...(code === plan.notApplicableCode ? { answer: 'not-applicable' as const } : code === plan.dontKnowCode ? { answer: 'dont-know' as const } : {}),
      ...(target === undefined ? {} : { target }),
    };
  });
  const groupCompletion = plan.groups.map((_, g) => completionOf(plan, codes, plan.groupStart[g]!, plan.groupEnd[g]!));
  const groups: GroupScore[] = plan.groups.map((group, g) => ({
    id: group.id,
    kind: group.kind,
    section: group.section,
    ...figures(plan, evaluation.groupScore[g]!, evaluation.groupCounts[g]!, share, 'item', method.precision),
    completion: groupCompletion[g]!,
  }));
  const sectionScores: SectionScore[] = plan.sections.map((section, s) => ({
    id: section,
    ...figures(plan, evaluation.sectionScore[s]!, evaluation.sectionCounts[s]!, share, section === 'conditions' ? 'condition' : 'role', method.precision),
    completion: sumCompletions(groupCompletion.filter((_, g) => plan.groupSection[g] === s)),
  }));
  return {
    schemaVersion: 1,
    kind: 'score',
    framework: { id: framework.id, version: framework.version },
    assessment: {
      ...(assessment.id === undefined ? {} : { id: assessment.id }),
      level: assessment.level,
      subject: cloneJson(assessment.subject),
      perspective: cloneJson(assessment.perspective),
      ...(assessment.schoolYear === undefined ? {} : { schoolYear: assessment.schoolYear }),
      status: assessment.status,
      updatedAt: assessment.updatedAt,
    },
    scale: { min: plan.min, max: plan.max },
    method,
    overall: { ...figures(plan, evaluation.overall, evaluation.overallCounts, share, 'section', method.precision), completion: sumCompletions(groupCompletion) },
    sections: sectionScores,
    groups,
    items,
  };
}
