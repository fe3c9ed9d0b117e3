// Sample team data for <sos-team-results> stories: raters' assessments made with @sos-kit/core,
// deterministic (the same story always looks the same), with realistic spread, non-answers and
// evidence.
import { createAssessment, instrumentFor, type Assessment, type Framework, type SystemLevel } from '@sos-kit/core';
import { SUBJECTS } from './data.js';

const ROLES = ['Superintendent', 'Assistant Superintendent, Educational Services', 'Principal', 'Teacher leader', 'Director of Special Education', 'Parent representative', 'Data lead'];

const EVIDENCE = [
  'Our leadership team minutes show this on the agenda every month.',
  'The staff survey from spring says otherwise: fewer than half agree.',
  'We have a plan on paper, but school sites have not seen it yet.',
  'Site visits this year found this in practice at most schools.',
];

/** A small deterministic hash of three integers, 0 ≤ x < 1 (no randomness: stories must not change). */
function noise(a: number, b: number, c: number): number {
  let h = Math.imul(a + 1, 0x27d4eb2d) ^ Math.imul(b + 7, 0x165667b1) ^ Math.imul(c + 13, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

export interface TeamOptions {
  /** Items every third of which the team splits on: half rate it lowest, half highest. */
  disagree?: boolean;
  /** A partner organisation's raters instead of the team's own. */
  partner?: string;
  /** Shifts every rating by this many points (a partner who sees things higher or lower). */
  shift?: number;
  seed?: number;
}

/**
 * `raters` assessments of `level`'s sample organisation. Ratings centre on an item's own level
 * with a point either side; about one answer in fifteen is "don't know", one in twenty "not
 * applicable", one in twenty-five left blank; some raters write evidence.
 */
export function teamAssessments(framework: Framework, level: SystemLevel, raters: number, options: TeamOptions = {}): Assessment[] {
  const items = instrumentFor(framework, level)?.items ?? [];
  const values = framework.scale.levels.map((l) => l.value);
  const seed = options.seed ?? 0;
  return Array.from({ length: raters }, (_, r) => {
    const assessment = createAssessment(framework, {
      level,
      subject: SUBJECTS[level],
      now: '2026-10-01T16:00:00Z',
      ...(options.partner ? { perspective: { kind: 'partner', rater: { name: options.partner, type: 'coe' } } } : {}),
    });
    assessment.respondent = { role: ROLES[(r + seed) % ROLES.length]! };
    assessment.status = 'submitted';
    assessment.submittedAt = '2026-10-02T16:00:00Z';
    items.forEach((item, i) => {
      const roll = noise(r, i, seed);
      if (roll < 0.04) return; // left blank
      if (roll < 0.09) {
        assessment.ratings[item.id] = { value: 'not-applicable' };
        return;
      }
      if (roll < 0.16) {
        assessment.ratings[item.id] = { value: 'dont-know', notes: 'I have not seen this at my site.' };
        return;
      }
      let position: number;
      if (options.disagree && i % 3 === 0) position = r % 2 === 0 ? 0 : values.length - 1;
      else {
        const centre = 1 + ((i * 5 + seed) % 3); // 1–3: the item's own level
        position = centre + Math.round(noise(i, r, seed + 1) * 2 - 1) + (options.shift ?? 0);
      }
      position = Math.min(values.length - 1, Math.max(0, position));
      const withEvidence = noise(r + 31, i, seed) < 0.12;
      assessment.ratings[item.id] = { value: values[position]!, ...(withEvidence ? { evidence: EVIDENCE[(r + i) % EVIDENCE.length]! } : {}) };
    });
    return assessment;
  });
}
