import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { atLevel, LEVELS, seedDraft } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';
import { teamSource } from './support/team-source.js';
import type { SosSelfAssessment } from '../packages/components/src/self-assessment/self-assessment.js';

const meta = {
  title: 'Widget/Self-assessment',
  component: 'sos-self-assessment',
  tags: ['autodocs'],
  args: { level: 'district', framework: 'ca-sos-conditions-capacities', 'subject-name': 'Sample Unified School District' },
  argTypes: {
    level: { control: 'select', options: LEVELS },
    framework: { control: 'select', options: ['ca-sos-conditions-capacities', 'ca-sos-effective-support-principles'] },
  },
  render: (args) => renderElement('sos-self-assessment', args),
  parameters: {
    docs: {
      // Each story on the Docs page in its own frame of a fixed height (the widget scrolls inside
      // it), so the page stays a readable length; the Canvas shows a story at full length.
      story: { inline: false, height: '640px' },
      description: {
        component:
          'The drop-in widget a county or district web team puts on a CMS page: rate a level of a framework (as a self-assessment or a partner rating), see the results as a summary, a radar chart and a gap table, then review and submit, download JSON or CSV, or print a report. Configured by attributes only; answers are never lost.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Variants (other levels, viewports, themes, further states of a step) stay in the sidebar, off the Docs page. */
const NOT_ON_DOCS_PAGE = ['!autodocs'];

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { 'autosave-key': '', 'submit-url': '' } };

/** A school rates itself. */
export const School: Story = { ...atLevel('school'), tags: NOT_ON_DOCS_PAGE };
/** A district rates itself. */
export const District: Story = { ...atLevel('district'), tags: NOT_ON_DOCS_PAGE };
/** A county office of education rates itself. */
export const CountyOffice: Story = { ...atLevel('coe'), tags: NOT_ON_DOCS_PAGE };
/** A Geographic Lead Agency rates itself. */
export const GeographicLead: Story = { ...atLevel('geo-lead'), tags: NOT_ON_DOCS_PAGE };
/** The state level. */
export const State: Story = { ...atLevel('state'), tags: NOT_ON_DOCS_PAGE };

/** The second built-in framework: the principles of effective support, as a county office provides it. */
export const PrinciplesOfSupport: Story = { args: { framework: 'ca-sos-effective-support-principles', level: 'coe', 'subject-name': 'Sample County Office of Education' } };

const RESULTS_KEY = 'storybook-results';

/** Shows a step once the framework and the restored draft have arrived (both asynchronously). */
function showStep(step: 'results' | 'review') {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const widget = canvasElement.querySelector<SosSelfAssessment>('sos-self-assessment')!;
    for (let tries = 0; tries < 100 && !widget.shadowRoot?.querySelector('sos-rubric')?.value; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    widget.goTo(step);
  };
}

/** Seeds what the widget keeps beside the draft: who answered, the school year, a past submission. */
function seedWidgetState(key: string, state: object) {
  return () => {
    localStorage.setItem(`sos-kit:widget:${key}`, JSON.stringify(state));
    return () => localStorage.removeItem(`sos-kit:widget:${key}`);
  };
}

/** The results step after rating: a summary (scores, completion, top priorities), the radar against the target, and the gap table. */
export const Results: Story = {
  args: { 'autosave-key': RESULTS_KEY },
  beforeEach: seedDraft(RESULTS_KEY, 1),
  play: showStep('results'),
};

const REVIEW_KEY = 'storybook-review';

/** The review step: who rates whom, the respondent and school year asked, completion, what happens next, a check before submit. */
export const Review: Story = {
  args: { 'autosave-key': REVIEW_KEY, 'submit-url': '/api/submissions' },
  beforeEach: seedDraft(REVIEW_KEY, 0.7),
  play: showStep('review'),
};

const FEW_KEY = 'storybook-few';

/** The review step with few answers: the page says plainly that most areas will have no score. */
export const ReviewFewAnswers: Story = { tags: NOT_ON_DOCS_PAGE,
  args: { 'autosave-key': FEW_KEY, 'submit-url': '/api/submissions' },
  beforeEach: seedDraft(FEW_KEY, 0.05),
  play: showStep('review'),
};

const PARTNER_KEY = 'storybook-partner';

/** A partner rating: a county office rates a district it supports in differentiated assistance. Wording, the review and the saved document follow the perspective. */
export const PartnerRating: Story = {
  args: {
    'autosave-key': PARTNER_KEY,
    'submit-url': '/api/submissions',
    perspective: 'partner',
    'rater-name': 'Sierra Vista County Office of Education',
    'rater-type': 'coe',
    relationship: 'differentiated-assistance',
    'respondent-role': 'Differentiated assistance lead',
    'school-year': '2025-26',
  },
  beforeEach: seedDraft(PARTNER_KEY, 0.6),
  play: showStep('review'),
};

const SUBMITTED_KEY = 'storybook-submitted';

/** After submitting, then changing answers: the receipt, what changed since, and "Submit the changes". */
export const Submitted: Story = { tags: NOT_ON_DOCS_PAGE,
  args: { 'autosave-key': SUBMITTED_KEY, 'submit-url': '/api/submissions' },
  beforeEach: async () => {
    const clearDraft = await seedDraft(SUBMITTED_KEY, 1)();
    const clearState = seedWidgetState(SUBMITTED_KEY, {
      respondent: { name: 'Lee Chen', role: 'Assistant Superintendent' },
      schoolYear: '2025-26',
      submitted: { receipt: { id: 'sub-1042', version: 1, receivedAt: '2026-11-21T16:05:00Z' }, at: '2026-11-21T16:05:00Z', ratings: {} },
    })();
    return () => {
      clearDraft();
      clearState();
    };
  },
  play: showStep('review'),
};

const TEAM_KEY = 'storybook-team';

/**
 * The results step of a district whose leadership team also rated it: `team-src` points at the
 * team's assessments (here eight generated raters; on a site, the collection service's results),
 * shown below the gap table with distributions, agreement and conversation starters.
 */
export const ResultsWithTeam: Story = {
  args: { 'autosave-key': TEAM_KEY },
  loaders: [async () => ({ teamSrc: await teamSource('district', 8, { disagree: true }) })],
  render: (args, { loaded }) => renderElement('sos-self-assessment', { ...args, 'team-src': loaded.teamSrc as string }),
  beforeEach: seedDraft(TEAM_KEY, 1),
  play: showStep('results'),
};

/** Clears the plan the story drafts (kept beside the answers under the autosave key), so each view drafts afresh. */
function seedDraftWithoutPlan(key: string) {
  return async () => {
    const clearDraft = await seedDraft(key, 1)();
    return () => {
      clearDraft();
      localStorage.removeItem(`sos-kit:widget:${key}`);
      localStorage.removeItem(`sos-kit:plan:${key}:plan`);
    };
  };
}

/** "Start an improvement plan from these gaps", pressed on the results step. */
async function startPlan(context: { canvasElement: HTMLElement }) {
  await showStep('results')(context);
  context.canvasElement.querySelector<SosSelfAssessment>('sos-self-assessment')!.startPlan();
}

const PLAN_KEY = 'storybook-plan';

/**
 * The optional fourth step, after "Start an improvement plan from these gaps": the three largest
 * gaps drafted into aims (core's `draftPlanFromGaps`) with a placeholder measure each and the
 * items' look-fors as candidate change ideas, opened on the first of the three questions.
 */
export const PlanFromGaps: Story = {
  args: { 'autosave-key': PLAN_KEY },
  beforeEach: seedDraftWithoutPlan(PLAN_KEY),
  play: startPlan,
};

const PLAN_ES_KEY = 'storybook-plan-es';

/** The plan step in Spanish: the step, the three questions and the drafted aims. */
export const SpanishPlan: Story = { tags: NOT_ON_DOCS_PAGE,
  args: { 'autosave-key': PLAN_ES_KEY },
  parameters: { lang: 'es' },
  beforeEach: seedDraftWithoutPlan(PLAN_ES_KEY),
  play: startPlan,
};

/** The review step in Spanish. */
export const SpanishReview: Story = { tags: NOT_ON_DOCS_PAGE,
  args: { 'autosave-key': REVIEW_KEY, 'submit-url': '/api/submissions' },
  parameters: { lang: 'es' },
  beforeEach: seedDraft(REVIEW_KEY, 0.7),
  play: showStep('review'),
};

/** A county's own framework from a JSON file (`src`): validated, then used like a built-in one. */
export const CountyFramework: Story = { tags: NOT_ON_DOCS_PAGE, args: { src: 'data/county-framework.json', framework: '' } };

/** A framework file with mistakes: a readable error panel lists each one with its JSON path. */
export const InvalidFramework: Story = { args: { src: 'data/invalid-framework.json', framework: '' } };

/** Spanish interface, framework names and scale. */
export const Spanish: Story = { parameters: { lang: 'es' } };

/** On a 360 px phone. */
export const Phone: Story = { tags: NOT_ON_DOCS_PAGE, globals: { viewport: { value: 'phone360', isRotated: false } } };

/** Dark theme. */
export const Dark: Story = { tags: NOT_ON_DOCS_PAGE, globals: { theme: 'dark' } };

/** A county branding, through the public custom properties only. */
export const CountyBranding: Story = { tags: NOT_ON_DOCS_PAGE, globals: { theme: 'sierra' } };

const SNIPPET = `<!-- In the page's <head> or before </body>: one script, no build step. -->
<script type="module" src="https://www.example-county.org/assets/sos-kit/sos-kit.js"></script>

<!-- Where the widget goes. Answers are kept in this browser until submitted. -->
<sos-self-assessment
  level="district"
  framework="ca-sos-conditions-capacities"
  subject-name="Sample Unified School District"
  autosave-key="sample-unified-2026"
  lang="en"
></sos-self-assessment>

<!-- Optional branding, in the page's own stylesheet. -->
<style>
  sos-self-assessment {
    --sos-color-accent: #2f5d2a;
    --sos-font-family: 'Trebuchet MS', Arial, sans-serif;
  }
</style>`;

/** The copy-paste embed for a CMS page, and what it shows. */
export const EmbedSnippet: Story = {
  parameters: { docs: { source: { code: SNIPPET, language: 'html' } } },
  render: (args) => html`<h2>Embed code</h2>
    <p>Copy this into an HTML block of your CMS page. Host <code>sos-kit.js</code> and its <code>chunks/</code> folder on your own site (from <code>@sos-kit/components/dist/drop-in/</code>).</p>
    <pre tabindex="0"><code>${SNIPPET}</code></pre>
    <h2>Result</h2>
    ${renderElement('sos-self-assessment', args)}`,
};

/** How the widget works by keyboard and screen reader, and without colour. */
export const Accessibility: Story = {
  render: (args) =>
    accessibilityNotes(
      'sos-self-assessment',
      {
        keyboard: [
          ['Tab / Shift+Tab', 'Steps (Rate, Results, Review and submit), then the step\'s content in reading order.'],
          ['Enter or Space on a step', 'Shows that step and moves focus to its heading, scrolled into view; the current step is marked with aria-current.'],
          ['Enter on an item in the gap table', 'Goes back to the rating step at that item.'],
          ['Enter on "Start an improvement plan from these gaps"', 'Drafts the plan (or opens the one started before), shows "4. Plan" and moves focus to its heading.'],
          ['Inside the rubric, chart and table', 'As documented in their own Accessibility stories.'],
        ],
        screenReader: [
          'Loading, saved, submitted and restored states are status messages; errors (framework file, comparison file, submission) are alerts with each problem listed.',
          'A framework error lists every problem with its JSON path, so a web team can fix the file.',
          'A failed submission says in plain words what went wrong and that nothing was lost; the one button becomes "Try again". After success focus moves to "Answers submitted".',
          'Focus never falls to the page: after a step change, "Clear saved answers" or Submit it moves to a heading.',
        ],
        beyondColour: [
          'The current step is filled and underlined, not only coloured.',
          'Errors open with a sentence saying what failed and sit in a bordered box, not only in red.',
          'Chart series and gap priorities carry patterns, shapes and words (see those elements).',
        ],
      },
      renderElement('sos-self-assessment', args),
    ),
};
