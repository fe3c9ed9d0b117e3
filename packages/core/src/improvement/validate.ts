/**
 * Validation of improvement plans: shape (the zod schema, as the JSON Schema does) and then the
 * rules that need the whole plan — unique ids, references between aims, measures and cycles,
 * real calendar dates in order — and, given the framework, that focus ids exist.
 */
import type * as z from 'zod/mini';
import { indexFrameworkIds } from '../instrument/items.js';
import type { Framework } from '../model/types.js';
import { describeValue, formatJsonPath, issue, SosValidationError, type ValidationIssue } from '../validate/issues.js';
import type { ParseOptions, SafeParseResult } from '../validate/parse.js';
import { decodeJsonText } from '../validate/json-text.js';
import { futureSchemaVersionIssue } from '../validate/semantics.js';
import { fromZodIssues } from '../validate/zod-issues.js';
import { ImprovementPlanSchema } from './schemas.js';
import type { ImprovementPlan } from './types.js';

type Path = (string | number)[];

/**
 * Whether a `YYYY-MM-DD` string names a day that exists (the pattern alone lets 2026-02-30 by).
 * @example
 * isCalendarDate('2028-02-29'); // true (a leap year)
 * isCalendarDate('2026-02-29'); // false
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkBlank(text: string | undefined, path: Path, out: ValidationIssue[]): void {
  if (text !== undefined && text.trim() === '') out.push(issue(path, 'blank_text', 'must not be blank; write something or leave it out'));
}

function checkDate(date: string | undefined, path: Path, out: ValidationIssue[]): void {
  if (date !== undefined && !isCalendarDate(date)) out.push(issue(path, 'invalid_date', `is not a day of the calendar, got ${describeValue(date)}`));
}

/** Records the first path of each id and reports later uses of the same id in `what`'s namespace. */
function uniqueIds(entries: readonly { id: string; path: Path }[], what: string, out: ValidationIssue[]): Set<string> {
  const first = new Map<string, Path>();
  for (const { id, path } of entries) {
    const earlier = first.get(id);
    if (earlier) out.push(issue(path, 'duplicate_id', `duplicate ${what} id "${id}" (first used at ${formatJsonPath(earlier)})`));
    else first.set(id, path);
  }
  return new Set(first.keys());
}

function checkRefs(ids: readonly string[] | undefined, known: ReadonlySet<string>, path: Path, what: string, listPath: string, out: ValidationIssue[]): void {
  ids?.forEach((id, i) => {
    if (!known.has(id)) out.push(issue([...path, i], `unknown_${what}`, `refers to ${what} "${id}", which is not in ${listPath}`));
  });
}

/**
 * Checks a shape-valid plan for problems its JSON Schema cannot express: duplicate ids, aims and
 * measures referred to but missing, days that do not exist, data points out of date order, a
 * cycle that ends before it starts, an update before creation.
 * @example
 * improvementPlanIssues(plan); // [] when the plan is sound
 */
export function improvementPlanIssues(plan: ImprovementPlan): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const measures = plan.measures ?? [];
  const ideas = plan.changeIdeas ?? [];
  const aimIds = uniqueIds(plan.aims.map((aim, a) => ({ id: aim.id, path: ['aims', a, 'id'] })), 'aim', out);
  const measureIds = uniqueIds(measures.map((m, i) => ({ id: m.id, path: ['measures', i, 'id'] })), 'measure', out);
  uniqueIds(ideas.map((idea, i) => ({ id: idea.id, path: ['changeIdeas', i, 'id'] })), 'change idea', out);
  uniqueIds(
    ideas.flatMap((idea, i) => (idea.cycles ?? []).map((cycle, c) => ({ id: cycle.id, path: ['changeIdeas', i, 'cycles', c, 'id'] }))),
    'cycle',
    out,
  );

  checkBlank(plan.title, ['title'], out);
  checkBlank(plan.notes, ['notes'], out);
  plan.aims.forEach((aim, a) => {
    checkBlank(aim.what, ['aims', a, 'what'], out);
    checkDate(aim.byWhen, ['aims', a, 'byWhen'], out);
  });
  measures.forEach((measure, m) => {
    checkBlank(measure.name, ['measures', m, 'name'], out);
    checkRefs(measure.aimIds, aimIds, ['measures', m, 'aimIds'], 'aim', '$.aims', out);
    (measure.dataPoints ?? []).forEach((point, p, points) => {
      const path: Path = ['measures', m, 'dataPoints', p, 'date'];
      checkDate(point.date, path, out);
      const previous = points[p - 1];
      if (previous && point.date < previous.date) {
        out.push(issue(path, 'points_out_of_order', `${point.date} comes after ${previous.date}; data points are kept in date order so run charts read left to right`));
      }
    });
  });
  ideas.forEach((idea, i) => {
    checkBlank(idea.description, ['changeIdeas', i, 'description'], out);
    checkRefs(idea.aimIds, aimIds, ['changeIdeas', i, 'aimIds'], 'aim', '$.aims', out);
    (idea.cycles ?? []).forEach((cycle, c) => {
      const base: Path = ['changeIdeas', i, 'cycles', c];
      checkRefs(cycle.plan?.measureIds, measureIds, [...base, 'plan', 'measureIds'], 'measure', '$.measures', out);
      checkDate(cycle.do?.startedOn, [...base, 'do', 'startedOn'], out);
      checkDate(cycle.do?.endedOn, [...base, 'do', 'endedOn'], out);
      const { startedOn, endedOn } = cycle.do ?? {};
      if (startedOn && endedOn && endedOn < startedOn) out.push(issue([...base, 'do', 'endedOn'], 'ends_before_start', `${endedOn} is before the start, ${startedOn}`));
    });
  });
  if (plan.createdAt && plan.updatedAt && Date.parse(plan.updatedAt) < Date.parse(plan.createdAt)) {
    out.push(issue(['updatedAt'], 'updated_before_created', `${plan.updatedAt} is before createdAt ${plan.createdAt}`));
  }
  return out;
}

