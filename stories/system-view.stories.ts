import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Framework } from '@sos-kit/core';
import type { SystemRollup } from '../packages/components/src/system-view/system-view.model.js';
import { conditionsFramework } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';
import { districtName, sampleSystemRollup } from './support/system-data.js';

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
          'Where support is needed across many organisations, and whether it works: a heatmap table of a rollup (`rollupAssessments` or merged aggregate states) by condition and role, with n, suppressed small cells, trends since the previous school year, sorting, filtering, a keyboard grid, paging, CSV and one organisation’s trends as small line charts.',
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

/** One organisation, one school year: no trends to show. */
export const OneOrganisation: Story = {
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

/** A thousand districts, one page of 50 at a time; sorting and CSV cover all of them. */
export const ThousandOrganisations: Story = {
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

/** Spanish interface and number formatting. */
export const Spanish: Story = { parameters: { lang: 'es' }, args: { 'trend-organization': districtName(0) } };

/** On a 360 px phone the controls stack and the table scrolls inside its own box. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** How the view works by keyboard and screen reader, and without colour. */
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
          ['Enter on an organisation or one of its cells', 'Fires sos-organization-activate (drill into team results) and shows its trends.'],
        ],
        screenReader: [
          'A real table (role grid) with a caption naming the school year, column headers and a row header per organisation; aria-rowcount says how many organisations there are in all.',
          'Each cell reads its value, n and the change since the previous school year in words ("up", "+0.5, change since 2024-25").',
          'Each trend chart has a title and a description listing every year’s value, and a table with the same numbers.',
        ],
        beyondColour: [
          'Every cell carries its number; the shades only repeat it, and their lightness alone keeps the order in greyscale.',
          'Suppressed cells say "Too few" on a hatched background; trends are an arrow (▲ ▼ ▶) and a word.',
        ],
      },
      view(args, (loaded as Loaded).framework, (loaded as Loaded).county),
    ),
};
