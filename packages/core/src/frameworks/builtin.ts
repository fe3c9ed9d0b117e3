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

/**
 * Loads and validates a built-in framework. Each call returns a fresh copy, so callers may
 * modify what they get without affecting anyone else.
 * @example
 * const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
 * instrumentFor(framework, 'district')?.items.length; // 45
 */
export async function loadBuiltInFramework(id: BuiltInFrameworkId): Promise<Framework> {
  // Literal import paths let bundlers split each framework into its own lazily loaded chunk.
  const data: unknown =
    id === 'ca-sos-conditions-capacities'
      ? (await import('../../frameworks/ca-sos-conditions-capacities.json', { with: { type: 'json' } })).default
      : id === 'ca-sos-effective-support-principles'
        ? (await import('../../frameworks/ca-sos-effective-support-principles.json', { with: { type: 'json' } })).default
        : undefined;
  if (data === undefined) {
    throw new RangeError(`Unknown built-in framework "${String(id)}"; expected one of ${BUILT_IN_FRAMEWORKS.map((f) => `"${f.id}"`).join(', ')}`);
  }
  return parseFramework(data, { source: `built-in framework ${id}` });
}
