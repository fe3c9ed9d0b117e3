/**
 * A small framework for hand-computed scoring fixtures: two weighted conditions, one district
 * role with a weighted capacity, a 1–5 scale, and district and COE levels.
 */
import { createAssessment, parseFramework, type Assessment, type Framework, type Rating } from '../../src/index.js';

export function scoringFramework(): Framework {
  const both = (text: string) => ({ district: `District: ${text}`, coe: `COE: ${text}` });
  return parseFramework({
    schemaVersion: 1,
    id: 'fixture-scoring',
    version: '1.0.0',
    versionDate: '2026-01-15',
    title: 'Scoring fixture',
    scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) },
    levels: [
      { id: 'district', name: 'District', roles: [{ id: 'r1', name: 'Role one', capacities: [{ id: 'k1', statement: 'K1' }, { id: 'k2', statement: 'K2' }, { id: 'k3', statement: 'K3' }, { id: 'k4', statement: 'K4', weight: 3 }] }] },
      { id: 'coe', name: 'County office' },
    ],
    conditions: [
      { id: 'c1', name: 'Condition one', elements: [{ id: 'e1', name: 'E1', descriptions: both('e1') }, { id: 'e2', name: 'E2', descriptions: both('e2') }, { id: 'e3', name: 'E3', descriptions: both('e3'), weight: 2 }] },
      { id: 'c2', name: 'Condition two', weight: 2, elements: [{ id: 'e4', name: 'E4', descriptions: both('e4') }, { id: 'e5', name: 'E5', descriptions: both('e5') }] },
    ],
  });
}

type Answers = Record<string, Rating['value']>;

let counter = 0;

/** An assessment of "Sample Unified" (or another subject) with the given answers. */
export function assessmentOf(
  framework: Framework,
  answers: Answers,
  overrides: Partial<Assessment> & { level?: Assessment['level'] } = {},
): Assessment {
  const level = overrides.level ?? 'district';
  const assessment = createAssessment(framework, {
    level,
    subject: level === 'coe' ? { name: 'Sample COE', type: 'coe', id: 'coe-1' } : { name: 'Sample Unified', type: 'district', id: 'district-1', county: 'Sample' },
    now: '2026-09-01T16:00:00Z',
    id: `fixture-${++counter}`,
  });
  for (const [id, value] of Object.entries(answers)) assessment.ratings[id] = value === undefined ? {} : { value };
  return { ...assessment, ...overrides };
}

/** Case A: everything answered. Hand-computed scores are in the scoring spec. */
export const CASE_A: Answers = { e1: 2, e2: 4, e3: 5, e4: 3, e5: 1, k1: 1, k2: 2, k3: 3, k4: 4 };
