/**
 * Generates the published JSON Schemas from the TypeScript model with typescript-json-schema.
 *   npm run schemas          rewrite schemas/*.schema.json
 *   npm run schemas:check    fail when the committed schemas differ from the types (drift)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each published schema: the type it is generated from, its file and its stable $id. */
export const PUBLISHED_SCHEMAS = [
  { type: 'Framework', file: 'framework.schema.json', title: 'sos-kit framework', version: '1.0.0' },
  { type: 'Assessment', file: 'assessment.schema.json', title: 'sos-kit assessment', version: '1.0.0' },
  { type: 'ScoreResult', file: 'score-result.schema.json', title: 'sos-kit score result', version: '1.0.0' },
  { type: 'GapReport', file: 'gap-report.schema.json', title: 'sos-kit gap report', version: '1.0.0' },
  { type: 'AggregateResult', file: 'aggregate.schema.json', title: 'sos-kit aggregate', version: '1.0.0' },
  { type: 'AggregateState', file: 'aggregate-state.schema.json', title: 'sos-kit aggregate state', version: '1.0.0' },
  { type: 'ImprovementPlan', file: 'improvement-plan.schema.json', title: 'sos-kit improvement plan', version: '1.0.0' },
] as const;

export function schemaId(file: string, version: string): string {
  return `urn:sos-kit:schema:v${version.split('.')[0]}:${file.replace('.schema.json', '')}`;
}

export function generateSchemas(): Map<string, string> {
  const program = TJS.programFromConfig(`${root}packages/core/tsconfig.schemas.json`);
  const out = new Map<string, string>();
  for (const spec of PUBLISHED_SCHEMAS) {
    const generated = TJS.generateSchema(program, spec.type, { required: true, noExtraProps: true, strictNullChecks: true, ignoreErrors: false });
    if (!generated) throw new Error(`typescript-json-schema produced nothing for ${spec.type}`);
    const { $schema, description, ...rest } = generated as Record<string, unknown>;
    const schema = { $schema, $id: schemaId(spec.file, spec.version), title: spec.title, description, version: spec.version, ...rest };
    out.set(spec.file, `${JSON.stringify(schema, null, 2)}\n`);
  }
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let drifted = 0;
  for (const [file, text] of generateSchemas()) {
    const path = `${root}schemas/${file}`;
    if (!check) {
      await writeFile(path, text);
      console.log(`wrote schemas/${file}`);
      continue;
    }
    const committed = await readFile(path, 'utf8').catch(() => '');
    if (committed !== text) {
      drifted++;
      console.error(`schemas/${file} differs from the TypeScript types in packages/core/src/model/types.ts or results/types.ts; run "npm run schemas" and commit the result`);
    }
  }
  if (check) {
    if (drifted > 0) process.exit(1);
    console.log(`schemas: ${PUBLISHED_SCHEMAS.length} committed schemas match the types`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
