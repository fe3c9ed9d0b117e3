/**
 * Warm render benchmarks (the radar is measured cold: radar-cold.ts) run in the browser by bench/components/run.mjs. Each scenario is timed from
 * creating the element until its first render is done and the page's style and layout are
 * computed (forced synchronously), against references timed the same way in the same page.
 * Waiting for the next frame instead would round everything up to the 16.7 ms frame clock.
 */
import { loadBuiltInFramework, localize, type GapReport, type GapRow } from '@sos-kit/core';
import { html, LitElement } from 'lit';
import '../../packages/components/src/define.js';
import { teamResultsScenarios } from './team-results.bench.js';
import { runChartScenarios } from './run-chart.bench.js';
import { systemViewScenarios } from './system-view.bench.js';

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const stage = document.getElementById('stage')!;

type Build = () => Promise<HTMLElement | void> | HTMLElement | void;

/**
 * Times every scenario round-robin, so each one is measured in the same state of the JIT, the
 * garbage collector and the style engine; the first rounds only warm up.
 */
async function timeAll(all: Record<string, Build>, runs: number, warmup: number): Promise<Record<string, number>> {
  // `run.mjs <word>` times only the cases whose names contain the word (a case and its reference
  // share the word), so one element's budget can be checked in seconds.
  const only = new URLSearchParams(location.search).get('only');
  const scenarios = only ? Object.fromEntries(Object.entries(all).filter(([name]) => name.includes(only))) : all;
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(scenarios).map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [name, build] of Object.entries(scenarios)) {
      stage.replaceChildren();
      await nextPaint();
      const start = performance.now();
      await build();
      void stage.offsetHeight; // force style and layout of what was just rendered
      if (round >= warmup) samples[name]!.push(performance.now() - start);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

// --- References ---------------------------------------------------------------------------

/** A plain Lit form with the same radio groups as the rubric: no progress, state or a11y extras. */
class MinimalForm extends LitElement {
  static override properties = { items: { attribute: false }, labels: { attribute: false } };
  declare items: { id: string; label: string }[];
  declare labels: string[];
  override render() {
    return html`<form>
      ${this.items.map(
        (item) => html`<fieldset>
          <legend>${item.label}</legend>
          ${this.labels.map((label) => html`<label><input type="radio" name=${item.id} />${label}</label>`)}
          <textarea></textarea>
        </fieldset>`,
      )}
    </form>`;
  }
}
customElements.define('minimal-form', MinimalForm);

/** A plain Lit table of the same rows: no sorting, filtering or formatting. */
class PlainTable extends LitElement {
  static override properties = { rows: { attribute: false } };
  declare rows: GapRow[];
  override render() {
    return html`<table>
      <thead><tr><th>Item</th><th>Group</th><th>A</th><th>B</th><th>Difference</th><th>Priority</th></tr></thead>
      <tbody>
        ${this.rows.map((r) => html`<tr><th>${r.label}</th><td>${r.groupId}</td><td>${r.a.value}</td><td>${r.b.value}</td><td>${r.difference}</td><td>${r.priority}</td></tr>`)}
      </tbody>
    </table>`;
  }
}
customElements.define('plain-table', PlainTable);

// --- Data -----------------------------------------------------------------------------------

const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
const priorities = ['high', 'medium', 'low'] as const;
const rows: GapRow[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `item.${i}`,
  rowKind: 'element',
  label: `Item ${i}`,
  groupId: `group.${i % 10}`,
  section: 'conditions',
  a: { value: (i % 5) + 1, n: 3 },
  b: { value: 4, n: 1 },
  difference: 4 - ((i % 5) + 1),
  size: Math.abs(4 - ((i % 5) + 1)) / 4,
  direction: 'b-higher',
  priorityScore: ((i % 7) / 7),
  priority: priorities[i % 3]!,
}));
const report: GapReport = {
  schemaVersion: 1,
  kind: 'gaps',
  comparison: 'current-vs-target',
  framework: { id: framework.id, version: framework.version },
  scale: { min: 1, max: 5 },
  a: { label: 'Current', respondents: 3 },
  b: { label: 'Target', respondents: 1 },
  rule: { current: 'a', counts: 'b-above-a', high: 0.375, medium: 0.15 },
  items: rows,
  groups: Array.from({ length: 10 }, (_, g) => ({ id: `group.${g}`, rowKind: 'condition' as const, label: `Group ${g}`, section: 'conditions' as const, a: { n: 0 }, b: { n: 0 } })),
};
const items = framework.conditions!.flatMap((c) => c.elements.map((e) => ({ id: e.id, label: localize(e.name) }))).concat(
  framework.levels.find((l) => l.id === 'district')!.roles!.flatMap((r) => r.capacities.map((k) => ({ id: k.id, label: localize(k.statement) }))),
);
const labels = [...framework.scale.levels.map((l) => `${l.value} ${localize(l.label)}`), 'Not applicable', "Don't know"];

// --- Scenarios ------------------------------------------------------------------------------

export const RUNS = 25;
export const WARMUP = 10;
const results = await timeAll(
  {
    'rubric: sos-rubric, district (45 items)': async () => {
      const el = document.createElement('sos-rubric');
      el.framework = framework;
      stage.append(el);
      await el.updateComplete;
    },
    'rubric: minimal Lit radio form (45 items)': async () => {
      const el = document.createElement('minimal-form') as MinimalForm;
      Object.assign(el, { items, labels });
      stage.append(el);
      await el.updateComplete;
    },
    'gap table: sos-gap-table, 1,000 rows': async () => {
      const el = document.createElement('sos-gap-table');
      el.report = report;
      stage.append(el);
      await el.updateComplete;
    },
    'gap table: sos-gap-table, all 1,000 rows (page-size 0)': async () => {
      const el = document.createElement('sos-gap-table');
      el.pageSize = 0;
      el.report = report;
      stage.append(el);
      await el.updateComplete;
    },
    'gap table: plain Lit table, 1,000 rows': async () => {
      const el = document.createElement('plain-table') as PlainTable;
      el.rows = rows;
      stage.append(el);
      await el.updateComplete;
    },
    ...teamResultsScenarios(await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' }), stage),
    ...runChartScenarios(stage),
    ...systemViewScenarios(await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district' }), stage),
  },
  RUNS,
  WARMUP,
);
(window as unknown as { benchResults: Record<string, number> }).benchResults = results;
