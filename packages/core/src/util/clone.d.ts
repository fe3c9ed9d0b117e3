/**
 * Deep-copies plain JSON data. Used instead of `structuredClone`, which is a host global
 * (DOM / Node) rather than part of the language, so core stays portable to any runtime.
 */
export declare function cloneJson<T>(value: T): T;
