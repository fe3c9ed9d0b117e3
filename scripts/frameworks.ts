/**
 * `npm run frameworks`: an overview of the built-in frameworks, and a validator for your own files.
 *   npm start                                  list frameworks, levels and item counts
 *   npm run frameworks -- county-framework.json         validate a framework
 *   npm run frameworks -- a.json --framework f.json     validate assessments (against a framework)
 */
import { readFile } from 'node:fs/promises';
import {
  BUILT_IN_FRAMEWORKS,
  instrumentFor,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
  localize,
  safeParseAssessment,
  safeParseFramework,
  type Framework,
} from '../packages/core/src/index.js';

async function overview(): Promise<void> {
  console.log('sos-kit: self-assessment for California\'s Statewide System of Support\n');
  for (const info of BUILT_IN_FRAMEWORKS) {
    const framework = await loadBuiltInFramework(info.id);
    console.log(`${localize(framework.title)}\n  id ${framework.id} · version ${framework.version} · scale: ${framework.scale.levels.map((l) => `${l.value} ${localize(l.label)}`).join(', ')}`);
    for (const level of framework.levels) {
      const instrument = instrumentFor(framework, level.id)!;
      const elements = instrument.items.filter((i) => i.kind === 'element').length;
      const roles = instrument.groups.filter((g) => g.kind === 'role').length;
      const conditions = instrument.groups.length - roles;
      const parts = [`${elements} elements in ${conditions} conditions`, ...(roles > 0 ? [`${instrument.items.length - elements} capacities in ${roles} roles`] : [])];
      console.log(`  ${localize(level.name).padEnd(46)} ${String(instrument.items.length).padStart(3)} items: ${parts.join(', ')}`);
    }
    console.log('');
  }
  console.log('Validate your own documents:  npm run frameworks -- my-framework.json');
  console.log('                              npm run frameworks -- assessment.json --framework ca-sos-conditions-capacities');
}

async function validate(files: string[], frameworkArg: string | undefined): Promise<number> {
  let framework: Framework | undefined;
  if (frameworkArg) {
    if (isBuiltInFrameworkId(frameworkArg)) framework = await loadBuiltInFramework(frameworkArg);
    else {
      const parsed = safeParseFramework(await readFile(frameworkArg, 'utf8'), { source: frameworkArg });
      if (!parsed.success) {
        console.error(parsed.error.message);
        return 1;
      }
      framework = parsed.data;
    }
  }
  let failed = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch((error: Error) => error);
    if (text instanceof Error) {
      console.error(`${file}: cannot be read (${text.message})`);
      failed++;
      continue;
    }
    // An assessment has ratings; anything else is checked as a framework.
    const looksLikeAssessment = /"ratings"\s*:/.test(text);
    const result = looksLikeAssessment ? safeParseAssessment(text, framework, { source: file }) : safeParseFramework(text, { source: file });
    if (result.success) console.log(`${file}: valid ${looksLikeAssessment ? 'assessment' : 'framework'}`);
    else {
      console.error(result.error.message);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

const args = process.argv.slice(2);
const frameworkFlag = args.indexOf('--framework');
const frameworkArg = frameworkFlag >= 0 ? args[frameworkFlag + 1] : undefined;
const files = args.filter((_, i) => i !== frameworkFlag && i !== frameworkFlag + 1);
if (files.length === 0) await overview();
else process.exitCode = await validate(files, frameworkArg);
