/**
 * Splits a framework's translated text from its English, and puts them back together, so that a
 * page downloads a language only when it shows it. The built-in frameworks keep both languages
 * in one document (the single source of every text); per-level English documents and per-level,
 * per-language overlays are derived from it (see scripts/framework-slices.ts).
 */
import type { Framework, FrameworkTranslation, LocalizedText } from '../model/types.js';

/** A language a framework's text can be translated into. */
export type TranslationLanguage = FrameworkTranslation['language'];

/**
 * One language's text for a framework (or one level of it), keyed by what it belongs to: an item
 * or group id (condition, element, role, capacity), or `@framework`, `@scale`, `@scale.<value>`,
 * `@tag.<id>`, `@level.<id>` (ids never contain `@`). Within a key, a field names the text:
 * `name`, `description`, `statement`, `title`, `label`, `descriptor`, `partnerDescriptor`,
 * `descriptions.<level>` or `lookFors.<index>`.
 */
export interface TranslationOverlay {
  /** Id of the framework the texts belong to. */
  framework: string;
  /** Its version: an overlay fits exactly one version of the English. */
  version: string;
  language: TranslationLanguage;
  /** Who translated, and whether the translation is official. */
  translation: FrameworkTranslation;
  texts: { [key: string]: { [field: string]: string } };
}

/** Calls `visit` for every text a person reads in a framework, with where it belongs. */
function forEachText(framework: Framework, visit: (key: string, field: string, text: LocalizedText, replace: (text: LocalizedText) => void) => void): void {
  const at = <T extends object, K extends keyof T & (string | number)>(key: string, field: string, holder: T, prop: K) => {
    const text = holder[prop] as LocalizedText | undefined;
    if (text !== undefined) visit(key, field, text, (next) => ((holder as Record<K, unknown>)[prop] = next));
  };
  const lookFors = (key: string, list: LocalizedText[] | undefined) => list?.forEach((_, i) => at(key, `lookFors.${i}`, list, i));
  at('@framework', 'title', framework, 'title');
  at('@framework', 'description', framework, 'description');
  at('@scale', 'name', framework.scale, 'name');
  for (const level of framework.scale.levels) {
    at(`@scale.${level.value}`, 'label', level, 'label');
    at(`@scale.${level.value}`, 'descriptor', level, 'descriptor');
    at(`@scale.${level.value}`, 'partnerDescriptor', level, 'partnerDescriptor');
  }
  for (const tag of framework.tags ?? []) {
    at(`@tag.${tag.id}`, 'name', tag, 'name');
    at(`@tag.${tag.id}`, 'description', tag, 'description');
  }
  for (const level of framework.levels) {
    at(`@level.${level.id}`, 'name', level, 'name');
    at(`@level.${level.id}`, 'description', level, 'description');
    for (const role of level.roles ?? []) {
      at(role.id, 'name', role, 'name');
      at(role.id, 'description', role, 'description');
      for (const capacity of role.capacities) {
        at(capacity.id, 'statement', capacity, 'statement');
        lookFors(capacity.id, capacity.lookFors);
      }
    }
  }
  for (const condition of framework.conditions ?? []) {
    at(condition.id, 'name', condition, 'name');
    at(condition.id, 'description', condition, 'description');
    for (const element of condition.elements) {
      at(element.id, 'name', element, 'name');
      for (const level of Object.keys(element.descriptions) as (keyof typeof element.descriptions)[]) {
        at(element.id, `descriptions.${level}`, element.descriptions, level);
      }
      lookFors(element.id, element.lookFors);
    }
  }
}

/** One text of a framework: where it belongs (as in a {@link TranslationOverlay}) and what it says. */
export interface FrameworkText {
  key: string;
  field: string;
  text: LocalizedText;
}

/**
 * Every text a person reads in a framework, in document order.
 * @example
 * frameworkTexts(framework).find((t) => t.key === '@scale.3')?.text; // { en: 'Initial Implementation', es: 'Implementación inicial' }
 */
export function frameworkTexts(framework: Framework): FrameworkText[] {
  const out: FrameworkText[] = [];
  forEachText(framework, (key, field, text) => out.push({ key, field, text }));
  return out;
}

