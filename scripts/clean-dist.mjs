// Removes previous build output so renamed or deleted chunks never linger in a package.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const pkg of ['core', 'components']) rmSync(fileURLToPath(new URL(`../packages/${pkg}/dist`, import.meta.url)), { recursive: true, force: true });
