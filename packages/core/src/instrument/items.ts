import type {
  Capacity,
  Condition,
  ConditionElement,
  Framework,
  FrameworkLevel,
  Id,
  LocalizedText,
  Perspective,
  Role,
  ScaleLevel,
  SystemLevel,
} from '../model/types.js';
import type { SectionId } from '../results/types.js';
import { ownValue } from '../util/own.js';

/** A language the built-in texts are written in. */
export type Lang = 'en' | 'es';

/** The languages built-in text exists in; a page asking for another gets English. */
const LANGUAGES: readonly Lang[] = ['en', 'es'];

/**
 * The language of a tag such as 'es-MX', or English for a language built-in text lacks.
 * @example
 * languageOf('es-MX'); // 'es'
 * languageOf('fr'); // 'en'
 */
export function languageOf(lang: string | undefined): Lang {
  const short = (lang ?? 'en').slice(0, 2).toLowerCase();
  return LANGUAGES.find((l) => l === short) ?? 'en';
}

/**
 * Picks one language from a localised text, falling back to English.
 * @example
 * localize({ en: 'Relational trust', es: 'Confianza relacional' }, 'es'); // 'Confianza relacional'
 * localize('Relational trust', 'es'); // 'Relational trust'
 */
export function localize(text: LocalizedText, lang: Lang | string = 'en'): string {
  if (typeof text === 'string') return text;
  return (languageOf(lang) === 'es' ? text.es : undefined) ?? text.en;
}

/**
 * What a scale level means, worded for whoever rates: an organization rating itself reads the
 * level's `descriptor` ("We have started…"), a partner reads its `partnerDescriptor` ("The
 * organization has started…"), or the `descriptor` when the framework gives no partner wording.
 * Undefined when the level has no descriptor for that perspective.
 * @example
 * const level = framework.scale.levels[1]!;
 * localize(levelDescriptor(level, 'self')!); // 'We have started planning or building it, …'
 * localize(levelDescriptor(level, 'partner')!); // 'The organization has started planning or building it, …'
 */
export function levelDescriptor(level: ScaleLevel, perspective: Perspective['kind']): LocalizedText | undefined {
  return perspective === 'partner' ? (level.partnerDescriptor ?? level.descriptor) : level.descriptor;
}

/** A rateable item as seen at one level: a condition element or a capacity, with its group. */
export interface LevelItem {
  kind: 'element' | 'capacity';
  id: Id;
  section: SectionId;
  /** The condition (for an element) or role (for a capacity) the item belongs to. */
  groupId: Id;
  /** The element's name, or the capacity statement. */
  label: LocalizedText;
  /** The element's description at this level; capacities have none beyond their statement. */
  description?: LocalizedText;
  weight: number;
  tags: readonly Id[];
  lookFors: readonly LocalizedText[];
  /** Position within its group, from 0. */
  index: number;
}

/** A group of items at one level: a condition or a role. */
export interface LevelGroup {
  kind: 'condition' | 'role';
  id: Id;
  section: SectionId;
  name: LocalizedText;
  description?: LocalizedText;
  weight: number;
  items: LevelItem[];
}

/** Everything a rater sees for one level: its groups in display order. */
export interface LevelInstrument {
  level: FrameworkLevel;
  groups: LevelGroup[];
  items: LevelItem[];
}

/**
 * Finds a level of a framework.
 * @example
 * findLevel(framework, 'district')?.name; // 'School District'
 */
export function findLevel(framework: Framework, level: SystemLevel): FrameworkLevel | undefined {
  return framework.levels.find((l) => l.id === level);
}

/**
 * The level whose condition-element descriptions apply at `level` (Geo Leads use the COE's).
 * @example
 * conditionLevelOf(framework, 'geo-lead'); // 'coe'
 */
export function conditionLevelOf(framework: Framework, level: SystemLevel): SystemLevel {
  return findLevel(framework, level)?.conditionsFrom ?? level;
}

