import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { parseFramework, type Framework, type SystemLevel } from '@sos-kit/core';
import countyFramework from './data/county-framework.json';
import { atLevel, conditionsFramework, LEVELS, sampleAssessment, seedDraft } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';
import type { SosRubric } from '../packages/components/src/rubric/rubric.js';

interface Loaded {
  framework: Framework;
}

const meta = {
  title: 'Elements/Rubric',
  component: 'sos-rubric',
  tags: ['autodocs'],
  loaders: [async ({ args }): Promise<Loaded> => ({ framework: await conditionsFramework((args['level'] as SystemLevel | undefined) ?? 'district') })],
  args: { level: 'district', 'subject-name': 'Sample Unified School District' },
  argTypes: {
    level: { control: 'select', options: LEVELS },
  },
  render: (args, { loaded }) => renderElement('sos-rubric', args, { framework: (loaded as Loaded).framework }),
  parameters: {
    docs: {
      // Each story on the Docs page in its own frame of a fixed height (the widget scrolls inside
      // it), so the page stays a readable length; the Canvas shows a story at full length.
      story: { inline: false, height: '560px' },
      description: {
        component:
          'The instrument for one level, one section (a condition or a role) per screen with a sticky stepper showing progress per section. Each item is rated on the scale as a segmented control with the level words visible; "not applicable" and "don\'t know" are set apart; evidence and look-fors are one click away. Keyboard: digits rate, Enter moves to the next item. Use it inside a form (it submits the assessment JSON under its `name`) or on its own.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Variants (other levels, viewports, themes, further states of a step) stay in the sidebar, off the Docs page. */
const NOT_ON_DOCS_PAGE = ['!autodocs'];

/** Every attribute, property and CSS custom property is a live control. */
export const Playground: Story = {
  args: { required: false, review: false, disabled: false, name: 'assessment' },
};

/** Nothing answered yet: progress at zero, the first item ready to rate. */
export const Empty: Story = {};

/** About half answered, including "not applicable", "don't know" and evidence. */
export const PartlyAnswered: Story = {
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.5) });
  },
};

/** Every item answered: progress is complete. (`sos-complete` fires when a user answers the last item, not for data set by a page.) */
export const Complete: Story = {
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 1) });
  },
};

/** Read-only review of a submitted assessment, as a partner or a team meeting sees it. */
export const Review: Story = {
  args: { review: true },
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: { ...sampleAssessment(framework, 'district', 1), status: 'submitted', submittedAt: '2026-10-15T17:00:00Z' } });
  },
};

const DRAFT_KEY = 'storybook-draft-restored';

/** Answers saved in this browser earlier come back, with a visible notice and a way to discard them. */
export const DraftRestored: Story = {
  args: { 'autosave-key': DRAFT_KEY },
  beforeEach: seedDraft(DRAFT_KEY, 0.3),
};

/** Inside a form with `required`: submitting with items left shows the browser's message on the first one. */
export const ValidationErrors: Story = {
  args: { required: true, name: 'assessment' },
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    const rubric = renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.2) });
    return html`<form @submit=${(event: Event) => event.preventDefault()}>${rubric}<p><button type="submit">Submit assessment</button></p></form>`;
  },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector<SosRubric>('sos-rubric')!;
    await rubric.updateComplete;
    rubric.reportValidity();
  },
};

/** The browser refuses to store drafts (full, or disabled by policy): the warning stays in the sticky bar beside the items, and nothing on screen is lost. */
export const StorageUnavailable: Story = {
  args: { 'autosave-key': 'storybook-storage-unavailable' },
  beforeEach: () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return () => {
      Storage.prototype.setItem = original;
    };
  },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector<SosRubric>('sos-rubric')!;
    await rubric.updateComplete;
    // Rate the first item as a user would, so the rubric tries to save.
    rubric.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await rubric.updateComplete;
  },
};

const PROBLEM_KEY = 'storybook-draft-problems';

/**
 * A draft saved by an older page that does not fully fit: evidence over the schema's limit, an item the
 * framework no longer has and a value off the scale. Everything that fits comes back; the rest is listed
 * in plain words, and the stored copy is kept unchanged with "Download the saved copy" until the person decides.
 */
export const DraftRestoredWithProblems: Story = {
  args: { 'autosave-key': PROBLEM_KEY },
  beforeEach: async () => {
    const framework = await conditionsFramework('district');
    const assessment = sampleAssessment(framework, 'district', 0.3);
    const ratings: Record<string, unknown> = { ...assessment.ratings };
    const [first, second] = Object.keys(ratings);
    ratings[first!] = { value: 3, evidence: 'Board minutes and site visit notes. '.repeat(300) };
    ratings[second!] = { value: 9 };
    ratings['shared-purpose.retired-element'] = { value: 2 };
    localStorage.setItem(`sos-kit:draft:${PROBLEM_KEY}`, JSON.stringify({ savedAt: '2026-11-20T15:30:00Z', assessment: { ...assessment, ratings } }));
    return () => {
      localStorage.removeItem(`sos-kit:draft:${PROBLEM_KEY}`);
      localStorage.removeItem(`sos-kit:draft:${PROBLEM_KEY}:recovered`);
    };
  },
};

