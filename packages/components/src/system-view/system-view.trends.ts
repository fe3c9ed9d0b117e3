// The trends panel of <sos-system-view>: one organization's scores across school years as small
// line charts, with the same figures as a table. It opens only when a person opens an
// organization, so its code and styles load then (SosSystemView.loadTrends), not with the table.
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { cellOf, shownValue, type Statistic, type SystemCell, type SystemColumn, type SystemModel } from './system-view.model.js';
import type { SystemViewStrings, TrendsPanelStrings } from './system-view.strings.js';

/** The panel's words in English; other languages bring theirs with the element's strings. */
const PANEL_EN: TrendsPanelStrings = {
  trends: (organization) => `Trends: ${organization}`,
  backToGrid: 'Back to the table',
  trendChart: (column) => `${column} across school years`,
  trendDescription: (column, points) => `${column}: ${points}`,
  trendTable: 'Show as a table',
  noTrend: 'no score',
};

/** What the panel shows, from the element. */
export interface TrendsData {
  strings: SystemViewStrings;
  model: SystemModel;
  /** The opened organization's key; it has an aggregate in at least one school year. */
  organization: string;
  /** The condition and role columns shown in the table: one chart each. */
  groups: SystemColumn[];
  statistic: Statistic;
  minimumN: number;
  /** Scores as the table shows them. */
  format: Intl.NumberFormat;
  /** Takes the person back to the organization's row in the table. */
  back: () => void;
}

/** The panel of an opened organization. */
export function renderTrends(data: TrendsData): TemplateResult {
  const { strings, model, organization, statistic, minimumN, format } = data;
  const s = { ...strings, ...(strings.panel ?? PANEL_EN) };
  const history = model.years.map((year) => ({ year, aggregate: model.byYear.get(year)?.get(organization) }));
  const name = model.names.get(organization) ?? organization;
  const series = data.groups.map((group) => ({ group, points: history.map((h) => ({ year: h.year, cell: cellOf(h.aggregate, group.id, statistic, minimumN) })) }));
  const said = (cell: SystemCell) => (cell.suppressed ? s.suppressed : cell.value === undefined ? s.noTrend : format.format(shownValue(cell.value)));
  return html`<section class="trends" part="trends" aria-labelledby="trends-heading">
    <h2 id="trends-heading">${s.trends(name)}</h2>
    <button type="button" class="secondary back" @click=${data.back}>${s.backToGrid}</button>
    <div class="multiples">${series.map(({ group, points }, g) => renderChart(s, `trend-${g}`, group.label, points, model, said))}</div>
    <details>
      <summary>${s.trendTable}</summary>
      <div class="scroll-x">
        <table class="trend-table">
          <caption>
            ${s.trends(name)} (${s.statistics[statistic]})
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.columns}</th>
              ${model.years.map((y) => html`<th scope="col">${y || '—'}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${series.map(
              ({ group, points }) =>
                html`<tr>
                  <th scope="row">${group.label}</th>
                  ${points.map(({ cell }) => html`<td>${said(cell)}${cell.value !== undefined && !cell.suppressed ? html` <span class="n">${s.n(cell.n)}</span>` : nothing}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </section>`;
}

function renderChart(s: TrendsPanelStrings, id: string, label: string, points: { year: string; cell: SystemCell }[], model: SystemModel, said: (cell: SystemCell) => string): TemplateResult {
  const { min, max } = model.scale;
  const width = 200;
  const height = 120;
  const left = 20;
  const right = 20;
  const top = 18;
  const bottom = 24;
  const anchor = (i: number) => (points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle');
  const x = (i: number) => (points.length === 1 ? width / 2 : left + (i * (width - left - right)) / (points.length - 1));
  const y = (v: number) => top + ((max - v) / (max - min || 1)) * (height - top - bottom);
  // A missing or suppressed year breaks the line rather than bridging it.
  const segments: string[][] = [[]];
  points.forEach(({ cell }, i) => {
    if (cell.value === undefined || cell.suppressed) segments.push([]);
    else segments[segments.length - 1]!.push(`${x(i).toFixed(1)},${y(cell.value).toFixed(1)}`);
  });
  const description = s.trendDescription(label, points.map((p) => `${p.year || '—'} ${said(p.cell)}`).join('; '));
  return html`<figure class="chart" part="chart">
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">
      <title id="${id}-title">${s.trendChart(label)}</title>
      <desc id="${id}-desc">${description}</desc>
      ${svg`<line class="axis" x1=${left} x2=${width - right} y1=${y(min)} y2=${y(min)}></line><line class="grid" x1=${left} x2=${width - right} y1=${y(max)} y2=${y(max)}></line>`}
      ${segments.filter((seg) => seg.length > 1).map((seg) => svg`<polyline class="line" points=${seg.join(' ')}></polyline>`)}
      ${points.map(({ year, cell }, i) =>
        cell.value === undefined || cell.suppressed
          ? svg`<text class="missing" x=${x(i)} y=${y(min) - 4} text-anchor="middle">–</text><text class="year" x=${x(i)} y=${height - 6} text-anchor=${anchor(i)}>${year}</text>`
          : svg`<circle class="point" cx=${x(i)} cy=${y(cell.value)} r="3.5"></circle><text class="label" x=${x(i)} y=${y(cell.value) - 7} text-anchor="middle">${said(cell)}</text><text class="year" x=${x(i)} y=${height - 6} text-anchor=${anchor(i)}>${year}</text>`,
      )}
    </svg>
    <figcaption aria-hidden="true">${label}</figcaption>
  </figure>`;
}

/** The panel's styles, adopted by the element's shadow root when this module loads. */
export const trendsStyles = css`
  .trends h2 {
    font-size: 1.15em;
    margin: 1em 0 0.5em;
  }
  .trends .back {
    margin-block-end: 0.5em;
  }
  .multiples {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: var(--_space);
  }
  .chart {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em;
  }
  .chart figcaption {
    font-size: 0.875em;
    font-weight: 600;
    padding: 0 0.25em;
  }
  .chart svg {
    width: 100%;
    height: auto;
    display: block;
  }
  .chart .axis,
  .chart .grid {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart .grid {
    stroke-dasharray: 3 3;
  }
  .chart .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .chart .point {
    fill: var(--_accent);
  }
  .chart text {
    font-size: 11px;
    fill: var(--_text);
  }
  .chart .year,
  .chart .missing {
    fill: var(--_muted);
  }
  .scroll-x {
    overflow-x: auto;
  }
  .trend-table caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5em;
  }
  .trend-table td,
  .trend-table th {
    min-width: 0;
  }
  @media (max-width: 600px) {
    .multiples {
      grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    }
  }
  @media print {
    .trends details {
      display: none;
    }
  }
`;
