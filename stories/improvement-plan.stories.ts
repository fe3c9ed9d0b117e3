import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { analyzeGaps, defaultTarget, draftPlanFromGaps, type Framework, type GapReport, type ImprovementPlan } from '@sos-kit/core';
import { conditionsFramework, sampleAssessment } from './support/data.js';
import { html } from 'lit';
import { accessibilityNotes, renderElement } from './support/render.js';

interface Loaded {
  framework: Framework;
  gaps: GapReport;
  drafted: ImprovementPlan;
  inProgress: ImprovementPlan;
  trending: ImprovementPlan;
  fewPoints: ImprovementPlan;
}

const weekly = (values: number[]) => values.map((value, i) => ({ value, date: new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10) }));

/** A district's gaps to the target, the plan core drafts from them, and the same plan in March with values and cycles. */
async function plans(): Promise<Loaded> {
  const framework = await conditionsFramework('district');
  const self = sampleAssessment(framework, 'district', 1, { seed: 0 });
  const gaps = analyzeGaps(framework, { comparison: 'current-vs-target', current: self, defaultTarget: defaultTarget(framework.scale) });
  const drafted = draftPlanFromGaps(gaps, { framework, schoolYear: '2026-27', organization: { name: 'Sample Unified School District', type: 'district' } });
  const inProgress: ImprovementPlan = structuredClone(drafted);
  inProgress.measures!.unshift({
    id: 'reading',
    name: 'Grade 3 students reading at grade level',
    kind: 'outcome',
    unit: '%',
    better: 'higher',
    baseline: 13,
    target: 20,
    baselinePoints: 10,
    aimIds: [inProgress.aims[0]!.id],
    dataPoints: weekly([12, 15, 11, 14, 13, 16, 12, 14, 13, 11, 15, 16, 17, 15, 16, 18, 17, 19]),
  });
  inProgress.changeIdeas![0]!.status = 'in-progress';
  inProgress.changeIdeas![0]!.cycles = [
    {
      id: 'cycle-1',
      stage: 'done',
      plan: { question: 'Will a 20-minute daily reading block in two classrooms raise the share reading at grade level?', prediction: 'Both classes gain within six weeks.', who: 'Two grade 3 teachers', when: 'March to mid-April', where: 'Lincoln Elementary', measureIds: ['reading'] },
      do: { whatHappened: 'One class kept the block every day; the other lost four days to testing.', startedOn: '2026-03-09', endedOn: '2026-04-17' },
      study: { result: 'Eight weeks above the baseline median: a shift.', versusPrediction: 'partly', learning: 'The block has to be protected from the testing calendar.' },
      act: { decision: 'adapt', nextCycle: 'Run it in all four grade 3 classes with the block placed before lunch.' },
    },
    { id: 'cycle-2', stage: 'plan', plan: { question: 'Does placing the block before lunch keep it from being cut?' } },
  ];
  // The same plan with its first measure's values replaced: a climb, or only the first weeks.
  // (Their baseline median comes from all their values.)
  const withValues = (values: number[], changes: Partial<NonNullable<ImprovementPlan['measures']>[number]> = {}): ImprovementPlan => {
    const copy = structuredClone(inProgress);
    const { baselinePoints: _all, ...measure } = copy.measures![0]!;
    copy.measures![0] = { ...measure, ...changes, dataPoints: weekly(values) };
    return copy;
  };
  const trending = withValues([22, 25, 21, 24, 23, 22, 26, 29, 33, 35, 38], { name: 'Family check-in calls made each week', unit: 'calls', baseline: 23, target: 40 });
  const fewPoints = withValues([12, 15, 11, 14, 13]);
  return { framework, gaps, drafted, inProgress, trending, fewPoints };
}

const plan = (args: Record<string, unknown>, properties: Partial<HTMLElementTagNameMap['sos-improvement-plan']>) => renderElement('sos-improvement-plan', args, properties);

