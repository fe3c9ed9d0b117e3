/** A framework of `roles` × `capacities` rated items at one level, for exports and benchmarks of any size. */
import { parseFramework, type Framework } from '../../src/index.js';

export function wideFramework(roles: number, capacities: number): Framework {
  return parseFramework({
    schemaVersion: 1,
    id: 'wide',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'Wide framework',
    scale: { id: 'four', name: 'Four', levels: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${value}` })) },
    levels: [
      {
        id: 'state',
        name: 'State',
        roles: Array.from({ length: roles }, (_, r) => ({ id: `r${r}`, name: `Role ${r}`, capacities: Array.from({ length: capacities }, (_, k) => ({ id: `r${r}.k${k}`, statement: `Capacity ${k} of role ${r}` })) })),
      },
    ],
  });
}
