/**
 * A starting plan from a gap analysis: the highest-priority gaps become suggested aims, each
 * with a placeholder measure and the item's look-fors as candidate change ideas. A draft is a
 * conversation starter for the team's three questions, never a form to fill in: every text is
 * meant to be rewritten.
 */
import { instrumentFor, localize, type Lang } from '../instrument/items.js';
import type { Framework, IsoDate, IsoDateTime, LocalizedText, Organization, SchoolYear, SystemLevel } from '../model/types.js';
import { SCHEMA_VERSION } from '../model/constants.js';
import type { GapReport, GapRow } from '../results/types.js';
import { sortGapRows } from '../gaps/gaps.js';
import { cloneJson } from '../util/clone.js';
import type { Aim, ChangeIdea, ImprovementPlan, Measure, PlanAssessmentLink, PlanGapLink } from './types.js';

/** Options for {@link draftPlanFromGaps}. */
export interface DraftPlanOptions {
  /** The most aims to suggest (default 3); fewer when fewer rows show a gap. */
  maxAims?: number;
  /** The most candidate change ideas per aim (default 3). */
  maxChangeIdeasPerAim?: number;
  /** The framework of the report, for the items' look-fors (candidate change ideas). */
  framework?: Framework;
  /** The level the report is at, when its side a does not say (look-fors can depend on it). */
  level?: SystemLevel;
  /** Which rows may become aims: items (default), conditions and roles, or both. */
  rows?: 'items' | 'groups' | 'both';
  /** Language of the suggested texts (default English). */
  lang?: Lang;
  organization?: Organization;
  schoolYear?: SchoolYear;
  /** The assessments the report compared, to link the plan to them. */
  assessments?: readonly PlanAssessmentLink[];
  /** The date every suggested aim should be met by. */
  byWhen?: IsoDate;
  /** Creation time to record; none is recorded without it, so drafts stay reproducible. */
  now?: IsoDateTime;
  /** The plan's id in the host system. */
  id?: string;
}

/** Suggested wording, per language. Placeholders: {label}, {a}, {b}. */
const TEXT = {
  en: {
    aim: {
      'current-vs-target': 'Raise “{label}” from {a} to {b} on the rubric.',
      'self-vs-partner': 'Reach a shared view of “{label}”, which we rated {a} and our partner rated {b}, and act on it.',
      'baseline-vs-follow-up': 'Bring “{label}” back from {b} to at least {a}, where it was at the baseline.',
      'across-levels': 'Bring “{label}” into line across the two levels ({a} and {b}).',
    },
    howMuch: 'from {current} to {target}',
    measure: '{label}: the team’s rating',
    definition:
      'The team re-rates this item on the rubric during the year. Add measures that count what changes for students or staff, so progress shows between ratings.',
    unit: 'rubric level',
  },
  es: {
    aim: {
      'current-vs-target': 'Elevar «{label}» de {a} a {b} en la rúbrica.',
      'self-vs-partner': 'Llegar a una visión común de «{label}», que calificamos con {a} y nuestro socio con {b}, y actuar en consecuencia.',
      'baseline-vs-follow-up': 'Devolver «{label}» de {b} al menos a {a}, donde estaba en la medición inicial.',
      'across-levels': 'Alinear «{label}» entre los dos niveles ({a} y {b}).',
    },
    howMuch: 'de {current} a {target}',
    measure: '{label}: calificación del equipo',
    definition:
      'El equipo vuelve a calificar este aspecto en la rúbrica durante el año. Agreguen medidas que cuenten lo que cambia para estudiantes o personal, para ver el avance entre calificaciones.',
    unit: 'nivel de la rúbrica',
  },
} as const;

const fill = (template: string, values: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key]! : whole));

const number = (value: number | undefined): string => (value === undefined ? '?' : String(Math.round(value * 100) / 100));

/** The side whose value is "where we are" and the side that is "where we want to be", per the report's rule. */
function currentAndTarget(report: GapReport, row: GapRow): { current?: number; target?: number } {
  const { a, b } = { a: row.a.value, b: row.b.value };
  switch (report.comparison) {
    case 'current-vs-target':
      return { current: a, target: b };
    case 'baseline-vs-follow-up':
      return { current: b, target: a };
    default:
      // A disagreement is closed by understanding it, not by reaching either side's number.
      return a === undefined || b === undefined ? {} : { current: Math.min(a, b) };
  }
}

function checkCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`draftPlanFromGaps: ${name} must be a whole number of 1 or more, got ${String(value)}`);
  return value;
}

