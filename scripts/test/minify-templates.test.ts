import { expect } from 'chai';
// @ts-expect-error: a plain .mjs build helper without types
import { minifyTemplates } from '../minify-templates.mjs';

const squeeze = minifyTemplates as (code: string) => string;

describe('minify-templates (drop-in build)', () => {
  it('collapses indentation in html and svg templates to one space, as HTML renders it', () => {
    expect(squeeze('html`<p>\n    Hello\n    <b>${name}</b>\n  </p>`')).to.equal('html`<p> Hello <b>${name}</b> </p>`');
    expect(squeeze('svg`<g>\n  <line />\n</g>`')).to.equal('svg`<g> <line /> </g>`');
  });

  it('leaves expressions, nested templates and other strings untouched except their own templates', () => {
    const code = 'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}</li>`)}\n</ul>`; const s = `a\n  b`; const t = tag`x\n  y`;';
    expect(squeeze(code)).to.equal('html`<ul> ${items.map((i) => html`<li> ${i}</li>`)} </ul>`; const s = `a\n  b`; const t = tag`x\n  y`;');
  });

  it('keeps whitespace on one line, which may be meaningful', () => {
    expect(squeeze('html`<p>a   b</p>`')).to.equal('html`<p>a   b</p>`');
  });

  it('drops comments and spaces around CSS punctuation, keeping descendant combinators', () => {
    expect(squeeze('css`\n  :host {\n    color: red; /* why */\n  }\n  a :is(b) {\n    gap: 1em;\n  }\n`')).to.equal('css` :host{color:red;}a :is(b){gap:1em;}`');
    expect(squeeze("css`\n  a,\n  b > c {\n    font-family: 'A, B', x;\n    content: \": \";\n  }\n`")).to.equal("css` a,b>c{font-family:'A, B',x;content:\": \";}`");
  });
});