/**
 * Checks a plan against the framework its focus ids and gap rows come from.
 * @example
 * improvementPlanAgainstFrameworkIssues(plan, framework); // [] when every id exists
 */
export function improvementPlanAgainstFrameworkIssues(plan: ImprovementPlan, framework: Framework): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (plan.framework && plan.framework.id !== framework.id) {
    out.push(issue(['framework', 'id'], 'framework_mismatch', `is "${plan.framework.id}" but the framework given is "${framework.id}"`));
    return out;
  }
  const ids = indexFrameworkIds(framework);
  const checkFocus = (focus: readonly string[] | undefined, path: Path) =>
    focus?.forEach((id, i) => {
      if (!ids.has(id)) out.push(issue([...path, i], 'unknown_item', `"${id}" is not a condition, element, role or capacity of framework "${framework.id}"`));
    });
  plan.aims.forEach((aim, a) => checkFocus(aim.focus, ['aims', a, 'focus']));
  (plan.changeIdeas ?? []).forEach((idea, i) => checkFocus(idea.focus, ['changeIdeas', i, 'focus']));
  (plan.gaps ?? []).forEach((gap, g) => {
    const found = ids.get(gap.rowId);
    if (!found) out.push(issue(['gaps', g, 'rowId'], 'unknown_item', `"${gap.rowId}" is not a condition, element, role or capacity of framework "${framework.id}"`));
    else if (found.kind !== gap.rowKind) out.push(issue(['gaps', g, 'rowKind'], 'row_kind_mismatch', `is "${gap.rowKind}" but "${gap.rowId}" is a ${found.kind}`));
  });
  return out;
}

/**
 * Validates an improvement plan (an object or JSON text) without throwing. With the framework
 * it also checks that every focus id and gap row exists there.
 * @example
 * const result = safeParseImprovementPlan(localStorage.getItem('plan') ?? '', framework);
 * if (!result.success) for (const i of result.issues) console.warn(i.jsonPath, i.message);
 */
export function safeParseImprovementPlan(input: unknown, framework?: Framework, options: ParseOptions = {}): SafeParseResult<ImprovementPlan> {
  const fail = (issues: ValidationIssue[]): SafeParseResult<ImprovementPlan> => ({ success: false, error: new SosValidationError('improvement plan', issues, options.source), issues });
  // JSON text is read like every other document: byte-order mark, line and column, keys twice.
  const decoded = typeof input === 'string' ? decodeJsonText(input) : { value: input, issues: [] };
  if (decoded.issues.length > 0) return fail(decoded.issues);
  const value = decoded.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail([issue([], 'invalid_type', `expected an improvement plan object, got ${describeValue(value)}`)]);
  }
  const future = futureSchemaVersionIssue(value);
  if (future) return fail([future]);
  const shaped = (ImprovementPlanSchema as z.ZodMiniType<ImprovementPlan>).safeParse(value);
  if (!shaped.success) return fail(fromZodIssues(shaped.error.issues, value));
  const problems = [...improvementPlanIssues(shaped.data), ...(framework ? improvementPlanAgainstFrameworkIssues(shaped.data, framework) : [])];
  return problems.length > 0 ? fail(problems) : { success: true, data: shaped.data, issues: [] };
}

/**
 * Validates an improvement plan and returns it typed, or throws a {@link SosValidationError}
 * listing every problem with its JSON path.
 * @example
 * const plan = parseImprovementPlan(await file.text(), framework, { source: file.name });
 */
export function parseImprovementPlan(input: unknown, framework?: Framework, options: ParseOptions = {}): ImprovementPlan {
  const result = safeParseImprovementPlan(input, framework, options);
  if (!result.success) throw result.error;
  return result.data;
}
