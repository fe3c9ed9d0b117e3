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
      description: {
        component:
          'The instrument for one level: every condition element and capacity with the rating scale as radio buttons, "not applicable" and "don\'t know", evidence and notes, and look-fors. Use it inside a form (it submits the assessment JSON under its `name`) or on its own.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

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

/** The browser refuses to store drafts (full, or disabled by policy): the user is told, and nothing on screen is lost. */
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

/** A school: conditions described for schools, and the capacities of school roles. */
export const School: Story = atLevel('school');
/** A district. */
export const District: Story = atLevel('district');
/** A county office of education. */
export const CountyOffice: Story = atLevel('coe');
/** A Geographic Lead Agency: county-office conditions plus its own roles. */
export const GeographicLead: Story = atLevel('geo-lead');
/** The state level. */
export const State: Story = atLevel('state');

/** Interface, scale labels and numbers in Spanish. */
export const Spanish: Story = { parameters: { lang: 'es' } };

/** On a 360 px phone: choices stack, targets stay at least 44 px. */
export const Phone: Story = {
  globals: { viewport: { value: 'phone360', isRotated: false } },
  render: (args, { loaded }) => {
    const { framework } = loaded as Loaded;
    return renderElement('sos-rubric', args, { framework, value: sampleAssessment(framework, 'district', 0.3) });
  },
};

/** The dark theme, through the public custom properties only. */
export const Dark: Story = {
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
          ['Tab / Shift+Tab', 'Moves between rating groups, evidence fields, look-for disclosures and the progress controls.'],
          ['Arrow keys', 'Choose a rating within an item (native radio group).'],
          ['Space', 'Selects the focused rating.'],
          ['Enter or Space on "Look-fors" or "Scale"', 'Opens or closes the disclosure.'],
          ['"Next unanswered" button', 'Moves focus to the first item still without an answer.'],
        ],
        screenReader: [
          'Each item is a group named by its element or capacity, with its description; each choice reads its scale label and descriptor.',
          'Progress is text ("12 of 45 answered") and changes are announced politely.',
          'Draft restored, storage problems and "saved answers cleared" are announced as status or alert messages.',
          'In a form, a missing required answer is reported on that item by the browser.',
        ],
        beyondColour: [
          'The chosen rating is the checked radio button itself (a filled circle), not a colour.',
          'Progress is written out as numbers overall and per group; missing answers are counted in words ("3 items need an answer").',
          'Focus is a 3 px outline in the theme focus colour, visible on every surface.',
        ],
      },
      renderElement('sos-rubric', args, { framework: (loaded as Loaded).framework, value: sampleAssessment((loaded as Loaded).framework, 'district', 0.2) }),
    ),
};