function elementItem(element: ConditionElement, condition: Condition, descriptionLevel: SystemLevel, index: number): LevelItem | undefined {
  const description = ownValue(element.descriptions as Readonly<Record<string, LocalizedText>>, descriptionLevel);
  if (description === undefined) return undefined;
  return {
    kind: 'element',
    id: element.id,
    section: 'conditions',
    groupId: condition.id,
    label: element.name,
    description,
    weight: element.weight ?? 1,
    tags: element.tags ?? [],
    lookFors: element.lookFors ?? [],
    index,
  };
}

function capacityItem(capacity: Capacity, role: Role, index: number): LevelItem {
  return {
    kind: 'capacity',
    id: capacity.id,
    section: 'capacities',
    groupId: role.id,
    label: capacity.statement,
    weight: capacity.weight ?? 1,
    tags: capacity.tags ?? [],
    lookFors: capacity.lookFors ?? [],
    index,
  };
}

/**
 * The instrument for one level: condition groups (elements described at this level) followed by
 * the level's roles and their capacities. Returns undefined when the framework lacks the level.
 * @example
 * const district = instrumentFor(framework, 'district');
 * district?.items.length; // 45 for the built-in conditions-and-capacities framework
 */
export function instrumentFor(framework: Framework, level: SystemLevel): LevelInstrument | undefined {
  const levelDef = findLevel(framework, level);
  if (!levelDef) return undefined;
  const descriptionLevel = levelDef.conditionsFrom ?? level;
  const groups: LevelGroup[] = [];
  for (const condition of framework.conditions ?? []) {
    const items: LevelItem[] = [];
    condition.elements.forEach((element) => {
      const item = elementItem(element, condition, descriptionLevel, items.length);
      if (item) items.push(item);
    });
    if (items.length === 0) continue;
    groups.push({
      kind: 'condition',
      id: condition.id,
      section: 'conditions',
      name: condition.name,
      ...(condition.description === undefined ? {} : { description: condition.description }),
      weight: condition.weight ?? 1,
      items,
    });
  }
  for (const role of levelDef.roles ?? []) {
    groups.push({
      kind: 'role',
      id: role.id,
      section: 'capacities',
      name: role.name,
      ...(role.description === undefined ? {} : { description: role.description }),
      weight: role.weight ?? 1,
      items: role.capacities.map((capacity, index) => capacityItem(capacity, role, index)),
    });
  }
  return { level: levelDef, groups, items: groups.flatMap((g) => g.items) };
}

/** Where an id is defined in a framework. */
export interface IdLocation {
  kind: 'condition' | 'element' | 'role' | 'capacity';
  path: (string | number)[];
  /** For roles and capacities, the level that owns them. */
  level?: SystemLevel;
}

/**
 * Every condition, element, role and capacity id of a framework with where it is defined.
 * Ids share one namespace because assessments key ratings and targets by them. When an id is
 * defined twice the first definition wins here; validation reports the duplicate.
 * @example
 * indexFrameworkIds(framework).get('shared-purpose.equity-focus')?.kind; // 'element'
 */
export function indexFrameworkIds(framework: Framework): Map<Id, IdLocation> {
  const index = new Map<Id, IdLocation>();
  const add = (id: Id, location: IdLocation) => {
    if (!index.has(id)) index.set(id, location);
  };
  (framework.conditions ?? []).forEach((condition, c) => {
    add(condition.id, { kind: 'condition', path: ['conditions', c, 'id'] });
    condition.elements.forEach((element, e) => add(element.id, { kind: 'element', path: ['conditions', c, 'elements', e, 'id'] }));
  });
  framework.levels.forEach((level, l) => {
    (level.roles ?? []).forEach((role, r) => {
      add(role.id, { kind: 'role', path: ['levels', l, 'roles', r, 'id'], level: level.id });
      role.capacities.forEach((capacity, k) =>
        add(capacity.id, { kind: 'capacity', path: ['levels', l, 'roles', r, 'capacities', k, 'id'], level: level.id }),
      );
    });
  });
  return index;
}
