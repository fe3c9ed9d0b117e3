import type { Lang } from '@sos-kit/core';

/**
 * An element's interface strings by language: English always at hand, any other language loaded
 * the first time an element speaks it, so an English page never downloads Spanish. One per
 * element class, shared by its instances.
 *
 * An element waits for its language before rendering (see `ready`), so a Spanish page never
 * flashes English. When a language cannot be loaded (offline, say) the element shows English and
 * says so in the console; its next update tries again.
 */
export class LazyStrings<T> {
  private readonly loaded = new Map<Lang, T>();
  private readonly pending = new Map<Lang, Promise<void>>();

  /**
   * @param english The English strings.
   * @param load Loads a language's strings (called through, so it can be replaced to test a failure).
   * @param tag The element's tag name, for the console.
   */
  constructor(
    private readonly english: T,
    private readonly load: (lang: Lang) => Promise<T>,
    private readonly tag: string,
  ) {
    this.loaded.set('en', english);
  }

  /** The strings of `lang`, or English while they are not here. */
  of(lang: Lang): T {
    return this.loaded.get(lang) ?? this.english;
  }

  /** Nothing when `lang`'s strings are here; else a promise that settles once they are (or failed to load). */
  ready(lang: Lang): Promise<void> | undefined {
    if (this.loaded.has(lang)) return undefined;
    let pending = this.pending.get(lang);
    if (!pending) {
      pending = this.load(lang)
        .then(
          (strings) => void this.loaded.set(lang, strings),
          (error: unknown) => console.warn(`${this.tag}: could not load the "${lang}" strings; showing English.`, error),
        )
        .finally(() => this.pending.delete(lang));
      this.pending.set(lang, pending);
    }
    return pending;
  }

  /**
   * Runs `update` once `lang`'s strings are here: at once when they already are, so an English
   * render is never put a microtask later. What an element's scheduleUpdate() returns.
   * @example
   * protected override scheduleUpdate(): void | Promise<unknown> {
   *   return strings.whenReady(this.language, () => super.scheduleUpdate());
   * }
   */
  whenReady(lang: Lang, update: () => void | Promise<unknown>): void | Promise<unknown> {
    const pending = this.ready(lang);
    return pending ? pending.then(update) : update();
  }
}