// Frameworks are JSON data, so a JSON round trip is an exact deep copy (and needs no DOM or Node API).
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The framework with English text only: every translated text becomes its English string, and
 * the notes about translations go. The input is not modified.
 * @example
 * englishOnly(framework).scale.levels[2]!.label; // 'Initial Implementation'
 */
export function englishOnly(framework: Framework): Framework {
  const out = copy(framework);
  forEachText(out, (_key, _field, text, replace) => {
    if (typeof text !== 'string') replace(text.en);
  });
  delete out.translations;
  return out;
}

/**
 * The texts of one language, taken out of a framework that carries them beside the English.
 * Throws when a text has no translation in that language or the framework does not say who
 * translated it: an overlay is complete or not made at all.
 * @example
 * const overlay = translationOverlay(framework, 'es');
 * overlay.texts['@scale.3']!.label; // 'Implementación inicial'
 */
export function translationOverlay(framework: Framework, language: TranslationLanguage): TranslationOverlay {
  const translation = framework.translations?.find((t) => t.language === language);
  if (!translation) throw new RangeError(`Framework "${framework.id}" lists no "${language}" translation in its translations`);
  const texts: TranslationOverlay['texts'] = Object.create(null) as TranslationOverlay['texts'];
  const missing: string[] = [];
  forEachText(framework, (key, field, text) => {
    const translated = typeof text === 'string' ? undefined : text[language];
    if (translated === undefined) missing.push(`${key} ${field}`);
    else (texts[key] ??= {})[field] = translated;
  });
  if (missing.length > 0) throw new RangeError(`Framework "${framework.id}" has no "${language}" text for ${missing.length} text(s): ${missing.join('; ')}`);
  return { framework: framework.id, version: framework.version, language, translation: copy(translation), texts: { ...texts } };
}

/**
 * Which texts of an English framework an overlay lacks, and which overlay texts match nothing
 * in it (each as `key field`). Both are empty when the overlay fits.
 * @example
 * translationCoverage(englishOnly(framework), translationOverlay(framework, 'es')); // { missing: [], orphans: [] }
 */
export function translationCoverage(english: Framework, overlay: TranslationOverlay): { missing: string[]; orphans: string[] } {
  const expected = new Set(frameworkTexts(english).map(({ key, field }) => `${key} ${field}`));
  const given = Object.entries(overlay.texts).flatMap(([key, fields]) => Object.keys(fields).map((field) => `${key} ${field}`));
  const givenSet = new Set(given);
  return { missing: [...expected].filter((k) => !givenSet.has(k)), orphans: given.filter((k) => !expected.has(k)) };
}

/**
 * Puts one language's texts beside the English of a framework: every text becomes
 * `{ en, <language> }`, and the translation note is added to `translations`. Throws, naming
 * what does not fit, when the overlay belongs to another framework or version, lacks a text
 * the framework has, or has a text the framework lacks. The inputs are not modified.
 * @example
 * const spanish = applyTranslation(englishDistrict, spanishDistrictOverlay);
 * localize(spanish.scale.levels[2]!.label, 'es'); // 'Implementación inicial'
 */
export function applyTranslation(english: Framework, overlay: TranslationOverlay): Framework {
  if (overlay.framework !== english.id || overlay.version !== english.version) {
    throw new RangeError(`The "${overlay.language}" texts are for ${overlay.framework} ${overlay.version}, not ${english.id} ${english.version}`);
  }
  const { missing, orphans } = translationCoverage(english, overlay);
  if (missing.length > 0 || orphans.length > 0) {
    const parts = [missing.length > 0 ? `missing: ${missing.join('; ')}` : '', orphans.length > 0 ? `not in the framework: ${orphans.join('; ')}` : ''];
    throw new RangeError(`The "${overlay.language}" texts do not fit ${english.id} ${english.version} (${parts.filter(Boolean).join('; ')})`);
  }
  const out = copy(english);
  const { language } = overlay;
  forEachText(out, (key, field, text, replace) => {
    const en = typeof text === 'string' ? text : text.en;
    replace({ en, [language]: overlay.texts[key]![field]! });
  });
  out.translations = [...(out.translations ?? []).filter((t) => t.language !== language), copy(overlay.translation)];
  return out;
}
