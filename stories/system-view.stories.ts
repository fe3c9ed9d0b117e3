import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { Aggregator, loadBuiltInFramework, type Framework } from '@sos-kit/core';
import type { SystemRollup } from '../packages/components/src/system-view/system-view.model.js';
import { conditionsFramework } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';
import { districtName, sampleSystemRollup } from './support/system-data.js';
import { teamAssessments, type TeamOptions } from './support/team-data.js';

interface Loaded {
  framework: Framework;
  county: SystemRollup;
}

const THREE_YEARS = ['2023-24', '2024-25', '2025-26'] as const;

async function county(): Promise<Loaded> {
  const framework = await conditionsFramework('district');
  // Two of the twelve districts have teams of two: their cells are suppressed.
  return { framework, county: sampleSystemRollup(framework, { districts: 12, years: THREE_YEARS, teamSize: (d) => (d % 6 === 5 ? 2 : 3 + (d % 4)) }) };
}

const view = (args: Record<string, unknown>, framework: Framework, rollup: SystemRollup | undefined) => renderElement('sos-system-view', args, { framework, ...(rollup ? { rollup } : {}) });

type Team = { name: string; raters: number; options?: TeamOptions };

/** A story's render: one school year of these districts' teams. */
const teamsStory =
  (teams: Team[]): Story['render'] =>
  (args, { loaded }) =>
    view(args, (loaded as Loaded).framework, teamsRollup((loaded as Loaded).framework, teams));

/** One school year of named districts, each rated by a team made with the team results' sample data. */
function teamsRollup(framework: Framework, teams: Team[]): SystemRollup {
  const aggregates = teams.map(({ name, raters, options }, d) => {
    const aggregator = new Aggregator(framework, 'district', { key: name, validated: true });
    for (const assessment of teamAssessments(framework, 'district', raters, { seed: d, ...options })) aggregator.add(assessment);
    return aggregator.result();
  });
  return { kind: 'sos-kit/system-rollup', years: [{ schoolYear: '2025-26', aggregates }] };
}

