/**
 * Writes the per-level documents of each built-in framework to packages/core/frameworks/levels/,
 * so a page that rates one level downloads only that level's text, and only in the languages it
 * shows: `<id>.<level>.json` holds the English, `<id>.<level>.es.json` the Spanish texts laid over
 * it when a page asks for Spanish. They are derived data (see scripts/framework-files.ts): the
 * built-in framework tests fail when a committed file differs from what this script writes.
 *   npm run frameworks:slices
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_FRAMEWORKS, parseFramework } from '../packages/core/src/index.js';
import { applyTranslation, type TranslationOverlay } from '../packages/core/src/frameworks/translation.js';
import { levelFiles } from './framework-files.js';

const dir = fileURLToPath(new URL('../packages/core/frameworks/', import.meta.url));
await mkdir(`${dir}levels`, { recursive: true });
for (const { id } of BUILT_IN_FRAMEWORKS) {
  const whole = parseFramework(await readFile(`${dir}${id}.json`, 'utf8'), { source: `${id}.json` });
  for (const { english, translations } of levelFiles(whole)) {
    // Never write a file that would not load: the English validates, and each overlay fits it.
    const englishFramework = parseFramework(english.text, { source: english.path });
    for (const overlay of translations) parseFramework(applyTranslation(englishFramework, JSON.parse(overlay.text) as TranslationOverlay), { source: overlay.path });
    for (const { path, text } of [english, ...translations]) {
      await writeFile(`${dir}${path}`, text);
      console.log(`wrote packages/core/frameworks/${path}`);
    }
  }
}