/**
 * Drafts an improvement plan from a gap report: the rows with the highest priority (those with
 * a gap, in {@link sortGapRows} order) become at most `maxAims` suggested aims, each tied to its
 * item, with one placeholder outcome measure (the team's rating, with the current value as
 * baseline and the target, when the comparison has one) and, given the framework, the item's
 * look-fors as candidate change ideas. Deterministic and pure: the same inputs give the same
 * plan, and the inputs are never changed. When no row shows a gap the plan has no aims yet; the
 * team writes its own (a plan needs one aim to be saved).
 * @example
 * const report = analyzeGaps(framework, { comparison: 'current-vs-target', current: selfAssessment, defaultTarget: 4 });
 * const plan = draftPlanFromGaps(report, { framework, maxAims: 2, schoolYear: '2025-26' });
 * plan.aims.map((aim) => aim.what); // ['Raise “Relational trust” from 2 to 4 on the rubric.', …]
 */
export function draftPlanFromGaps(report: GapReport, options: DraftPlanOptions = {}): ImprovementPlan {
  const maxAims = checkCount('maxAims', options.maxAims, 3);
  const maxIdeas = checkCount('maxChangeIdeasPerAim', options.maxChangeIdeasPerAim, 3);
  const lang: Lang = options.lang === 'es' ? 'es' : 'en';
  const text = TEXT[lang];
  const level = options.level ?? report.a.level;
  const rowsWanted = options.rows ?? 'items';
  const candidates = [...(rowsWanted === 'groups' ? [] : report.items), ...(rowsWanted === 'items' ? [] : report.groups)];
  const chosen = sortGapRows(candidates.filter((row) => row.priority !== undefined && (row.priorityScore ?? 0) > 0)).slice(0, maxAims);

  const lookFors = new Map<string, readonly LocalizedText[]>();
  if (options.framework && level) {
    for (const item of instrumentFor(options.framework, level)?.items ?? []) lookFors.set(item.id, item.lookFors);
  }

  const aims: Aim[] = [];
  const measures: Measure[] = [];
  const changeIdeas: ChangeIdea[] = [];
  const gaps: PlanGapLink[] = [];
  chosen.forEach((row, index) => {
    const n = index + 1;
    // Capacity statements end with a full stop; quoted inside a sentence they must not ("data.: the team's rating").
    const label = localize(row.label, lang).replace(/\.\s*$/, '');
    const { current, target } = currentAndTarget(report, row);
    const aimId = `aim-${n}`;
    aims.push({
      id: aimId,
      what: fill(text.aim[report.comparison], { label, a: number(row.a.value), b: number(row.b.value) }),
      ...(current !== undefined && target !== undefined ? { howMuch: fill(text.howMuch, { current: number(current), target: number(target) }) } : {}),
      ...(options.byWhen ? { byWhen: options.byWhen } : {}),
      focus: [row.id],
      status: 'not-started',
    });
    measures.push({
      id: `measure-${n}`,
      name: fill(text.measure, { label }).slice(0, 500),
      kind: 'outcome',
      definition: text.definition,
      unit: text.unit,
      better: 'higher',
      ...(current === undefined ? {} : { baseline: current }),
      ...(target === undefined ? {} : { target }),
      aimIds: [aimId],
      dataPoints: [],
    });
    (lookFors.get(row.id) ?? []).slice(0, maxIdeas).forEach((lookFor, k) => {
      changeIdeas.push({ id: `idea-${n}-${k + 1}`, description: localize(lookFor, lang), aimIds: [aimId], focus: [row.id], status: 'not-started', cycles: [] });
    });
    gaps.push({
      comparison: report.comparison,
      rowId: row.id,
      rowKind: row.rowKind,
      ...(row.a.value === undefined ? {} : { a: row.a.value }),
      ...(row.b.value === undefined ? {} : { b: row.b.value }),
      ...(row.priority ? { priority: row.priority } : {}),
    });
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id ? { id: options.id } : {}),
    ...(options.organization ? { organization: cloneJson(options.organization) } : {}),
    ...(level ? { level } : {}),
    ...(options.schoolYear ? { schoolYear: options.schoolYear } : {}),
    framework: { ...report.framework },
    ...(options.assessments ? { assessments: options.assessments.map((link) => ({ ...link })) } : {}),
    gaps,
    status: 'draft',
    ...(options.now ? { createdAt: options.now, updatedAt: options.now } : {}),
    aims,
    measures,
    changeIdeas,
  };
}
