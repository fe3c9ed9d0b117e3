import { expect, fixture } from '@open-wc/testing';
import { analyzeGaps, defaultTarget, createAssessment, loadBuiltInFramework, type Framework } from '@sos-kit/core';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import type { SosGapTable } from '../gap-table/gap-table.js';
import type { SosRadarChart } from '../radar-chart/radar-chart.js';
import type { SosRubric } from '../rubric/rubric.js';
import type { SosSelfAssessment } from '../self-assessment/self-assessment.js';

// What a messy CMS theme does: universal and element rules, some !important, aimed at anything.
const HOSTILE_CSS = `
  * { color: #f0f !important; font-family: 'Comic Sans MS', cursive !important; letter-spacing: 0.3em !important; text-transform: uppercase !important; line-height: 3 !important; box-sizing: content-box !important; }
  div, p, span, label, legend, fieldset, table, th, td, button, input, textarea, select, svg, text, details, summary, progress, h2, h3, ul, li { display: inline !important; margin: 40px !important; padding: 0 !important; border: 8px dotted lime !important; background: yellow !important; font-size: 30px !important; }
  input[type=radio] { display: none !important; }
  button { visibility: hidden !important; }
  .visually-hidden, .point, .ring, .priority, .shape { display: none !important; }
`;

/** Computed styles of every element in a shadow tree (and nested ones), in document order. */
function snapshot(root: ShadowRoot): string[] {
  const properties = ['display', 'visibility', 'color', 'font-family', 'font-size', 'letter-spacing', 'text-transform', 'line-height', 'margin-top', 'border-top-width', 'background-color', 'box-sizing'];
  const out: string[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.tagName === 'STYLE') continue;
      const style = getComputedStyle(element);
      out.push(`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${properties.map((p) => style.getPropertyValue(p)).join('|')}`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return out;
}

let framework: Framework;
before(async () => {
  framework = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' });
});

/** One of each element, rendered with content. */
async function elements(): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLDivElement>(`<div>
      <sos-rubric level="district"></sos-rubric>
      <sos-radar-chart heading="Chart"></sos-radar-chart>
      <sos-gap-table></sos-gap-table>
      <sos-self-assessment level="district"></sos-self-assessment>
    </div>`);
  const rubric = wrapper.querySelector<SosRubric>('sos-rubric')!;
  rubric.framework = framework;
  const assessment = createAssessment(framework, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-01-01T00:00:00Z' });
  assessment.ratings['shared-purpose.student-centered-purpose'] = { value: 2 };
  const radar = wrapper.querySelector<SosRadarChart>('sos-radar-chart')!;
  radar.axes = ['a', 'b', 'c'].map((id) => ({ id, label: `Axis ${id}` }));
  radar.series = [{ label: 'Self', values: { a: 1, b: 3, c: 5 } }];
  wrapper.querySelector<SosGapTable>('sos-gap-table')!.report = analyzeGaps(framework, { comparison: 'current-vs-target', current: assessment, defaultTarget: defaultTarget(framework.scale) });
  const widget = wrapper.querySelector<SosSelfAssessment>('sos-self-assessment')!;
  const list = [...wrapper.children] as HTMLElement[];
  for (let i = 0; i < 50 && widget.shadowRoot?.querySelector('sos-rubric') === null; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const element of list) await (element as SosRubric).updateComplete;
  await widget.shadowRoot!.querySelector<SosRubric>('sos-rubric')!.updateComplete;
  return list;
}

describe('style isolation', () => {
  it("a page's hostile CSS changes nothing inside any element", async () => {
    const clean = (await elements()).map((element) => snapshot(element.shadowRoot!));
    expect(clean.every((shot) => shot.length > 10)).to.equal(true);
    const sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
    try {
      const attacked = (await elements()).map((element) => snapshot(element.shadowRoot!));
      attacked.forEach((shot, i) => {
        expect(shot.length, `elements inside element ${i + 1}`).to.equal(clean[i]!.length);
        const differences = shot.flatMap((line, k) => (line === clean[i]![k] ? [] : [`${clean[i]![k]}  →  ${line}`]));
        expect(differences, `inside element ${i + 1}`).to.deep.equal([]);
      });
    } finally {
      sheet.remove();
    }
  });

  it("the elements' styles leak nothing into the page", async () => {
    const page = await fixture<HTMLDivElement>(`<div>
        <p class="visually-hidden status notice">Page text</p>
        <button class="secondary">Page button</button>
        <table class="table"><caption>Page table</caption><tr><th>h</th><td>d</td></tr></table>
        <fieldset><legend>Page legend</legend><label><input type="radio" /> choice</label></fieldset>
      </div>`);
    const before = [...page.querySelectorAll('*')].map((element) => getComputedStyle(element).cssText || [...getComputedStyle(element)].map((p) => getComputedStyle(element).getPropertyValue(p)).join(';'));
    await elements();
    const after = [...page.querySelectorAll('*')].map((element) => getComputedStyle(element).cssText || [...getComputedStyle(element)].map((p) => getComputedStyle(element).getPropertyValue(p)).join(';'));
    expect(after).to.deep.equal(before);
  });
});

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints answers and look-fors, not the controls', async () => {
    const [rubric, , , widget] = await elements();
    await emulateMedia({ media: 'print' });
    const rubricRoot = rubric!.shadowRoot!;
    expect(getComputedStyle(rubricRoot.querySelector('.bar button')!).display).to.equal('none');
    // Look-fors are closed on screen but printed, and so is every section, not only the one on screen.
    const lookFors = rubricRoot.querySelector<HTMLElement>('ul.look-fors')!;
    expect(lookFors.hidden).to.equal(true);
    expect(getComputedStyle(lookFors).display).to.equal('block');
    expect([...rubricRoot.querySelectorAll('section[part=group]')].every((s) => getComputedStyle(s).display === 'block')).to.equal(true);
    expect(getComputedStyle(rubricRoot.querySelector('fieldset')!).breakInside).to.equal('avoid');
    const widgetRoot = widget!.shadowRoot!;
    expect(getComputedStyle(widgetRoot.querySelector('nav')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(rubricRoot.querySelector('.bar button')!).display).not.to.equal('none');
    expect(getComputedStyle(widgetRoot.querySelector('nav')!).display).not.to.equal('none');
  });
});
