import type { Framework, SystemLevel } from '../model/types.js';
/** What a built-in framework is, without loading its data. */
export interface BuiltInFrameworkInfo {
    id: BuiltInFrameworkId;
    title: string;
    levels: readonly SystemLevel[];
}
/** Ids of the frameworks that ship with @sos-kit/core. */
export type BuiltInFrameworkId = 'ca-sos-conditions-capacities' | 'ca-sos-effective-support-principles';
/** The frameworks that ship with @sos-kit/core. Their data loads on demand. */
export declare const BUILT_IN_FRAMEWORKS: readonly BuiltInFrameworkInfo[];
/**
 * True when `id` names a framework that ships with @sos-kit/core.
 * @example
 * isBuiltInFrameworkId('ca-sos-conditions-capacities'); // true
 */
export declare function isBuiltInFrameworkId(id: string): id is BuiltInFrameworkId;
/**
 * Loads and validates a built-in framework. Each call returns a fresh copy, so callers may
 * modify what they get without affecting anyone else.
 * @example
 * const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
 * instrumentFor(framework, 'district')?.items.length; // 45
 */
export declare function loadBuiltInFramework(id: BuiltInFrameworkId): Promise<Framework>;