const meta = {
  title: 'Improvement plan/Improvement plan',
  component: 'sos-improvement-plan',
  tags: ['autodocs'],
  loaders: [plans],
  args: { filename: 'sample-unified-plan' },
  render: (args, { loaded }) => plan(args, { framework: (loaded as Loaded).framework, plan: (loaded as Loaded).inProgress }),
  parameters: {
    docs: {
      description: {
        component:
          'The three questions of the Model for Improvement, one screen each: aims; measures with their values as run charts; change ideas with their PDSA cycles. Only an aim is needed to save. Starts from a plan, from a gap report ("Start from the largest gaps"), or empty.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { step: 0 } };

/** Nothing yet: one empty aim, and the offer to start from the gaps. */
export const Empty: Story = { render: (args, { loaded }) => plan(args, { framework: (loaded as Loaded).framework, gaps: (loaded as Loaded).gaps }) };

/** Drafted by core from the three largest gaps: aims, placeholder measures and look-fors as change ideas. */
export const DraftedFromGaps: Story = { render: (args, { loaded }) => plan(args, { framework: (loaded as Loaded).framework, plan: (loaded as Loaded).drafted }) };

/** A measure in March: a shift above the baseline median since the new reading block. */
export const MeasureWithAShift: Story = { args: { step: 1 } };

/** A measure climbing week after week as more teachers join in: a trend, named in words under its run chart. */
export const MeasureWithATrend: Story = { args: { step: 1 }, render: (args, { loaded }) => plan(args, { framework: (loaded as Loaded).framework, plan: (loaded as Loaded).trending }) };

/** Only five weeks of values: the run chart says how many more the runs test needs and that the median may still move. */
export const TooFewPoints: Story = { args: { step: 1 }, render: (args, { loaded }) => plan(args, { framework: (loaded as Loaded).framework, plan: (loaded as Loaded).fewPoints }) };

/** A change idea with one finished cycle (adapt) and the next one being planned. */
export const CyclesInProgress: Story = { args: { step: 2 } };

/** Spanish interface; the team's own text stays as written. */
export const Spanish: Story = { parameters: { lang: 'es' } };

/** On a 360 px phone every field stacks. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } }, args: { step: 1 } };

/**
 * What "Print" puts on paper, shown on screen: one page per aim with its measures as run charts
 * and its change ideas with their cycles. The print styles hide the questions and buttons; here
 * the `report` part is shown and the screen parts are hidden the same way (on paper each run
 * chart's readout and "Show data table" button are hidden too).
 */
export const Print: Story = {
  render: (args, { loaded }) =>
    html`<style>
        .print-preview sos-improvement-plan::part(steps),
        .print-preview sos-improvement-plan::part(panel),
        .print-preview sos-improvement-plan::part(step-buttons),
        .print-preview sos-improvement-plan::part(actions) {
          display: none;
        }
        .print-preview sos-improvement-plan::part(report) {
          display: block;
        }
      </style>
      <div class="print-preview">${plan(args, { framework: (loaded as Loaded).framework, plan: (loaded as Loaded).inProgress })}</div>`,
};

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, args: { step: 1 } };

/** How the plan works by keyboard and screen reader, and without colour. */
export const Accessibility: Story = {
  render: (args, { loaded }) =>
    accessibilityNotes(
      'sos-improvement-plan',
      {
        keyboard: [
          ['Tab / Shift+Tab', 'Moves through the three question buttons, every field and button of the current question, then Previous/Next and the downloads.'],
          ['Enter or Space on a question', 'Shows that question; focus moves to its heading.'],
          ['Enter in a value field', 'Adds the value to the measure (the same as "Add value").'],
          ['Arrow keys in a run chart', 'Move from value to value (see Run chart).'],
        ],
        screenReader: [
          'The three questions are a navigation list; the current one is marked as the current step.',
          'Every field has a visible label; required fields say "required" in words.',
          'A value that cannot be added names the field and what is expected, and focus moves to it.',
          'Problems that keep the plan from being downloaded are listed in an alert that receives focus, each with where it is ("Aim 1 › by when").',
          'Notices (restored plan, storage unavailable, drafted aims) are announced as status messages.',
        ],
        beyondColour: [
          'The current question is also marked by aria-current and a filled button.',
          'Errors carry a warning sign and words, not only a red border.',
          'Run charts use shapes and labels for shifts and trends.',
        ],
      },
      plan(args, { framework: (loaded as Loaded).framework, plan: (loaded as Loaded).inProgress }),
    ),
};
