import type { Framework, FrameworkLevel, Id, LocalizedText, SystemLevel } from '../model/types.js';
/** A language the built-in texts are written in. */
export type Lang = 'en' | 'es';
/**
 * Picks one language from a localised text, falling back to English.
 * @example
 * localize({ en: 'Relational trust', es: 'Confianza relacional' }, 'es'); // 'Confianza relacional'
 * localize('Relational trust', 'es'); // 'Relational trust'
 */
export declare function localize(text: LocalizedText, lang?: Lang | string): string;
/** Which half of an instrument an item belongs to. */
export type Section = 'conditions' | 'capacities';
/** A rateable item as seen at one level: a condition element or a capacity, with its group. */
export interface LevelItem {
    kind: 'element' | 'capacity';
    id: Id;
    section: Section;
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
    section: Section;
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
export declare function findLevel(framework: Framework, level: SystemLevel): FrameworkLevel | undefined;
/**
 * The level whose condition-element descriptions apply at `level` (Geo Leads use the COE's).
 * @example
 * conditionLevelOf(framework, 'geo-lead'); // 'coe'
 */
export declare function conditionLevelOf(framework: Framework, level: SystemLevel): SystemLevel;
/**
 * The instrument for one level: condition groups (elements described at this level) followed by
 * the level's roles and their capacities. Returns undefined when the framework lacks the level.
 * @example
 * const district = instrumentFor(framework, 'district');
 * district?.items.length; // 45 for the built-in conditions-and-capacities framework
 */
export declare function instrumentFor(framework: Framework, level: SystemLevel): LevelInstrument | undefined;
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
export declare function indexFrameworkIds(framework: Framework): Map<Id, IdLocation>;
