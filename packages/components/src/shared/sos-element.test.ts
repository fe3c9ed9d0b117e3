import { expect, fixture, html } from '@open-wc/testing';
import { SosElement } from './sos-element.js';

class LanguageProbe extends SosElement {
  override render() {
    return html`<p>${this.language === 'es' ? 'Hola' : 'Hello'}</p>`;
  }
}
customElements.define('sos-language-probe', LanguageProbe);

const said = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('SosElement: the language follows lang on the element and its ancestors', () => {
  it('speaks its own lang attribute and re-renders when it changes', async () => {
    const el = await fixture<LanguageProbe>(html`<sos-language-probe lang="es"></sos-language-probe>`);
    expect(said(el)).to.equal('Hola');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(said(el)).to.equal('Hello');
  });

  it('re-renders when an ancestor switches language after the element rendered', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><section><sos-language-probe></sos-language-probe></section></div>`);
    const el = wrapper.querySelector<LanguageProbe>('sos-language-probe')!;
    expect(said(el)).to.equal('Hello');
    wrapper.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(said(el)).to.equal('Hola');
  });

  it('reads the language of the host when it lives inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<sos-language-probe></sos-language-probe>';
    const el = root.querySelector<LanguageProbe>('sos-language-probe')!;
    await el.updateComplete;
    expect(said(el)).to.equal('Hello');
    host.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(said(el)).to.equal('Hola');
  });
});
