import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../define.js';
import type { RunChartPoint, SosRunChart } from './run-chart.js';

/** Ten weeks of baseline (median 13), then six weeks above it after a change in March. */
const BASELINE = [12, 15, 11, 14, 13, 16, 12, 14, 13, 11];
const AFTER = [15, 16, 17, 15, 16, 18];
const weekly = (values: number[], start = '2026-01-05'): RunChartPoint[] =>
  values.map((value, i) => ({ value, date: new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86400000).toISOString().slice(0, 10) }));

async function settled(el: SosRunChart): Promise<void> {
  for (let frame = 0; frame < 3; frame++) {
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
  }
}

async function chart(points: RunChartPoint[], attrs: { baseline?: number; better?: string; width?: number; lang?: string; target?: number } = {}): Promise<SosRunChart> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${attrs.width ?? 640}px" lang=${attrs.lang ?? 'en'}>
      <sos-run-chart heading="Students reading at grade level" unit="%" better=${attrs.better ?? 'higher'} baseline-points=${attrs.baseline ?? ''}></sos-run-chart>
    </div>`,
  );
  const el = wrapper.querySelector('sos-run-chart')!;
  if (attrs.baseline === undefined) el.baselinePoints = undefined;
  if (attrs.target !== undefined) el.target = attrs.target;
  el.points = points;
  await settled(el);
  return el;
}

const findings = (el: SosRunChart) => [...el.shadowRoot!.querySelectorAll('.findings li')].map((li) => li.textContent!.trim());
/** The n-th vertex of the data line, in the SVG's own coordinates. */
function vertex(el: SosRunChart, n: number): [x: number, y: number] {
  const match = [...el.shadowRoot!.querySelector('.data-line')!.getAttribute('d')!.matchAll(/[ML]([\d.]+) ([\d.]+)/g)][n]!;
  return [Number(match[1]), Number(match[2])];
}
/** Clicks the centre of what a selector finds, as a person would. */
async function click(el: SosRunChart, selector: string): Promise<void> {
  const box = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await el.updateComplete;
}
const readout = (el: SosRunChart) => el.shadowRoot!.querySelector('.readout')!.textContent!.replace(/\s+/g, ' ').trim();

describe('sos-run-chart', () => {
  describe('what a person reads', () => {
    it('names a shift in words, with the month it began and whether it is good news', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10 });
      expect(findings(el)[0]).to.equal('6 points above the median since March: a shift (an improvement)');
      expect(el.shadowRoot!.querySelector('.median-text')!.textContent).to.equal('Median 13%, from the first 10 points and extended.');
      expect(el.shadowRoot!.querySelector('desc')!.textContent).to.contain('6 points above the median since March: a shift');
      expect(el.result?.shifts[0]?.points).to.deep.equal([10, 11, 12, 13, 14, 15]);
    });

    it('names a trend, and calls it a change for the worse when lower is better', async () => {
      const el = await chart(weekly([20, 21, 19, 20, 22, 23, 25, 26, 28]), { better: 'lower' });
      expect(findings(el)).to.include('7 points in a row going up from Jan 19, 2026 to Mar 2, 2026: a trend (a change for the worse)');
    });

    it('says when there is no signal and how far the runs test is from enough data', async () => {
      const el = await chart(weekly([5, 7, 4, 6, 8, 5]));
      expect(findings(el)).to.deep.equal([
        'No signal of change yet: the ups and downs look like ordinary variation.',
        '6 of the 10 points off the median the runs test needs',
        'The median comes from 6 points; with fewer than 10 it may move as data arrive.',
      ]);
    });

    it('reports too many runs, and the points the team marked unusual', async () => {
      const points = weekly(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 10 : 20)));
      points[3] = { ...points[3]!, astronomical: true };
      const el = await chart(points);
      expect(findings(el)).to.include('Too many runs: 20 across 20 points not on the median (more than 15 suggests the data zig-zag, e.g. two groups mixed)');
      expect(findings(el)).to.include('Marked by the team as unusual: Jan 26, 2026 (20%)');
    });

    it('speaks Spanish', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10, lang: 'es' });
      expect(findings(el)[0]).to.equal('6 puntos por encima de la mediana desde marzo: un desplazamiento (una mejora)');
      expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Mostrar tabla de datos');
    });

    it('redraws its labels when the page switches language', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10 });
      const labels = () => [...el.shadowRoot!.querySelectorAll('.band-label, .line-label, text.tick')].map((t) => t.textContent);
      expect(labels()).to.include.members(['Shift', 'Median 13%', 'Mar 9']);
      el.closest('div')!.setAttribute('lang', 'es');
      await settled(el);
      expect(labels()).to.include.members(['Desplazamiento', 'Mediana 13%', '9 mar']);
      expect(findings(el)[0]).to.match(/^6 puntos por encima de la mediana desde marzo/);
    });

    it('labels the zero line "0", never "-0", when values change sign', async () => {
      // A change measure (this year's rate minus last year's) hovering just under zero.
      const el = await chart(weekly([-0.3, -0.25, -0.1, 0.02, -0.2, -0.15]));
      const values = [...el.shadowRoot!.querySelectorAll('text.tick[text-anchor=end]')].map((t) => t.textContent);
      expect(values).to.include('0');
      expect(values).to.not.include('-0');
    });

    it('invites the first value when there are none, and says which value is not a number', async () => {
      const empty = await chart([]);
      expect(empty.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/^No data points yet/);
      const broken = await chart([{ value: 3 }, { value: Number.NaN }]);
      expect(broken.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('value 1 is NaN');
    });
  });

  describe('accessibility', () => {
    it('passes axe with signals, empty, with the table shown, in Spanish and at 360 px', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10, target: 17 });
      await expect(el).to.be.accessible();
      el.showTable = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await expect(await chart([])).to.be.accessible();
      await expect(await chart(weekly([...BASELINE, ...AFTER]), { width: 328 })).to.be.accessible();
    });

    it('has a title, a description and, on request, the same data as a real table', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10 });
      const svgEl = el.shadowRoot!.querySelector('svg[part=chart]')!;
      expect(svgEl.getAttribute('role')).to.equal('group');
      expect(svgEl.getAttribute('aria-label')).to.equal('Students reading at grade level');
      expect(el.shadowRoot!.getElementById(svgEl.getAttribute('aria-describedby')!)!.textContent).to.match(/^Run chart of 16 points from Jan 5, 2026 to Apr 20, 2026\./);
      // Long series draw fast because the table is made only when someone asks for it.
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      await click(el, 'button');
      const rows = el.shadowRoot!.querySelector('table')!.tBodies[0]!.rows;
      expect(rows).to.have.length(16);
      expect([...rows[10]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Mar 16, 2026', '15%', 'above the median', 'part of a shift']);
      expect([...rows[4]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['Feb 2, 2026', '13%', 'on the median', '']);
      expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
      await click(el, 'button');
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Show data table');
    });

    it('draws signal points as other shapes, not only in another colour', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10 });
      // One path per kind of marker: each point is one subpath of its kind's path.
      const marks = (selector: string) => (el.shadowRoot!.querySelector(selector)?.getAttribute('d')!.match(/M/g) ?? []).length;
      expect(marks('.points:not(.signal):not(.marked)')).to.equal(10);
      expect(marks('.points.signal.shift')).to.equal(6);
      expect(el.shadowRoot!.querySelector('.points.signal.shift')!.getAttribute('d')).to.match(/h9v9h-9z/);
      expect(marks('.points.signal.trend')).to.equal(0);
      expect(el.shadowRoot!.querySelector('.band-label')!.textContent).to.equal('Shift');
    });

    it('draws a trend as triangles and a marked point as a ring', async () => {
      const points = weekly([20, 21, 19, 20, 22, 23, 25, 26, 28]);
      points[1] = { ...points[1]!, astronomical: true };
      const el = await chart(points);
      const marks = (selector: string) => (el.shadowRoot!.querySelector(selector)?.getAttribute('d')!.match(/M/g) ?? []).length;
      expect(marks('.points.signal.trend')).to.equal(7);
      expect(marks('.points.marked')).to.equal(1);
      expect(el.shadowRoot!.querySelector('.band.trend')).to.not.equal(null);
    });

    it('moves between points with the keyboard, as a slider that reads each one out', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10 });
      const button = document.createElement('button');
      button.textContent = 'before';
      el.before(button);
      button.focus();
      const slider = () => el.shadowRoot!.querySelector('[role=slider]')!;
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(slider());
      await el.updateComplete;
      expect(slider().getAttribute('aria-valuenow')).to.equal('1');
      expect(slider().getAttribute('aria-valuemax')).to.equal('16');
      expect(slider().getAttribute('aria-valuetext')).to.equal('Jan 5, 2026: 12%, below the median');
      expect(readout(el)).to.equal('Jan 5, 2026: 12%, below the median');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(readout(el)).to.equal('Apr 20, 2026: 18%, above the median; part of a shift');
      expect(slider().getAttribute('aria-valuetext')).to.equal('Apr 20, 2026: 18%, above the median; part of a shift');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(slider().getAttribute('aria-valuenow')).to.equal('15');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(readout(el)).to.equal('Jan 12, 2026: 15%, above the median');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(slider().getAttribute('aria-valuenow')).to.equal('4');
      // The ring follows the active point: it sits on the fourth vertex of the data line.
      const ring = slider();
      expect(vertex(el, 3)).to.deep.equal([Number(ring.getAttribute('cx')).toFixed(1), Number(ring.getAttribute('cy')).toFixed(1)].map(Number));
      // The chart is one stop in the tab order: Tab leaves it for the table button.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('BUTTON');
      button.remove();
    });

    it('reads out the point under the pointer, with its note', async () => {
      const points = weekly([...BASELINE, ...AFTER]);
      points[12] = { ...points[12]!, note: 'New reading block' };
      const el = await chart(points, { baseline: 10 });
      const [vx, vy] = vertex(el, 12);
      const svgEl = el.shadowRoot!.querySelector('svg')!;
      const screen = new DOMPoint(vx, vy).matrixTransform(svgEl.getScreenCTM()!);
      await sendMouse({ type: 'move', position: [Math.round(screen.x), Math.round(screen.y)] });
      await el.updateComplete;
      expect(readout(el)).to.equal('Mar 30, 2026: 17%, above the median; part of a shift — New reading block');
      // Between two points, the nearer one is read.
      const [nx] = vertex(el, 13);
      const nearer = new DOMPoint(vx + (nx - vx) * 0.8, vy).matrixTransform(svgEl.getScreenCTM()!);
      await sendMouse({ type: 'move', position: [Math.round(nearer.x), Math.round(nearer.y)] });
      await el.updateComplete;
      expect(readout(el)).to.match(/^Apr 6, 2026: 15%/);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('keeps the drawing when only the active point moves', async () => {
      const el = await chart(weekly([...BASELINE, ...AFTER]), { baseline: 10 });
      const line = el.shadowRoot!.querySelector('.data-line')!;
      const before = line.getAttribute('d');
      const first = el.shadowRoot!.querySelector('.findings li')!;
      el.shadowRoot!.querySelector<SVGElement>('[role=slider]')!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.data-line')).to.equal(line);
      expect(line.getAttribute('d')).to.equal(before);
      expect(el.shadowRoot!.querySelector('.findings li')).to.equal(first);
    });

    it('fits a 360 px phone without sideways scrolling', async () => {
      await setViewport({ width: 360, height: 740 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="padding: 0 16px"><sos-run-chart heading="Attendance" unit="%"></sos-run-chart></div>`);
        const el = wrapper.querySelector('sos-run-chart')!;
        el.points = weekly([...BASELINE, ...AFTER, ...BASELINE]);
        await settled(el);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(328);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

