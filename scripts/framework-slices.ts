/**
 * Writes the per-level documents of each built-in framework to packages/core/frameworks/levels/,
 * so a page that rates one level downloads only that level's text. They are derived data:
 * the built-in framework tests fail when a committed slice differs from `frameworkForLevel`.
 *   npm run frameworks:slices
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_FRAMEWORKS, frameworkForLevel, parseFramework } from '../packages/core/src/index.js';

const dir = fileURLToPath(new URL('../packages/core/frameworks/', import.meta.url));
await mkdir(`${dir}levels`, { recursive: true });
for (const { id, levels } of BUILT_IN_FRAMEWORKS) {
  const framework = parseFramework(await readFile(`${dir}${id}.json`, 'utf8'), { source: `${id}.json` });
  for (const level of levels) {
    // The slices sit one folder deeper than the frameworks they come from.
    const slice = { ...frameworkForLevel(framework, level)!, $schema: '../../schemas/framework.schema.json' };
    parseFramework(slice, { source: `${id} at ${level}` }); // never write a slice that would not load
    await writeFile(`${dir}levels/${id}.${level}.json`, `${JSON.stringify(slice, null, 2)}\n`);
    console.log(`wrote packages/core/frameworks/levels/${id}.${level}.json`);
  }
}
