import { languageOf } from '../instrument/items.js';
import type { Framework, SystemLevel } from '../model/types.js';
import type { TranslationOverlay } from './translation.js';
import { cloneJson } from '../util/clone.js';

/**
 * The built-in frameworks' data files, and a loader that takes them as shipped. Kept apart from
 * `builtin.ts` so that a page which trusts the shipped data (checked by core's own tests: see
 * `loadTrustedBuiltInFramework`) does not download the validation code and zod before it can
 * show the first question.
 */

// Literal import paths let bundlers split each document into its own lazily loaded chunk.
export const WHOLE: Record<Id, () => Promise<{ default: unknown }>> = {
  'ca-sos-conditions-capacities': () => import('../../frameworks/ca-sos-conditions-capacities.json', { with: { type: 'json' } }),
  'ca-sos-effective-support-principles': () => import('../../frameworks/ca-sos-effective-support-principles.json', { with: { type: 'json' } }),
};
export const BY_LEVEL: Record<Id, Partial<Record<SystemLevel, () => Promise<{ default: unknown }>>>> = {
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

// One Spanish overlay per level: the level's texts in Spanish, merged into its English slice.
export const SPANISH_BY_LEVEL: Record<Id, Partial<Record<SystemLevel, () => Promise<{ default: unknown }>>>> = {
  'ca-sos-conditions-capacities': {
    school: () => import('../../frameworks/levels/ca-sos-conditions-capacities.school.es.json', { with: { type: 'json' } }),
    district: () => import('../../frameworks/levels/ca-sos-conditions-capacities.district.es.json', { with: { type: 'json' } }),
    coe: () => import('../../frameworks/levels/ca-sos-conditions-capacities.coe.es.json', { with: { type: 'json' } }),
    'geo-lead': () => import('../../frameworks/levels/ca-sos-conditions-capacities.geo-lead.es.json', { with: { type: 'json' } }),
    state: () => import('../../frameworks/levels/ca-sos-conditions-capacities.state.es.json', { with: { type: 'json' } }),
  },
  'ca-sos-effective-support-principles': {
    district: () => import('../../frameworks/levels/ca-sos-effective-support-principles.district.es.json', { with: { type: 'json' } }),
    coe: () => import('../../frameworks/levels/ca-sos-effective-support-principles.coe.es.json', { with: { type: 'json' } }),
  },
};


type Id = 'ca-sos-conditions-capacities' | 'ca-sos-effective-support-principles';

/**
 * The levels a built-in framework can be loaded for with {@link loadTrustedBuiltInFramework};
 * undefined for an id that is not built in.
 * @example
 * builtInLevelsOf('ca-sos-effective-support-principles'); // ['district', 'coe']
 */
export function builtInLevelsOf(id: string): SystemLevel[] | undefined {
  return Object.hasOwn(BY_LEVEL, id) ? (Object.keys(BY_LEVEL[id as Id]) as SystemLevel[]) : undefined;
}

/**
 * Loads the part of a built-in framework that one level rates, in English or (`lang: 'es'`) in
 * English and Spanish, exactly as shipped: **without validating it**. The shipped files are
 * checked by core's tests (`loadBuiltInFramework`, which validates, returns the same document), so
 * a page that only shows them can skip the validation code (zod and the schema rules, about a
 * third of a rating page's script). Validate anything that is not built-in data. Undefined for a
 * framework or level that is not built in.
 * @example
 * const district = await loadTrustedBuiltInFramework('ca-sos-conditions-capacities', 'district');
 * district?.levels.length; // 1
 */
export async function loadTrustedBuiltInFramework(id: string, level: SystemLevel, lang?: string): Promise<Framework | undefined> {
  const levels = Object.hasOwn(BY_LEVEL, id) ? BY_LEVEL[id as Id] : undefined;
  const load = levels && Object.hasOwn(levels, level) ? levels[level] : undefined;
  if (!load) return undefined;
  if (languageOf(lang) === 'en') return cloneJson((await load()).default) as Framework;
  const [english, overlay, { applyTranslation }] = await Promise.all([load(), SPANISH_BY_LEVEL[id as Id][level]!(), import('./translation.js')]);
  return applyTranslation(cloneJson(english.default) as Framework, overlay.default as TranslationOverlay);
}