/** The lead's measure in the improvement plan: 12 monthly values from September, a shift, target 4. */
const MONTHLY = [2, 3, 2, 3, 2, 3, 5, 4, 6, 5, 6, 7].map((value, i) => ({ value, date: new Date(Date.UTC(2025, 8 + i, 15)).toISOString().slice(0, 10) }));

type Box = { left: number; right: number; top: number; bottom: number };
const boxOf = (r: DOMRect): Box => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
/** Overlap of more than a hair (half a pixel), so boxes that merely touch do not count. */
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
const inside = (inner: Box, outer: Box) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** What a person sees of the drawing, in screen pixels: each text, each marker, the data line, the shaded areas. */
function onScreen(el: SosRunChart) {
  const root = el.shadowRoot!;
  const svgEl = root.querySelector('svg')!;
  const ctm = svgEl.getScreenCTM()!;
  const vertices = [...root.querySelector('.data-line')!.getAttribute('d')!.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => new DOMPoint(Number(m[1]), Number(m[2])).matrixTransform(ctm));
  // Markers are centred on the line's vertices; the largest (a trend's triangle) reaches 1.3 radii.
  const reach = 1.3 * 4.5 * ctm.a;
  return {
    svg: boxOf(svgEl.getBoundingClientRect()),
    texts: [...root.querySelectorAll('svg text')].map((t) => ({ text: t.textContent!, box: boxOf(t.getBoundingClientRect()) })),
    drawn: [...root.querySelectorAll('svg g[aria-hidden] > *')].map((node) => ({ what: node.getAttribute('class'), box: boxOf(node.getBoundingClientRect()) })),
    markers: vertices.map((p) => ({ left: p.x - reach, right: p.x + reach, top: p.y - reach, bottom: p.y + reach })),
    vertices,
  };
}

