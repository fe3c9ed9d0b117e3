import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Framework, GapReport } from '@sos-kit/core';
import { conditionsFramework, longReport, partnerGaps, sampleAssessment, targetGaps } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';

interface Loaded {
  framework: Framework;
  target: GapReport;
  partner: GapReport;
}

async function reports(lang: 'en' | 'es' = 'en'): Promise<Loaded> {
  const framework = await conditionsFramework('district', lang);
  const self = sampleAssessment(framework, 'district', 1, { seed: 0 });
  const partner = sampleAssessment(framework, 'district', 1, { seed: 1, partner: 'Sample County Office of Education' });
  return { framework, target: targetGaps(framework, self, lang), partner: partnerGaps(framework, self, partner, lang) };
}

const table = (args: Record<string, unknown>, report: GapReport | undefined) => renderElement('sos-gap-table', args, { report });

const meta = {
  title: 'Elements/Gap table',
  component: 'sos-gap-table',
  tags: ['autodocs'],
  loaders: [() => reports()],
  args: { filename: 'sample-unified-gaps.csv' },
  render: (args, { loaded }) => table(args, (loaded as Loaded).target),
  parameters: {
    docs: {
      description: {
        component:
          'Where support is needed most: a real table of the gaps `analyzeGaps` finds (current vs target, self vs partner, baseline vs follow-up), sortable by every column, filterable by condition or role and by minimum gap, with priorities in words and shapes, and a CSV download.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { 'sort-key': 'priority', 'sort-direction': 'descending', group: '', 'minimum-gap': 0, 'page-size': 100, 'activate-rows': false } };

/** Current ratings against the target "Full Implementation", highest priority first. */
export const AgainstTarget: Story = {};

/** The district's self-rating next to its county office's rating: differences in either direction. */
export const SelfVsPartner: Story = { render: (args, { loaded }) => table(args, (loaded as Loaded).partner) };

/** Sorted by the size of the difference, largest first. */
export const SortedByDifference: Story = { args: { 'sort-key': 'difference', 'sort-direction': 'descending' } };

/** Current level, lowest first (the first click on "Current"): where help is needed most. */
export const SortedByCurrent: Story = { args: { 'sort-key': 'a', 'sort-direction': 'ascending' } };

/**
 * Rows that take the person somewhere: with a `sos-row-activate` listener (here it only logs to
 * the Actions panel) the item names become buttons sharing one tab stop; arrow keys move between them.
 */
export const ActivatableRows: Story = {
  render: (args, { loaded }) => {
    const element = table(args, (loaded as Loaded).target);
    element.addEventListener('sos-row-activate', (event) => console.info(`sos-row-activate: ${event.row.id}`));
    return element;
  },
};

/** Only the elements of one condition; the CSV download follows the filter and says so. */
export const FilteredByCondition: Story = { args: { group: 'mutual-trust' } };

/** Only gaps of at least two scale points. */
export const MinimumGap: Story = { args: { 'minimum-gap': 2 } };

/** Filters that match nothing: the table says so. */
export const NoMatches: Story = { args: { 'minimum-gap': 5 } };

/** No report yet. */
export const Empty: Story = { render: (args) => table(args, undefined) };

/** A long report (many teams pooled): the first page, with "show more" and "show all". */
export const Paged: Story = { args: { 'page-size': 25 }, render: (args, { loaded }) => table(args, longReport((loaded as Loaded).target, 450)) };

/** Spanish interface, item names and number formatting: the framework loaded with its Spanish texts, and the report's sides named in Spanish (`analyzeGaps(…, { lang: 'es' })`). */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  loaders: [() => reports('es')],
};

/** On a 360 px phone each row is a card showing every column, with a sort menu; still a table for screen readers. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } } };

/** A phone in the dark theme, with activatable rows. */
export const PhoneDark: Story = { args: { 'activate-rows': true }, globals: { viewport: { value: 'phone360', isRotated: false }, theme: 'dark' } };

/** Dark theme, including the priority colours. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** How the table works by keyboard and screen reader, and without colour. */
export const Accessibility: Story = {
  render: (args, { loaded }) =>
    accessibilityNotes(
      'sos-gap-table',
      {
        keyboard: [
          ['Tab / Shift+Tab', 'Filters, download, each column\'s sort button, the item names (one tab stop, when rows can be activated), then "show more".'],
          ['Enter or Space on a column header', 'Sorts by that column (Current lowest first, Difference and Priority highest first); again reverses the order.'],
          ['Arrow Down / Arrow Up, Home / End', 'Move between item names when rows can be activated.'],
          ['Enter on an item name', 'Fires sos-row-activate: the self-assessment widget takes the person to that item in the rubric.'],
          ['Enter on "Show more"', 'Adds rows and moves focus to the first new one.'],
        ],
        screenReader: [
          'A real table with a caption naming the comparison, column headers and a row header per item.',
          'The sorted column carries aria-sort (ascending or descending), and the arrow shown agrees with it.',
          'Item names are plain text unless something acts on them; then they are buttons described by a hint on how to use them.',
          'On narrow screens the rows are drawn as cards, and keep their table roles, so a screen reader still reads a table.',
          'A status line says how many items are shown out of how many, and is announced when filters change.',
        ],
        beyondColour: [
          'Priority is written as a word (High, Medium, Low, or None where nothing differs) next to a shape (▲ ■ ●); colour only repeats it.',
          'Differences carry a sign (+3, −1), and the sort direction shows as ▲/▼ as well as in aria-sort.',
        ],
      },
      table(args, (loaded as Loaded).target),
    ),
};