const meta = {
  title: 'Elements/System view',
  component: 'sos-system-view',
  tags: ['autodocs'],
  loaders: [county],
  args: { filename: 'county-districts.csv' },
  render: (args, { loaded }) => view(args, (loaded as Loaded).framework, (loaded as Loaded).county),
  parameters: {
    docs: {
      description: {
        component:
          'Where support is needed across many organizations, and whether it works: a heatmap table of a rollup (`rollupAssessments` or merged aggregate states) by condition and role, with n, suppressed small cells, trends since the previous school year, sorting, filtering, a keyboard grid, paging, CSV and one organization’s trends as small line charts.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { statistic: 'median', 'minimum-n': 3, 'page-size': 50, columns: 'all' } };

/** A county's districts over three school years, with trends and the first district's charts open. */
export const ThreeSchoolYears: Story = { args: { 'trend-organization': districtName(0) } };

/** No rollup yet. */
export const Empty: Story = { render: (args, { loaded }) => view(args, (loaded as Loaded).framework, undefined) };

/** One organization, one school year: no trends to show. */
export const OneOrganization: Story = {
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return view(args, framework, sampleSystemRollup(framework, { districts: 1, years: ['2025-26'] }));
  },
};

/** Teams of two: their cells say "Too few" and never show a number. */
export const SuppressedCells: Story = {
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return view(args, framework, sampleSystemRollup(framework, { districts: 6, years: ['2025-26'], teamSize: (d) => (d % 2 === 0 ? 2 : 4) }));
  },
};

/** Teams of one, two, three and thirty: the first two are too few to show a score; n says how many rated each cell. */
export const TeamSizes: Story = {
  render: teamsStory([
    { name: 'One-rater Unified', raters: 1 },
    { name: 'Two-rater Unified', raters: 2 },
    { name: 'Three-rater Unified', raters: 3 },
    { name: 'Thirty-rater Unified', raters: 30 },
  ]),
};

/**
 * Teams split on every third element (half rate it lowest, half highest) beside teams that agree.
 * A median or mean sits mid-scale either way: the heatmap shows where a district stands, and
 * drilling into its team results (see DrillIntoTeamResults) shows where its team disagrees.
 */
export const StrongDisagreement: Story = {
  args: { expand: 'all', columns: 'conditions', statistic: 'mean' },
  render: teamsStory([
    { name: 'Split Unified', raters: 12, options: { disagree: true } },
    { name: 'Divided Valley USD', raters: 8, options: { disagree: true } },
    { name: 'Agreeing Unified', raters: 12 },
    { name: 'Consensus USD', raters: 8 },
  ]),
};

const partner = { partner: 'Sample County Office of Education', shift: 1 };
/** The county office's partner ratings of the districts it supports, as a rollup of its own. */
export const PartnerRatings: Story = {
  args: { caption: 'Sample County Office of Education: its ratings of the districts it supports, 2025-26' },
  render: teamsStory([
    { name: districtName(0), raters: 3, options: partner },
    { name: districtName(1), raters: 4, options: partner },
    { name: districtName(2), raters: 3, options: { ...partner, shift: -1 } },
    { name: districtName(3), raters: 5, options: partner },
  ]),
};

/**
 * Composition: opening a district (its name, or Enter on one of its cells) hands its aggregate to
 * a `<sos-team-results>` under the view, as the demo county's page does.
 */
export const DrillIntoTeamResults: Story = {
  render: (args, { loaded }) => {
    const { framework, county } = loaded as Loaded;
    const system = view(args, framework, county);
    const results = document.createElement('sos-team-results');
    results.framework = framework;
    results.hidden = true;
    system.addEventListener('sos-organization-activate', (event) => {
      results.heading = `${event.name}, ${event.schoolYear}`;
      results.data = event.aggregate;
      results.hidden = false;
    });
    const wrapper = document.createElement('div');
    wrapper.append(system, results);
    return wrapper;
  },
};

/** A thousand districts, one page of 50 at a time; sorting and CSV cover all of them. */
export const ThousandOrganizations: Story = {
  loaders: [
    async () => {
      const framework = await conditionsFramework('district');
      return { framework, county: sampleSystemRollup(framework, { districts: 1000, years: ['2025-26'], teamSize: (d) => 3 + (d % 2) }) };
    },
  ],
};

/** Every element of every condition, sorted by Mutual Trust, lowest first. */
export const ExpandedAndSorted: Story = { args: { expand: 'all', 'sort-key': 'mutual-trust', 'sort-direction': 'ascending', statistic: 'mean' } };

/** A bad document: the element says what is wrong and where. */
export const BadDocument: Story = {
  render: (args, { loaded }) => view(args, (loaded as Loaded).framework, { years: [{ schoolYear: '2025-26', aggregates: [{ key: 'Alder', kind: 'aggregate', groups: 'none' }] }] } as unknown as SystemRollup),
};

/** In Spanish: the interface, numbers and the framework's names (our unofficial translation, loaded as Spanish pages do). */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  loaders: [
    async () => {
      const framework = await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district', lang: 'es' });
      return { framework, county: sampleSystemRollup(framework, { districts: 12, years: THREE_YEARS, teamSize: (d) => (d % 6 === 5 ? 2 : 3 + (d % 4)) }) };
    },
  ],
  args: { 'trend-organization': districtName(0), filename: 'distritos.csv' },
};

/** On a 360 px phone the controls stack and the table scrolls inside its own box. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** How the view works by keyboard and screen reader, and without color. */
export const Accessibility: Story = {
  render: (args, { loaded }) =>
    accessibilityNotes(
      'sos-system-view',
      {
        keyboard: [
          ['Tab / Shift+Tab', 'Filter, school year, statistic, columns, parts, download; then the table as one stop; then the page buttons.'],
          ['Arrow keys in the table', 'Move between cells, headers included.'],
          ['Home / End, Ctrl+Home / Ctrl+End', 'First or last cell of the row; first or last cell of the page.'],
          ['Page Up / Page Down', 'Ten rows up or down.'],
          ['Enter or Space on a column header', 'Sorts by that column; again reverses the order.'],
          ['Enter on an organization or one of its cells', 'Fires sos-organization-activate (drill into team results) and shows its trends.'],
          ['Back to the table (under the trends)', 'Returns the focus to the row of the organization opened; focusOrganization(key, column) does the same for a page’s own drill-down.'],
        ],
        screenReader: [
          'A real table (role grid) named by its caption (the school year, and the year changes are measured from), column headers and a row header per organization; aria-rowcount says how many organizations there are in all.',
          'Each cell reads its value (one decimal), n and the change since the previous school year, shown and read alike ("up +0.5"; "same" only when the shown score did not change).',
          'Each trend chart has a title and a description listing every year’s value, and a table with the same numbers.',
        ],
        beyondColour: [
          'Every cell carries its number; the shades only repeat it, and their lightness alone keeps the order in greyscale.',
          'Suppressed cells say "Too few" on a hatched background; trends are an arrow (▲ ▼ ▶), a word and the size of the change.',
        ],
      },
      view(args, (loaded as Loaded).framework, (loaded as Loaded).county),
    ),
};
