// Figures for the "From gaps to a plan" docs page, computed by @sos-kit/core when the page is
// built, so the page shows what the code does rather than what someone typed.
import { analyzeGaps, defaultTarget, analyzeRunChart, createAssessment, draftPlanFromGaps, localize, parseFramework, RUN_CHART_RULES, runCountLimits, type ImprovementPlan, type RunChartAnalysis } from '@sos-kit/core';
import conditionsJson from '../../packages/core/frameworks/ca-sos-conditions-capacities.json';

/** A district's self-assessment with three low-rated elements, drafted into a plan of at most three aims. */
export function draftedPlan(): { plan: ImprovementPlan; labels: Map<string, string> } {
  const framework = parseFramework(conditionsJson);
  const assessment = createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified School District', type: 'district' }, now: '2026-10-01T16:00:00Z', id: 'sample-unified-self-2026' });
  const ratings: [string, number][] = [
    ['shared-purpose.student-centered-purpose', 1],
    ['mutual-trust.relational-trust', 2],
    ['shared-purpose.equity-focus', 2],
  ];
  for (const condition of framework.conditions ?? []) for (const element of condition.elements) assessment.ratings[element.id] = { value: 4 };
  for (const [id, value] of ratings) if (assessment.ratings[id]) assessment.ratings[id] = { value };
  const report = analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: defaultTarget(framework.scale) });
  const plan = draftPlanFromGaps(report, { framework, schoolYear: '2026-27', organization: assessment.subject, assessments: [{ id: 'sample-unified-self-2026', label: 'Self-assessment' }] });
  const labels = new Map(report.items.map((row) => [row.id, localize(row.label)]));
  return { plan, labels };
}

/** Ten weeks of baseline around 13%, then eight weeks after a new reading block began in March. */
export const WORKED_SERIES = [12, 15, 11, 14, 13, 16, 12, 14, 13, 11, 15, 16, 17, 15, 16, 18, 17, 19];

export function workedRunChart(): RunChartAnalysis {
  return analyzeRunChart(WORKED_SERIES, { baselinePoints: 10, better: 'higher' });
}

/** The runs table for 10 to 60 useful values, as core derives it. */
export function runsTable(): { useful: number; fewerThan: number; moreThan: number }[] {
  const rows = [];
  for (let useful = RUN_CHART_RULES.minUsefulForRuns; useful <= 60; useful++) rows.push({ useful, ...runCountLimits(useful)! });
  return rows;
}

/** The runs test's verdict in words. */
export const RUNS_VERDICT_WORDS: Record<RunChartAnalysis['runs']['verdict'], string> = {
  'as-expected': 'finds nothing unusual',
  'too-few': 'finds too few runs: a signal of change',
  'too-many': 'finds too many runs: the data zig-zag',
  'not-enough-data': 'needs more values off the median',
};

export { RUN_CHART_RULES };
