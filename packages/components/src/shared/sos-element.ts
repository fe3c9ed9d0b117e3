import type { Lang } from '@sos-kit/core';
import { LitElement, type PropertyDeclarations } from 'lit';
import { langOf } from '../i18n/lang.js';

/**
 * Every connected element, told when any `lang` attribute in its document changes. One observer
 * per document is enough: a `lang` change anywhere (the element, an ancestor, `<html>`) is rare,
 * and each element then asks `langOf` whether its own language moved.
 */
const listeners = new WeakMap<Document, { observer: MutationObserver; elements: Set<SosElement> }>();

function watch(element: SosElement): void {
  const doc = element.ownerDocument;
  let entry = listeners.get(doc);
  if (!entry) {
    const elements = new Set<SosElement>();
    const observer = new MutationObserver(() => {
      for (const el of elements) el.refreshLanguage();
    });
    // Light DOM only: a `lang` inside another element's shadow root is that element's business,
    // and its own attribute is watched through observedAttributes below.
    observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    entry = { observer, elements };
    listeners.set(doc, entry);
  }
  entry.elements.add(element);
}

function unwatch(element: SosElement): void {
  const entry = listeners.get(element.ownerDocument);
  if (!entry) return;
  entry.elements.delete(element);
  if (entry.elements.size === 0) {
    entry.observer.disconnect();
    listeners.delete(element.ownerDocument);
  }
}

/**
 * What every sos-kit element needs: the language it speaks, reactive to its own `lang` attribute
 * and to any ancestor's (or the document's) `lang` changing later, so a page's language switch
 * re-renders every element without a reload.
 *
 * Subclasses read {@link SosElement.language} while rendering and pick their string table from it.
 */
export class SosElement extends LitElement {
  static override properties: PropertyDeclarations = {
    language: { state: true },
  };

  /**
   * The language this element renders in ('en' or 'es'); follows `lang` on it or its ancestors.
   * @internal
   */
  declare protected language: Lang;

  constructor() {
    super();
    this.language = 'en';
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLanguage();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watch(this);
    this.refreshLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  /** Re-reads the language from `lang` on the element or its ancestors; re-renders if it changed. */
  refreshLanguage(): void {
    const next = langOf(this);
    if (next !== this.language) this.language = next;
  }
}
