import type { Framework, LocalizedText, SystemLevel } from '../model/types.js';
import { cloneJson } from '../util/clone.js';
import { ownValue } from '../util/own.js';
import { findLevel } from './items.js';

/**
 * The part of a framework that one level rates: that level alone, with its roles, and each
 * condition element described for it only. Elements not described at that level, and conditions
 * left empty, are left out. A level that borrows another level's element descriptions (as
 * Geographic Lead Agencies use the county office's) gets them under its own id, so the result
 * stands on its own. Everything else (id, version, scale, sources, citations, item ids) is kept,
 * so assessments of that level validate and score exactly as against the whole framework.
 *
 * The drop-in widget downloads these per-level documents instead of whole frameworks.
 * Returns `undefined` when the framework has no such level. The input is not modified.
 * @example
 * const district = frameworkForLevel(framework, 'district');
 * district?.levels.map((l) => l.id); // ['district']
 */
export function frameworkForLevel(framework: Framework, level: SystemLevel): Framework | undefined {
  const levelDef = findLevel(framework, level);
  if (!levelDef) return undefined;
  const descriptionLevel = levelDef.conditionsFrom ?? level;
  const { conditionsFrom: _borrowed, ...ownLevel } = levelDef;
  const conditions = framework.conditions
    ?.map((condition) => ({
      ...condition,
      elements: condition.elements.flatMap((element) => {
        const description = ownValue(element.descriptions as Readonly<Record<string, LocalizedText>>, descriptionLevel);
        return description === undefined ? [] : [{ ...element, descriptions: { [level]: description } }];
      }),
    }))
    .filter((condition) => condition.elements.length > 0);
  const slice: Framework = { ...framework, levels: [ownLevel] };
  if (conditions) slice.conditions = conditions;
  return cloneJson(slice);
}
