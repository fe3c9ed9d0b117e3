// Sample rollups for <sos-system-view>, computed with @sos-kit/core: districts of a county rated
// by their own teams over school years. Deterministic (no Math.random): a story always looks the
// same. Team sizes vary so that some cells fall below three ratings and are suppressed.
import { Aggregator, createAssessment, instrumentFor, type Framework } from '@sos-kit/core';
import type { SystemRollup } from '../../packages/components/src/system-view/system-view.model.js';

const PLACES = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ironwood', 'Juniper', 'Laurel', 'Maple', 'Oak', 'Pine', 'Redwood', 'Sequoia', 'Tamarack', 'Willow'];

/** A district's name: real-sounding for the first few, numbered after that. */
export const districtName = (d: number) => (d < PLACES.length ? `${PLACES[d]} Unified School District` : `District ${String(d + 1).padStart(4, '0')}`);

/** A small deterministic hash → 0..1, so ratings vary without randomness. */
const noise = (...parts: number[]) => {
  let h = 2166136261;
  for (const p of parts) h = Math.imul(h ^ (p + 0x9e3779b9), 16777619);
  return ((h >>> 0) % 1000) / 1000;
};

export interface SystemSampleOptions {
  districts: number;
  /** School years, oldest first. */
  years: readonly string[];
  /** Raters per district team; `teamSize(d)` < 3 produces suppressed cells. */
  teamSize?: (district: number) => number;
}

/**
 * One rollup per school year, each organisation's aggregate built with core's Aggregator (the
 * state is merged and summarised by the element). Districts drift up or down a little each year.
 */
export function sampleSystemRollup(framework: Framework, options: SystemSampleOptions): SystemRollup {
  const items = instrumentFor(framework, 'district')?.items ?? [];
  const teamSize = options.teamSize ?? ((d: number) => 3 + (d % 5));
  const years = options.years.map((schoolYear, y) => ({
    schoolYear,
    aggregates: Array.from({ length: options.districts }, (_, d) => {
      const name = districtName(d);
      const aggregator = new Aggregator(framework, 'district', { key: name, validated: true });
      const base = 1.6 + noise(d) * 2.4;
      const drift = (noise(d, 7) - 0.35) * 0.6;
      for (let r = 0; r < teamSize(d); r++) {
        const assessment = createAssessment(framework, { level: 'district', subject: { name, type: 'district' }, now: '2026-10-01T16:00:00Z' });
        assessment.schoolYear = schoolYear;
        items.forEach((item, i) => {
          const value = Math.round(base + drift * y + (noise(d, r, i, y) - 0.5) * 2 + (i % 3) * 0.3);
          assessment.ratings[item.id] = { value: Math.min(5, Math.max(1, value)) };
        });
        aggregator.add(assessment);
      }
      return aggregator.state();
    }),
  }));
  return { kind: 'sos-kit/system-rollup', years };
}
