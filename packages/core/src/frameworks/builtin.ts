import type { Lang } from '../instrument/items.js';
import type { Framework, SystemLevel } from '../model/types.js';
import { BY_LEVEL, SPANISH_BY_LEVEL, WHOLE } from './builtin-data.js';
import { languageOf } from '../instrument/items.js';
import { SYSTEM_LEVELS } from '../model/constants.js';
import { parseFramework } from '../validate/parse.js';
import type { TranslationOverlay } from './translation.js';

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
    levels: SYSTEM_LEVELS,
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
  /**
   * The language the page shows, besides English (which is always there). With `level`, the
   * level's English loads as usual and, for `'es'`, its Spanish text loads beside it as a
   * separate download, so English pages never fetch Spanish. The whole framework (no `level`)
   * carries every language. Tags such as `'es-MX'` count by their language (`'es'`); a
   * language the built-in text is not written in gets English, as `localize` does.
   */
  lang?: Lang | (string & {});
}

/**
 * Loads and validates a built-in framework, whole or (with `level`) only the part one level
 * rates, in English or (with `lang: 'es'`) in English and Spanish. Each call returns a fresh
 * copy, so callers may modify what they get without affecting anyone else.
 * @example
 * const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
 * instrumentFor(framework, 'district')?.items.length; // 45
 * const district = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' });
 * district.levels.length; // 1
 * const spanish = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district', lang: 'es' });
 * localize(spanish.conditions![0]!.name, 'es'); // 'Propósito compartido'
 */
export async function loadBuiltInFramework(id: BuiltInFrameworkId, options: LoadBuiltInOptions = {}): Promise<Framework> {
  if (!isBuiltInFrameworkId(id)) {
    throw new RangeError(`Unknown built-in framework "${String(id)}"; expected one of ${BUILT_IN_FRAMEWORKS.map((f) => `"${f.id}"`).join(', ')}`);
  }
  const { level } = options;
  const lang = languageOf(options.lang);
  if (level === undefined) return parseFramework((await WHOLE[id]()).default, { source: `built-in framework ${id}` });
  const load = BY_LEVEL[id][level];
  if (!load) {
    const levels = BUILT_IN_FRAMEWORKS.find((f) => f.id === id)!.levels;
    throw new RangeError(`Built-in framework "${id}" has no level "${String(level)}"; expected one of ${levels.map((l) => `"${l}"`).join(', ')}`);
  }
  const source = `built-in framework ${id}, level ${level}`;
  if (lang === 'en') return parseFramework((await load()).default, { source });
  // All downloads start at once, the merging code among them (English pages never load it);
  // the English is validated before the Spanish is laid over it.
  // (Destructured in `then`, so bundlers keep only the function used.)
  const merging = import('./translation.js').then(({ applyTranslation }) => applyTranslation);
  const [english, overlay, applyTranslation] = await Promise.all([load(), SPANISH_BY_LEVEL[id][level]!(), merging]);
  const translated = applyTranslation(parseFramework(english.default, { source }), overlay.default as TranslationOverlay);
  return parseFramework(translated, { source: `${source}, in Spanish` });
}
