import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { aggregateAssessments, loadBuiltInFramework, type Assessment, type Framework } from '@sos-kit/core';
import type { TeamInput } from '../packages/components/src/team-results/team-results.js';
import { conditionsFramework } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';
import { teamAssessments } from './support/team-data.js';

interface Loaded {
  framework: Framework;
  team: Assessment[];
  split: Assessment[];
  partner: Assessment[];
}

async function teams(framework?: Framework): Promise<Loaded> {
  framework ??= await conditionsFramework('district');
  return {
    framework,
    team: teamAssessments(framework, 'district', 30),
    split: teamAssessments(framework, 'district', 12, { disagree: true, seed: 2 }),
    // The county office's three raters see the district a point higher on most items.
    partner: teamAssessments(framework, 'district', 3, { partner: 'Sample County Office of Education', shift: 1, seed: 4 }),
  };
}

const results = (args: Record<string, unknown>, loaded: unknown, data: (l: Loaded) => TeamInput | undefined, partner?: (l: Loaded) => TeamInput) => {
  const l = loaded as Loaded;
  return renderElement('sos-team-results', args, { framework: l.framework, data: data(l), ...(partner ? { partner: partner(l) } : {}) });
};

const meta = {
  title: 'Elements/Team results',
  component: 'sos-team-results',
  tags: ['autodocs'],
  loaders: [() => teams()],
  args: { filename: 'sample-unified-team.csv' },
  render: (args, { loaded }) => results(args, loaded, (l) => l.team),
  parameters: {
    docs: {
      description: {
        component:
          "One organization rated by many people: per condition and role the raters' median and range, per item a distribution bar with median, n and agreement, the items the team disagrees on flagged as conversation starters with the raters' evidence beneath, and the partner's view side by side. Give it core's aggregate or the assessments themselves, or a URL in `src`.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { sort: 'item', group: '', view: 'cards' } };

/** Thirty raters of a district leadership team: percentages, medians and agreement. */
export const ThirtyRaters: Story = {};

/** No ratings yet. */
export const Empty: Story = { render: (args, { loaded }) => results(args, loaded, () => []) };

/** One rater: counts, no agreement, and a note that this is not yet a team view. */
export const OneRater: Story = { render: (args, { loaded }) => results(args, loaded, (l) => l.team.slice(0, 1)) };

/** Two raters: too few for percentages, so counts are shown; a wide spread is still flagged. */
export const TwoRaters: Story = { render: (args, { loaded }) => results(args, loaded, (l) => l.split.slice(0, 2)) };

/** A team split on every third item: conversation starters first, with the raters' evidence. */
export const StrongDisagreement: Story = { args: { sort: 'disagreement' }, render: (args, { loaded }) => results(args, loaded, (l) => l.split) };

/** The team's self-ratings next to its county office's: where the partner sees it higher or lower. */
export const PartnerComparison: Story = { render: (args, { loaded }) => results(args, loaded, (l) => [...l.team, ...l.partner]) };

/** The same results from core's aggregate document (as a collection service serves it): no evidence travels with it. */
export const FromAggregate: Story = {
  render: (args, { loaded }) => results(args, loaded, (l) => aggregateAssessments(l.team, l.framework), (l) => aggregateAssessments(l.partner, l.framework)),
};

/** Counts per scale value as a real table instead of bars. */
export const CountsAsTable: Story = { args: { view: 'table' } };

/** Highest priority first: medians furthest below the target ("Full Implementation"). */
export const SortedByPriority: Story = { args: { sort: 'priority' } };

/** Only one condition's elements and its row. */
export const FilteredByCondition: Story = { args: { group: 'mutual-trust' } };

/** A document that is not team results: the panel names what was expected and where. */
export const InvalidDocument: Story = {
  render: (args, { loaded }) => results(args, loaded, (l) => ({ ...aggregateAssessments(l.team, l.framework), respondents: -1, items: [] }) as unknown as TeamInput),
};

// What Spanish-speaking raters would write: the sample's evidence and notes, in their words.
const SPANISH_NOTES = new Map([
  ['Our leadership team minutes show this on the agenda every month.', 'Las actas del equipo directivo lo incluyen en la agenda cada mes.'],
  ['The staff survey from spring says otherwise: fewer than half agree.', 'La encuesta al personal de primavera dice otra cosa: menos de la mitad está de acuerdo.'],
  ['We have a plan on paper, but school sites have not seen it yet.', 'Tenemos un plan por escrito, pero las escuelas aún no lo conocen.'],
  ['Site visits this year found this in practice at most schools.', 'Las visitas de este año lo encontraron en práctica en la mayoría de las escuelas.'],
  ['I have not seen this at my site.', 'No lo he visto en mi escuela.'],
]);

function inSpanish(assessments: Assessment[]): Assessment[] {
  const es = (text: string | undefined) => (text === undefined ? undefined : (SPANISH_NOTES.get(text) ?? text));
  return assessments.map((a) => ({
    ...a,
    ratings: Object.fromEntries(
      Object.entries(a.ratings).map(([id, r]) => [id, { ...r, ...(r.evidence === undefined ? {} : { evidence: es(r.evidence)! }), ...(r.notes === undefined ? {} : { notes: es(r.notes)! }) }]),
    ),
  }));
}

/**
 * In Spanish: the interface, numbers, the framework's element and capacity names (our unofficial
 * translation, loaded beside the English as Spanish pages do) and the raters' evidence. A team
 * split on every third item, with its county office as partner.
 */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  loaders: [async () => teams(await loadBuiltInFramework('ca-sos-conditions-capacities', { level: 'district', lang: 'es' }))],
  args: { heading: 'Resultados del equipo', filename: 'equipo-sample-unified.csv' },
  render: (args, { loaded }) => results(args, loaded, (l) => inSpanish([...l.split, ...l.partner])),
};

/** On a 360 px phone: cards and condition rows stack; nothing scrolls sideways. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } }, render: (args, { loaded }) => results(args, loaded, (l) => [...l.split, ...l.partner]) };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, render: (args, { loaded }) => results(args, loaded, (l) => [...l.split, ...l.partner]) };

/** How the element works by keyboard and screen reader, and without color. */
export const Accessibility: Story = {
  render: (args, { loaded }) =>
    accessibilityNotes(
      'sos-team-results',
      {
        keyboard: [
          ['Tab / Shift+Tab', 'Sort, filter, the table-view switch, download, then each item\'s "Evidence and notes".'],
          ['Arrow keys on Sort or Filter', 'Re-orders or filters the items at once; the status line says how many are shown.'],
          ['Space or Enter on "Show counts as a table"', 'Switches between bars and a table of counts (a toggle button: pressed or not).'],
          ['Enter on "Evidence and notes"', "Opens or closes the raters' evidence for that item."],
        ],
        screenReader: [
          'A heading, then sections "By condition and role" (a real table with row and column headers), "Items" and, with a partner, "Where the partner sees it differently".',
          'Each item reads its condition, name, the count for every scale value and non-answer, then median, raters scored, agreement and priority as a description list.',
          'With fewer than three raters a note says so, and agreement is read as "2 of 2 within a point" instead of a percentage.',
        ],
        beyondColour: [
          'Every bar segment carries its scale value (1–5) or NA / ? / – written in it, and its count is written out beside the bar.',
          'Not applicable, don\'t know and unanswered are hatched, dotted and dashed, not just shaded.',
          'Conversation starters carry the words "Conversation starter" with a ◆ and the reason; priorities are words with ▲ ■ ●; the partner column says "Higher" or "Lower" with ▲ ▼.',
        ],
      },
      results(args, loaded, (l) => [...l.split, ...l.partner]),
    ),
};
