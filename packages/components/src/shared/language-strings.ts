import type { Lang } from '@sos-kit/core';

/** An element's interface strings per language: English always at hand, others loaded on first use. */
export interface LanguageStrings<T> {
  /** The strings of `lang`, or English while (or if) they cannot be had. */
  get(lang: Lang): T;
  /**
   * Undefined when `lang`'s strings are here; else a promise that settles once they are (or once
   * loading failed, leaving English), for an element to await before rendering in that language.
   */
  pending(lang: Lang): Promise<void> | undefined;
}

/**
 * Keeps the strings of each language an element is shown in, loading a language's module once per
 * page with `load`. A language that cannot be loaded (offline, say) falls back to English with a
 * warning naming the element: a page in English beats no element at all.
 */
export function languageStrings<T>(element: string, english: T, load: (lang: Lang) => Promise<T>): LanguageStrings<T> {
  const loaded = new Map<Lang, T>([['en', english]]);
  const loading = new Map<Lang, Promise<void>>();
  return {
    get: (lang) => loaded.get(lang) ?? english,
    pending(lang) {
      if (loaded.has(lang)) return undefined;
      let promise = loading.get(lang);
      if (!promise) {
        promise = load(lang).then(
          (strings) => void loaded.set(lang, strings),
          (error: unknown) => {
            console.warn(`${element}: could not load the "${lang}" strings; showing English.`, error);
            loaded.set(lang, english);
          },
        );
        loading.set(lang, promise);
      }
      return promise;
    },
  };
}
