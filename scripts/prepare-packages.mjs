// Copies what each published package must carry but the repository keeps in one place:
// the JSON Schemas (schemas/) and the licence.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = `${root}packages/core/`;
mkdirSync(`${core}schemas`, { recursive: true });
for (const file of readdirSync(`${root}schemas`).filter((f) => f.endsWith('.schema.json'))) {
  copyFileSync(`${root}schemas/${file}`, `${core}schemas/${file}`);
}
copyFileSync(`${root}LICENSE`, `${core}LICENSE`);
copyFileSync(`${root}LICENSE`, `${root}packages/components/LICENSE`);
