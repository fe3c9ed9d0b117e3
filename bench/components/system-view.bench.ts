/**
 * Bench case for <sos-system-view>: a rollup of 1,000 districts rated on the 18 elements (shown
 * with their 4 conditions: 22 columns), against a plain Lit table of the same cells (each cell
 * the median and its n), timed by page.ts like every other case.
 *
 * "First screen" is the element's first page (50 organisations by default): the reference is a
 * plain table of that page, 50 rows × 22 cells, as a plain paged table would show it. The element
 * renders only the rows of the page that its scrolling box shows (windowing), and also checks,
 * indexes and sorts all 1,000 aggregates (its paging, sorting and CSV cover every organisation);
 * the reference does neither. A second, unbudgeted line compares it with a plain table of all
 * 1,000 rows, which is what a table without paging or windowing costs.
 */
import { Aggregator, createAssessment, instrumentFor, localize, type AggregateResult, type Framework } from '@sos-kit/core';
import { html, LitElement } from 'lit';

export const ORGANISATIONS = 1000;
/** The element's default page size: what it renders on its first screen. */
export const FIRST_SCREEN_ROWS = 50;

/** A plain Lit table of the cells: the organisation, then "median n=…" per column, no shades, trends, sorting or grid. */
class PlainSystemTable extends LitElement {
  static override properties = { aggregates: { attribute: false }, columns: { attribute: false }, rows: { attribute: false } };
  declare aggregates: readonly AggregateResult[];
  declare columns: readonly { id: string; label: string }[];
  declare rows: number;
  override render() {
    const shown = this.aggregates.slice(0, this.rows);
    return html`<table>
      <thead>
        <tr>
          <th>Organisation</th>
          ${this.columns.map((c) => html`<th>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${shown.map((a) => {
          const stats = new Map([...a.groups, ...a.items].map((s) => [s.id, s]));
          return html`<tr>
            <th>${a.key}</th>
            ${this.columns.map((c) => {
              const s = stats.get(c.id);
              return html`<td>${s?.median} n=${s?.n}</td>`;
            })}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
customElements.define('plain-system-table', PlainSystemTable);

/** A small deterministic hash → 0..1: ratings vary without randomness. */
const noise = (...parts: number[]) => {
  let h = 2166136261;
  for (const p of parts) h = Math.imul(h ^ (p + 0x9e3779b9), 16777619);
  return ((h >>> 0) % 1000) / 1000;
};

/** 1,000 districts' aggregate results (teams of 3 or 4 raters), as rollupAssessments returns them. */
function rollup(framework: Framework): AggregateResult[] {
  const items = instrumentFor(framework, 'district')!.items;
  return Array.from({ length: ORGANISATIONS }, (_, d) => {
    const name = `District ${String(d + 1).padStart(4, '0')}`;
    const aggregator = new Aggregator(framework, 'district', { key: name, validated: true });
    for (let r = 0; r < 3 + (d % 2); r++) {
      const a = createAssessment(framework, { level: 'district', subject: { name, type: 'district' }, now: '2026-01-01T00:00:00Z' });
      items.forEach((item, i) => (a.ratings[item.id] = { value: 1 + Math.floor(noise(d, r, i) * 5) }));
      aggregator.add(a);
    }
    return aggregator.result();
  });
}

type Build = () => Promise<HTMLElement | void> | HTMLElement | void;

/** The scenarios, keyed by the names run.mjs reports. */
export function systemViewScenarios(framework: Framework, stage: HTMLElement): Record<string, Build> {
  const aggregates = rollup(framework);
  const conditions = framework.conditions ?? [];
  const columns = conditions.flatMap((c) => [{ id: c.id, label: localize(c.name) }, ...c.elements.map((e) => ({ id: e.id, label: localize(e.name) }))]);
  const rollupDocument = { years: [{ schoolYear: '2025-26', aggregates }] };
  const plain = (rows: number) => async () => {
    const el = document.createElement('plain-system-table') as PlainSystemTable;
    Object.assign(el, { aggregates, columns, rows });
    stage.append(el);
    await el.updateComplete;
  };
  return {
    'system view: sos-system-view, 1,000 × 18 elements (first page)': async () => {
      const el = document.createElement('sos-system-view');
      el.setAttribute('columns', 'conditions');
      el.setAttribute('expand', 'all');
      Object.assign(el, { framework, rollup: rollupDocument });
      stage.append(el);
      await el.updateComplete;
    },
    'system view: plain Lit table, first 50 rows × 22 cells': plain(FIRST_SCREEN_ROWS),
    'system view: plain Lit table, all 1,000 rows × 22 cells': plain(ORGANISATIONS),
  };
}