/** Does the segment from a to b pass through the box? (Sampled every half pixel: enough for a drawn line.) */
function crosses(a: DOMPoint, b: DOMPoint, box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) * 2));
  for (let k = 0; k <= steps; k++) {
    const x = a.x + ((b.x - a.x) * k) / steps;
    const y = a.y + ((b.y - a.y) * k) / steps;
    if (x > box.left + 0.5 && x < box.right - 0.5 && y > box.top + 0.5 && y < box.bottom - 0.5) return true;
  }
  return false;
}

/** Every way a label can fail a reader: cut off, outside the box, on another label, on a point or on the line. */
function problems(el: SosRunChart): string[] {
  const seen = onScreen(el);
  const container = boxOf(el.parentElement!.getBoundingClientRect());
  const found: string[] = [];
  if (!inside(seen.svg, container)) found.push(`the chart (${JSON.stringify(seen.svg)}) reaches outside its box (${JSON.stringify(container)})`);
  for (const { what, box } of seen.drawn) if (!inside(box, seen.svg)) found.push(`${what} reaches outside the chart (${JSON.stringify(box)} vs ${JSON.stringify(seen.svg)})`);
  seen.texts.forEach(({ text, box }, i) => {
    for (const other of seen.texts.slice(i + 1)) if (overlaps(box, other.box)) found.push(`"${text}" overlaps "${other.text}"`);
    seen.markers.forEach((marker, m) => {
      if (overlaps(box, marker)) found.push(`"${text}" covers point ${m + 1}`);
    });
    for (let v = 1; v < seen.vertices.length; v++) if (crosses(seen.vertices[v - 1]!, seen.vertices[v]!, box)) found.push(`"${text}" sits on the data line between points ${v} and ${v + 1}`);
  });
  return found;
}

