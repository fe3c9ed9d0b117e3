import type { Lang } from '@sos-kit/core';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's; Spanish when that starts with "es", English otherwise.
 */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.toLowerCase().startsWith('es') ? 'es' : 'en';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return (element.ownerDocument.documentElement.lang || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}
