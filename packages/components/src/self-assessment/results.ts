/**
 * What the results step says in words, computed from core's score and gap results. The rules
 * (what gets a score, what a priority is) live in core; this file only picks and phrases.
 */
import {
  instrumentFor,
  localize,
  neededScores,
  safeParseAssessment,
  type Assessment,
  type Framework,
  type GapReport,
  type GapRow,
  type Lang,
  type ScoreResult,
  type SystemLevel,
} from '@sos-kit/core';
import type { StepsStrings } from './steps.strings.js';

/** An area (condition or role) the chart cannot score yet, and how many answers it needs. */
export interface MissingScore {
  id: string;
  name: string;
  needed: number;
  total: number;
}

/**
 * Areas without a score because too few of their items are scored. The counts come from core's
 * score result (its completion figures and the method's minimum share).
 */
export function missingScores(result: ScoreResult, names: ReadonlyMap<string, string>): MissingScore[] {
  return result.groups
    .filter((group) => group.score === undefined && group.reason !== undefined)
    .map((group) => ({ id: group.id, name: (names.get(group.id) ?? group.id).replace(/\.$/, ''), needed: neededScores(group.completion.items, result.method.minScoredShare), total: group.completion.items }));
}

/** The rows most in need of attention: highest priority score first, only real gaps. */
export function topPriorities(report: GapReport, count = 3): GapRow[] {
  return report.items
    .filter((row) => row.priorityScore !== undefined && row.priorityScore > 0 && row.priority !== undefined)
    .sort((a, b) => b.priorityScore! - a.priorityScore! || a.a.value! - b.a.value!)
    .slice(0, count);
}

/** Names of every condition, element, role and capacity of a framework, in a language. */
export function namesOf(framework: Framework, level: SystemLevel, lang: Lang): Map<string, string> {
  const names = new Map<string, string>();
  const instrument = instrumentFor(framework, level);
  for (const group of instrument?.groups ?? []) {
    names.set(group.id, localize(group.name, lang));
    for (const item of group.items) names.set(item.id, localize(item.label, lang));
  }
  return names;
}

/** Why a file cannot be compared, in the user's words, plus the technical issues for details. */
export interface ComparisonProblem {
  reason: string;
  details: string[];
}

/** Reads a comparison file; returns the assessment or why it cannot be used. */
export function readComparison(
  text: string,
  fileName: string,
  framework: Framework,
  own: Assessment,
  s: StepsStrings['compare'],
  levelNames: Record<SystemLevel, string>,
): { assessment: Assessment } | { problem: ComparisonProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: { reason: s.notJson, details: [`${fileName}: ${error instanceof Error ? error.message : String(error)}`] } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('ratings' in data)) return { problem: { reason: s.notAssessment, details: [] } };
  const doc = data as Partial<Assessment>;
  // The plain reasons first: a different framework or level is the usual mistake, and the
  // schema's own messages ("framework has no 'school' level") do not say what to do.
  if (doc.framework && typeof doc.framework === 'object' && doc.framework.id !== framework.id) return { problem: { reason: s.otherFramework(String(doc.framework.id)), details: [] } };
  if (typeof doc.level === 'string' && doc.level !== own.level) {
    const fileLevel = Object.hasOwn(levelNames, doc.level) ? levelNames[doc.level as SystemLevel] : doc.level;
    return { problem: { reason: s.otherLevel(fileLevel, levelNames[own.level]), details: [] } };
  }
  const parsed = safeParseAssessment(data, framework, { source: fileName });
  if (!parsed.success) return { problem: { reason: s.invalid, details: parsed.issues.map((i) => `${i.jsonPath}: ${i.message}`) } };
  const other = parsed.data;
  if (other.subject.name !== own.subject.name || (other.subject.id && own.subject.id && other.subject.id !== own.subject.id)) {
    return { problem: { reason: s.otherSubject(other.subject.name, own.subject.name), details: [] } };
  }
  if (other.perspective.kind === 'partner' && own.perspective.kind === 'partner') return { problem: { reason: s.bothPartner, details: [] } };
  return { assessment: other };
}

/** A server issue's JSON path as the field a person recognises, when it is one. */
export function fieldOfPath(jsonPath: string, names: ReadonlyMap<string, string>, s: StepsStrings['submission']): string | undefined {
  const rating = /^\$\.ratings(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])(?:\.(value|evidence|notes))?/.exec(jsonPath);
  if (rating) {
    const id = rating[1] ?? (JSON.parse(rating[2]!) as string);
    const name = names.get(id) ?? id;
    return rating[3] === 'evidence' ? s.fieldEvidence(name) : rating[3] === 'notes' ? s.fieldNotes(name) : s.fieldRating(name);
  }
  if (jsonPath.startsWith('$.respondent.name')) return s.fieldName;
  if (jsonPath.startsWith('$.respondent.role')) return s.fieldRole;
  if (jsonPath.startsWith('$.schoolYear')) return s.fieldYear;
  return undefined;
}

/** School years to offer: the current one (from July), two before and the next. */
export function schoolYearsAround(now: Date): string[] {
  const start = now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
  return [start + 1, start, start - 1, start - 2].map((year) => `${year}-${String((year + 1) % 100).padStart(2, '0')}`);
}