/** Paged by section: the stepper shows progress per section; here the third section is on screen. */
export const PagedSection: Story = {
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.4) });
  },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector<SosRubric>('sos-rubric')!;
    await rubric.updateComplete;
    rubric.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.step')[2]!.click();
    await rubric.updateComplete;
  },
};

/** Evidence and look-fors open on an item: the evidence field counts characters up to the schema's limit. */
export const EvidenceAndLookFors: Story = {
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.2) });
  },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector<SosRubric>('sos-rubric')!;
    await rubric.updateComplete;
    for (const tool of rubric.shadowRoot!.querySelectorAll<HTMLButtonElement>('section:not([hidden]) fieldset button.tool[aria-expanded="false"]')) tool.click();
    await rubric.updateComplete;
  },
};

/**
 * A partner rating: a county office rating a district it supports in differentiated assistance.
 * Questions are worded about the district ("How well does Sample Unified …"), so are the scale's
 * meanings (each level's `partnerDescriptor`: "The organization has started planning…" rather
 * than "We have started…"), and a new assessment records the partner perspective.
 */
export const PartnerRating: Story = {
  args: { perspective: 'partner', 'subject-name': 'Sample Unified School District', 'rater-name': 'Sample County Office of Education', 'rater-type': 'coe', relationship: 'differentiated-assistance' },
};

/** A school: conditions described for schools, and the capacities of school roles. */
export const School: Story = { ...atLevel('school'), tags: NOT_ON_DOCS_PAGE };
/** A district. */
export const District: Story = { ...atLevel('district'), tags: NOT_ON_DOCS_PAGE };
/** A county office of education. */
export const CountyOffice: Story = { ...atLevel('coe'), tags: NOT_ON_DOCS_PAGE };
/** A Geographic Lead Agency: county-office conditions plus its own roles. */
export const GeographicLead: Story = { ...atLevel('geo-lead'), tags: NOT_ON_DOCS_PAGE };
/** The state level. */
export const State: Story = { ...atLevel('state'), tags: NOT_ON_DOCS_PAGE };

/** Interface, framework text and scale labels in Spanish; "Ver original en inglés" shows the English original of the first item. */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const rubric = canvasElement.querySelector<SosRubric>('sos-rubric')!;
    await rubric.updateComplete;
    const original = [...rubric.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.tool')].find((b) => b.textContent!.includes('original'));
    original?.click();
    await rubric.updateComplete;
  },
};

/** On a 360 px phone: a compact sticky bar with the section list on request; the scale becomes full-width rows of at least 44 px. */
export const Phone: Story = { tags: NOT_ON_DOCS_PAGE,
  globals: { viewport: { value: 'phone360', isRotated: false } },
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.3) });
  },
};

/** The dark theme, through the public custom properties only. */
export const Dark: Story = { tags: NOT_ON_DOCS_PAGE,
  globals: { theme: 'dark' },
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.3) });
  },
};

/** A county's own framework, loaded from JSON: no code change needed. */
export const CountyFramework: Story = {
  args: { 'subject-name': 'Sample Unified School District' },
  loaders: [async (): Promise<Loaded> => ({ framework: parseFramework(countyFramework, { source: 'county-framework.json' }) })],
};

/** How the rubric works without a mouse or without sight, and without colour. */
export const Accessibility: Story = {
  render: (args, { loaded }) =>
    accessibilityNotes(
      'sos-rubric',
      {
        keyboard: [
          ['Tab / Shift+Tab', 'Moves between "Next unanswered", the sections, rating groups, "Add evidence", "What to look for" and the section buttons.'],
          ['1–5', 'Chooses that rating for the focused item.'],
          ['Arrow keys', 'Choose a rating within an item (native radio group), including "Not applicable" and "Don\'t know".'],
          ['Enter / Shift+Enter on a rating', 'Moves to the next / previous item, to the next section after the last item of a section.'],
          ['"Next unanswered" button', 'Moves focus to the next item without an answer after the one last worked on, in any section.'],
          ['Enter or Space on "Add evidence", "What to look for", a section', 'Opens the panel, or shows that section and focuses its heading.'],
        ],
        screenReader: [
          'Each item is a group named by its element or capacity, with its description; each choice reads its scale label and descriptor.',
          'The stepper is a navigation list; the section on screen is marked as the current step, each section reads its progress ("3 of 5 answered" or "complete").',
          'Progress is text ("12 of 45 answered") and changes are announced politely.',
          'Draft restored, storage problems and "saved answers cleared" are announced as status or alert messages.',
          'In a form, a missing required answer is reported on that item by the browser.',
        ],
        beyondColour: [
          'The chosen rating is the checked radio button itself (a filled circle) on a filled segment, not a colour alone; the chosen level\'s meaning is written under the scale.',
          'Completed sections show a check mark and their count ("5/5").',
          'Progress is written out as numbers overall and per group; missing answers are counted in words ("3 items need an answer").',
          'Focus is a 3 px outline in the theme focus colour, visible on every surface.',
        ],
      },
      renderElement('sos-rubric', args, { framework: (loaded as Loaded).framework, value: sampleAssessment((loaded as Loaded).framework, 'district', 0.2) }),
    ),
};
