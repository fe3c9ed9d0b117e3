import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM on every render, first one included. Lit's
 * styleMap writes a `style` attribute on first render, which a page's Content-Security-Policy
 * without 'unsafe-inline' styles blocks (the demo serves `style-src 'self'`); CSSOM writes are
 * allowed. Use it in an element position: `<span ${cssom({ flexGrow: '3' })}>`.
 */
class CssomStyle extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssom() belongs in an element position');
  }

  render(_properties: Record<string, string>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssom = directive(CssomStyle);
