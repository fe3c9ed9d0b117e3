// Sample data for the stories, computed with @sos-kit/core so every story shows what the SDK
// really produces. Deterministic: the same story always looks the same (screenshots, reviews).
import {
  analyzeGaps, defaultTarget,
  createAssessment,
  instrumentFor,
  loadBuiltInFramework,
  localize,
  scoreAssessment,
  type Assessment,
  type Framework,
  type GapReport,
  type Lang,
  type LevelItem,
  type SystemLevel,
} from '@sos-kit/core';
import type { RadarAxis, RadarScale, RadarSeries } from '../../packages/components/src/radar-chart/radar-chart.js';

export const LEVELS: readonly SystemLevel[] = ['school', 'district', 'coe', 'geo-lead', 'state'];
/** A sample organization to rate at each level. */
export const SUBJECTS: Record<SystemLevel, { name: string; type: 'school' | 'district' | 'coe' | 'state-agency' }> = {
  school: { name: 'Sample Elementary School', type: 'school' },
  district: { name: 'Sample Unified School District', type: 'district' },
  coe: { name: 'Sample County Office of Education', type: 'coe' },
  'geo-lead': { name: 'Sample Geographic Lead Agency', type: 'coe' },
  state: { name: 'California Department of Education', type: 'state-agency' },
};

/** Story args for rating `level` as its sample organization. */
export const atLevel = (level: SystemLevel) => ({ args: { level, 'subject-name': SUBJECTS[level].name } });

export const conditionsFramework = (level?: SystemLevel, lang: 'en' | 'es' = 'en'): Promise<Framework> => loadBuiltInFramework('ca-sos-conditions-capacities', { ...(level ? { level } : {}), lang });

/** A value for the n-th item of a rater: varied, never random. */
const valueFor = (index: number, seed: number) => ((index * 7 + seed * 3) % 5) + 1;

/**
 * An assessment of `level` with the first `share` of its items answered (every fifth answer
 * "not applicable" or "don't know", some with evidence), by the organization itself or a partner.
 */
export function sampleAssessment(framework: Framework, level: SystemLevel, share: number, options: { seed?: number; partner?: string; schoolYear?: string } = {}): Assessment {
  const assessment = createAssessment(framework, {
    level,
    subject: SUBJECTS[level],
    now: '2026-10-01T16:00:00Z',
    ...(options.partner ? { perspective: { kind: 'partner', rater: { name: options.partner, type: 'coe' } } } : {}),
  });
  if (options.schoolYear) assessment.schoolYear = options.schoolYear;
  const items = instrumentFor(framework, level)?.items ?? [];
  items.slice(0, Math.round(items.length * share)).forEach((item: LevelItem, i) => {
    const seed = options.seed ?? 0;
    assessment.ratings[item.id] =
      i % 11 === 10
        ? { value: 'not-applicable' }
        : i % 13 === 12
          ? { value: 'dont-know', notes: 'We need the data team to look at this before we rate it.' }
          : { value: valueFor(i, seed), ...(i % 4 === 0 ? { evidence: 'Meeting notes from the leadership team, spring term.' } : {}) };
  });
  return assessment;
}

/** Element scores of assessments as radar series (self, partner, baseline…). */
export function radarFrom(framework: Framework, raters: { label: string; assessment: Assessment }[]): { axes: RadarAxis[]; series: RadarSeries[]; scale: RadarScale } {
  const axes: RadarAxis[] = (framework.conditions ?? []).flatMap((condition) =>
    condition.elements.map((element) => ({ id: element.id, label: localize(element.name), group: localize(condition.name) })),
  );
  const series = raters.map(({ label, assessment }) => {
    const scores = scoreAssessment(assessment, framework);
    return { label, values: Object.fromEntries(scores.items.map((item) => [item.id, item.score])) };
  });
  return { axes, series, scale: scaleOf(framework) };
}

export function scaleOf(framework: Framework, lang = 'en'): RadarScale {
  const levels = framework.scale.levels;
  return { min: levels[0]!.value, max: levels[levels.length - 1]!.value, ticks: levels.map((l) => ({ value: l.value, label: localize(l.label, lang) })) };
}

/** The gap report of a district's self-rating against the target "Full Implementation", its sides named in `lang`. */
export function targetGaps(framework: Framework, assessment: Assessment, lang: Lang = 'en'): GapReport {
  return analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: defaultTarget(framework.scale) }, { lang });
}

/** A self vs partner gap report: the district's view next to its county office's. */
export function partnerGaps(framework: Framework, self: Assessment, partner: Assessment, lang: Lang = 'en'): GapReport {
  return analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner }, { lang });
}

/** A long report (many rows), to show paging. */
export function longReport(base: GapReport, rows: number): GapReport {
  const items = Array.from({ length: rows }, (_, i) => {
    const row = base.items[i % base.items.length]!;
    return { ...row, id: `${row.id}.${i}`, label: `${localize(row.label)} (team ${Math.floor(i / base.items.length) + 1})` };
  });
  return { ...base, items };
}

/**
 * A story's beforeEach that leaves a district draft with `share` of the items answered in this
 * browser's storage under `key` (as the rubric saves it), and removes it afterwards.
 */
export function seedDraft(key: string, share: number) {
  return async () => {
    const framework = await conditionsFramework('district');
    localStorage.setItem(`sos-kit:draft:${key}`, JSON.stringify({ savedAt: '2026-11-20T15:30:00Z', assessment: sampleAssessment(framework, 'district', share) }));
    return () => localStorage.removeItem(`sos-kit:draft:${key}`);
  };
}
