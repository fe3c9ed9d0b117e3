import type { Framework, SystemLevel } from '../model/types.js';
import { parseFramework } from '../validate/parse.js';

/** What a built-in framework is, without loading its data. */
export interface BuiltInFrameworkInfo {
  id: BuiltInFrameworkId;
  title: string;
  levels: readonly SystemLevel[];
}

/** Ids of the frameworks that ship with @sos-kit/core. */
export type BuiltInFrameworkId = 'ca-sos-conditions-capacities' | 'ca-sos-effective-support-principles';

/** The frameworks that ship with @sos-kit/core. Their data loads on demand. */
export const BUILT_IN_FRAMEWORKS: readonly BuiltInFrameworkInfo[] = [
  {
    id: 'ca-sos-conditions-capacities',
    title: 'Enabling Conditions and Capacities for Continuous Improvement in the System of Support',
    levels: ['school', 'district', 'coe', 'geo-lead', 'state'],
  },
  {
    id: 'ca-sos-effective-support-principles',
    title: 'Principles of Effective Support',
    levels: ['district', 'coe'],
  },
];

/**
 * True when `id` names a framework that ships with @sos-kit/core.
 * @example
 * isBuiltInFrameworkId('ca-sos-conditions-capacities'); // true
 */
export function isBuiltInFrameworkId(id: string): id is BuiltInFrameworkId {
  return BUILT_IN_FRAMEWORKS.some((f) => f.id === id);
}

/** Options of {@link loadBuiltInFramework}. */
export interface LoadBuiltInOptions {
  /**
   * Load only what this level rates (see `frameworkForLevel`): a fraction of the download, for
   * pages that rate one level. Assessments of that level validate and score exactly as against
   * the whole framework.
   */
  level?: SystemLevel;
}

// Literal import paths let bundlers split each document into its own lazily loaded chunk.
const WHOLE: Record<BuiltInFrameworkId, () => Promise<{ default: unknown }>> = {
  'ca-sos-conditions-capacities': () => import('../../frameworks/ca-sos-conditions-capacities.json', { with: { type: 'json' } }),
  'ca-sos-effective-support-principles': () => import('../../frameworks/ca-sos-effective-support-principles.json', { with: { type: 'json' } }),
};
const BY_LEVEL: Record<BuiltInFrameworkId, Partial<Record<SystemLevel, () => Promise<{ default: unknown }>>>> = {
  'ca-sos-conditions-capacities': {
    school: () => import('../../frameworks/levels/ca-sos-conditions-capacities.school.json', { with: { type: 'json' } }),
    district: () => import('../../frameworks/levels/ca-sos-conditions-capacities.district.json', { with: { type: 'json' } }),
    coe: () => import('../../frameworks/levels/ca-sos-conditions-capacities.coe.json', { with: { type: 'json' } }),
    'geo-lead': () => import('../../frameworks/levels/ca-sos-conditions-capacities.geo-lead.json', { with: { type: 'json' } }),
    state: () => import('../../frameworks/levels/ca-sos-conditions-capacities.state.json', { with: { type: 'json' } }),
  },
  'ca-sos-effective-support-principles': {
    district: () => import('../../frameworks/levels/ca-sos-effective-support-principles.district.json', { with: { type: 'json' } }),
    coe: () => import('../../frameworks/levels/ca-sos-effective-support-principles.coe.json', { with: { type: 'json' } }),
  },
};

/**
 * Loads and validates a built-in framework, whole or (with `level`) only the part one level
 * rates. Each call returns a fresh copy, so callers may modify what they get without affecting
 * anyone else.
 * @example
 * const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
 * instrumentFor(framework, 'district')?.items.length; // 45
 * const district = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' });
 * district.levels.length; // 1
 */
export async function loadBuiltInFramework(id: BuiltInFrameworkId, options: LoadBuiltInOptions = {}): Promise<Framework> {
  if (!isBuiltInFrameworkId(id)) {
    throw new RangeError(`Unknown built-in framework "${String(id)}"; expected one of ${BUILT_IN_FRAMEWORKS.map((f) => `"${f.id}"`).join(', ')}`);
  }
  const { level } = options;
  if (level === undefined) return parseFramework((await WHOLE[id]()).default, { source: `built-in framework ${id}` });
  const load = BY_LEVEL[id][level];
  if (!load) {
    const levels = BUILT_IN_FRAMEWORKS.find((f) => f.id === id)!.levels;
    throw new RangeError(`Built-in framework "${id}" has no level "${String(level)}"; expected one of ${levels.map((l) => `"${l}"`).join(', ')}`);
  }
  return parseFramework((await load()).default, { source: `built-in framework ${id}, level ${level}` });
}