async function planChart(width: number, lang: string): Promise<SosRunChart> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; border: 1px solid; padding: 0" lang=${lang}>
      <sos-run-chart heading="Student-Centered purpose: the team's rating" unit="rubric level" better="higher"></sos-run-chart>
    </div>`,
  );
  const el = wrapper.querySelector('sos-run-chart')!;
  el.target = 4;
  el.points = MONTHLY;
  await settled(el);
  return el;
}

describe('sos-run-chart as a person sees it (labels, axis and box at every width)', () => {
  // From the 230 px the plan's measure card leaves on a 360 px phone to a wide desktop card.
  const WIDTHS = [200, 230, 288, 328, 480, 736, 868, 1248];
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'es']) {
    it(`keeps every label readable, uncut and off the points and line, from 200 to 1248 px (${lang})`, async () => {
      for (const width of WIDTHS) {
        await setViewport({ width: Math.max(360, width + 32), height: 800 });
        const el = await planChart(width, lang);
        expect(problems(el), `at ${width} px`).to.deep.equal([]);
        const texts = onScreen(el).texts.map((t) => t.text);
        // The last date under the axis is whole, and the median and target are labelled on the chart.
        expect(texts, `at ${width} px`).to.include(lang === 'en' ? 'Aug 15' : '15 ago');
        expect(texts.some((t) => t.startsWith(lang === 'en' ? 'Median' : 'Mediana')), `median label at ${width} px`).to.equal(true);
        expect(texts.some((t) => t.startsWith(lang === 'en' ? 'Target' : 'Meta')), `target label at ${width} px`).to.equal(true);
      }
    });
  }

  it('keeps the labels apart when the target equals the median, and on four years of weekly values', async () => {
    const equal = await planChart(230, 'es');
    equal.target = 3.5;
    await settled(equal);
    expect(problems(equal)).to.deep.equal([]);
    // Stacked one under the other, each with a short leader to its line.
    expect(equal.shadowRoot!.querySelectorAll('.leader').length).to.be.at.least(1);
    for (const width of [328, 900]) {
      const long = await chart(weekly(Array.from({ length: 200 }, (_, i) => (i >= 150 && i < 156 ? 58 + (i - 150) * 3 : (i >= 120 ? 66 : 60) + ((i * 4) % 11) - 5)), '2022-01-03'), { width, baseline: 20, target: 70 });
      expect(problems(long), `200 points at ${width} px`).to.deep.equal([]);
    }
  });

  it('says the median and the target in full below the chart, whatever the labels had room for', async () => {
    const el = await planChart(230, 'en');
    expect(el.shadowRoot!.querySelector('.median-text')!.textContent).to.equal('Median 3.5 rubric level, from all 12 points. Target 4 rubric level.');
    expect(el.shadowRoot!.querySelector('desc')!.textContent).to.contain('Target 4 rubric level.');
  });

  it('keeps the shaded shift inside the chart, with the same margin as the line, on a wide desktop card', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await planChart(868, 'en');
    const seen = onScreen(el);
    const bands = el.shadowRoot!.querySelectorAll('.band');
    expect(bands).to.have.length(2);
    for (const band of bands) expect(inside(boxOf(band.getBoundingClientRect()), seen.svg)).to.equal(true);
    expect(seen.svg.right).to.be.at.most(el.parentElement!.getBoundingClientRect().right);
  });

  it('prints with the same care: nothing cut, nothing overlapping (en and es)', async () => {
    for (const lang of ['en', 'es']) {
      await setViewport({ width: 768, height: 800 });
      const el = await planChart(700, lang);
      await emulateMedia({ media: 'print' });
      await settled(el);
      expect(problems(el), `print ${lang}`).to.deep.equal([]);
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints each of its words once: no halo drawn as a second copy of a label in the PDF', async () => {
    // Chromium writes a stroked text into a PDF as a text of its own: the median and target
    // labels' halo read "Median 3.5 Median 3.5" when the printed report is copied, searched or
    // read aloud. On paper they stand beside the plot, clear of any line, and need no halo.
    const el = await chart([...weekly(BASELINE), ...weekly(AFTER, '2026-03-16')], { baseline: 10, target: 20 });
    await emulateMedia({ media: 'print' });
    try {
      const texts = [...el.shadowRoot!.querySelectorAll('svg[part=chart] text')];
      expect(texts.length).to.be.greaterThan(5);
      expect(el.shadowRoot!.querySelectorAll('.line-label')).to.have.length(2);
      for (const text of texts) expect(getComputedStyle(text).stroke, `${text.getAttribute('class')} "${text.textContent}"`).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
