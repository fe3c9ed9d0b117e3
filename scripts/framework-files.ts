/**
 * The per-level files derived from each built-in framework, exactly as committed under
 * packages/core/frameworks/levels/: for every level, its English document (no other language
 * in it) and, for every translation the framework carries, that language's texts of the level.
 * scripts/framework-slices.ts writes them; the built-in framework tests compare them byte for
 * byte, so the committed files can never drift from the whole documents they come from.
 */
import { frameworkForLevel, type Framework, type SystemLevel } from '../packages/core/src/index.js';
import { englishOnly, translationOverlay, type TranslationLanguage } from '../packages/core/src/frameworks/translation.js';

/** One derived file: where it goes (relative to packages/core/frameworks/) and its text. */
export interface LevelFile {
  path: string;
  text: string;
}

/** The files of one level: its English document and one overlay per translated language. */
export interface LevelFiles {
  level: SystemLevel;
  english: LevelFile;
  translations: (LevelFile & { language: TranslationLanguage })[];
}

/** Path of a per-level file, relative to packages/core/frameworks/. */
export const levelFilePath = (id: string, level: SystemLevel, language?: TranslationLanguage): string =>
  `levels/${id}.${level}${language ? `.${language}` : ''}.json`;

/** The per-level files of a whole framework, one entry per level. */
export function levelFiles(whole: Framework): LevelFiles[] {
  return whole.levels.map(({ id: level }) => {
    const slice = frameworkForLevel(whole, level)!;
    // The slices sit one folder deeper than the frameworks they come from.
    const english = { ...englishOnly(slice), $schema: '../../schemas/framework.schema.json' };
    return {
      level,
      english: { path: levelFilePath(whole.id, level), text: json(english) },
      translations: (whole.translations ?? []).map(({ language }) => ({
        language,
        path: levelFilePath(whole.id, level, language),
        text: json(translationOverlay(slice, language)),
      })),
    };
  });
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
