/**
 * Writes the API's OpenAPI 3.1 document to schemas/openapi.json, or with --check fails when the
 * committed file differs from what the code generates (run in the server suite).
 *   node --import tsx packages/server/scripts/openapi.ts [--check]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../src/openapi.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../../../schemas/openapi.json', import.meta.url));

export const renderOpenApi = (): string => `${JSON.stringify(openApiDocument(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = renderOpenApi();
  if (process.argv.includes('--check')) {
    const committed = await readFile(OPENAPI_FILE, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error('schemas/openapi.json is out of date: run "npm run openapi" and commit it');
      process.exit(1);
    }
    console.log('schemas/openapi.json matches the code');
  } else {
    await writeFile(OPENAPI_FILE, text);
    console.log(`wrote ${OPENAPI_FILE}`);
  }
}
