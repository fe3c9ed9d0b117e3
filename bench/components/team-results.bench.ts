/**
 * Bench case for <sos-team-results>: a district team of 30 raters × 45 items, against a plain Lit
 * table of the same cells (the counts, median, n and agreement of every item and group), timed by
 * page.ts like every other case.
 */
import { aggregateAssessments, createAssessment, instrumentFor, localize, type AggregateResult, type Assessment, type Framework } from '@sos-kit/core';
import { html, LitElement } from 'lit';

/** A plain Lit table of the cells the element shows: no bars, flags, evidence, sorting or formatting. */
class PlainTeamTable extends LitElement {
  static override properties = { result: { attribute: false }, labels: { attribute: false } };
  declare result: AggregateResult;
  declare labels: Map<string, string>;
  override render() {
    const r = this.result;
    return html`<table>
        <thead><tr><th>Group</th><th>Median</th><th>Min</th><th>Max</th><th>n</th><th>Agreement</th></tr></thead>
        <tbody>
          ${r.groups.map((g) => html`<tr><th>${this.labels.get(g.id)}</th><td>${g.median}</td><td>${g.min}</td><td>${g.max}</td><td>${g.n}</td><td>${g.agreement}</td></tr>`)}
        </tbody>
      </table>
      <table>
        <thead><tr><th>Item</th><th>Group</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>NA</th><th>DK</th><th>Unanswered</th><th>Median</th><th>n</th><th>Agreement</th></tr></thead>
        <tbody>
          ${r.items.map(
            (i) =>
              html`<tr><th>${this.labels.get(i.id)}</th><td>${this.labels.get(i.groupId)}</td>${i.counts.map((c) => html`<td>${c}</td>`)}<td>${i.notApplicable}</td><td>${i.dontKnow}</td><td>${i.unanswered}</td><td>${i.median}</td><td>${i.n}</td><td>${i.agreement}</td></tr>`,
          )}
        </tbody>
      </table>`;
  }
}
customElements.define('plain-team-table', PlainTeamTable);

/** 30 raters' district assessments: varied, never random; some non-answers and evidence. */
function raters(framework: Framework): Assessment[] {
  const items = instrumentFor(framework, 'district')!.items;
  return Array.from({ length: 30 }, (_, r) => {
    const a = createAssessment(framework, { level: 'district', subject: { name: 'Bench Unified', type: 'district' }, now: '2026-01-01T00:00:00Z' });
    items.forEach((item, i) => {
      const k = (i * 7 + r * 3) % 17;
      a.ratings[item.id] = k === 0 ? { value: 'not-applicable' } : k === 1 ? { value: 'dont-know' } : { value: ((i + r * (i % 3)) % 5) + 1, ...(k === 2 ? { evidence: 'Minutes of the spring meeting.' } : {}) };
    });
    return a;
  });
}

type Build = () => Promise<HTMLElement | void> | HTMLElement | void;

/** The scenarios, keyed by the names run.mjs reports. */
export function teamResultsScenarios(framework: Framework, stage: HTMLElement): Record<string, Build> {
  const team = raters(framework);
  const result = aggregateAssessments(team, framework);
  const instrument = instrumentFor(framework, 'district')!;
  const labels = new Map([...instrument.items.map((i) => [i.id, localize(i.label)] as const), ...instrument.groups.map((g) => [g.id, localize(g.name)] as const)]);
  return {
    'team results: sos-team-results, aggregate (30 raters × 45 items)': async () => {
      const el = document.createElement('sos-team-results');
      Object.assign(el, { framework, data: result });
      stage.append(el);
      await el.updateComplete;
    },
    'team results: sos-team-results, 30 assessments (validated and aggregated)': async () => {
      const el = document.createElement('sos-team-results');
      Object.assign(el, { framework, data: team });
      stage.append(el);
      await el.updateComplete;
    },
    'team results: plain Lit table (30 raters × 45 items)': async () => {
      const el = document.createElement('plain-team-table') as PlainTeamTable;
      Object.assign(el, { result, labels });
      stage.append(el);
      await el.updateComplete;
    },
  };
}
