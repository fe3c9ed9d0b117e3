// The interface words of <sos-improvement-plan> in English (Spanish: improvement-plan.strings.es.ts): the
// three questions in plain language, one screen each, and short labels for everything a team writes.
import type { Lang } from '@sos-kit/core';

export interface ImprovementPlanStrings {
  title: string;
  stepsLabel: string;
  questions: [string, string, string];
  hints: [string, string, string];
  aim: (n: number) => string;
  what: string;
  required: string;
  forWhom: string;
  howMuch: string;
  byWhen: string;
  focus: string;
  addAim: string;
  removeAim: (n: number) => string;
  measure: (n: number) => string;
  measureName: string;
  kind: string;
  kinds: { outcome: string; process: string; balancing: string };
  unit: string;
  better: string;
  betterOptions: { unset: string; higher: string; lower: string };
  baseline: string;
  target: string;
  forAim: string;
  noAim: string;
  addMeasure: string;
  removeMeasure: (n: number) => string;
  noMeasures: string;
  addPoint: string;
  pointDate: string;
  pointValue: string;
  pointNote: string;
  pointErrors: { date: string; value: string };
  points: (n: number) => string;
  removePoint: (when: string) => string;
  /** The short visible text of a value's remove button (its accessible name is removePoint). */
  remove: string;
  /** After a value was removed, beside the button that puts it back. */
  pointRemoved: (when: string) => string;
  undo: string;
  /** In the chart's place while its code loads. */
  chartLoading: string;
  /** The run chart's code could not be loaded (offline, say). */
  chartFailed: string;
  retry: string;
  importCsv: string;
  csvIssues: (n: number) => string;
  csvRead: (n: number) => string;
  idea: (n: number) => string;
  description: string;
  status: string;
  statuses: { 'not-started': string; 'in-progress': string; done: string; stopped: string };
  addIdea: string;
  removeIdea: (n: number) => string;
  noIdeas: string;
  cycle: (n: number) => string;
  addCycle: string;
  stage: string;
  stages: { plan: string; do: string; study: string; act: string; done: string };
  pdsa: { plan: string; do: string; study: string; act: string };
  question: string;
  prediction: string;
  who: string;
  when: string;
  where: string;
  whatHappened: string;
  result: string;
  versusPrediction: string;
  versus: { unset: string; 'as-predicted': string; partly: string; 'not-as-predicted': string };
  learning: string;
  decision: string;
  decisions: { unset: string; adopt: string; adapt: string; abandon: string };
  nextCycle: string;
  back: string;
  next: string;
  downloadJson: string;
  downloadCsv: string;
  print: string;
  draftFromGaps: string;
  draftedFrom: (n: number) => string;
  restored: (when: string) => string;
  discardDraft: string;
  unreadableDraft: string;
  downloadUnreadable: string;
  storageUnavailable: string;
  saved: string;
  cannotSave: (n: number) => string;
  loadFailed: (source: string) => string;
  loading: string;
  /** Whose plan it is, under the plan's title: the organization and, when known, the school year. */
  planFor: (organization: string, schoolYear?: string) => string;
  report: { notTied: string; latest: (value: string, date: string) => string; baselineTarget: (baseline: string, target: string) => string; none: string };
  fieldNames: Readonly<Record<string, string>>;
}

const en: ImprovementPlanStrings = {
  title: 'Improvement plan',
  stepsLabel: 'The three questions',
  questions: ['What are we trying to accomplish?', 'How will we know that a change is an improvement?', 'What change can we make that will result in improvement?'],
  hints: [
    'Write the aim in your own words: what will improve, for whom, by how much and by when. An aim is all a plan needs to be saved.',
    'Choose a few measures and add values during the year, so you can see which changes to keep, adapt or stop before the year-end results.',
    'List changes worth testing, and test each one in small Plan-Do-Study-Act cycles before spreading it.',
  ],
  aim: (n) => `Aim ${n}`,
  what: 'What are we trying to accomplish?',
  required: 'required',
  forWhom: 'For whom',
  howMuch: 'How much',
  byWhen: 'By when',
  focus: 'Works on',
  addAim: 'Add an aim',
  removeAim: (n) => `Remove aim ${n}`,
  measure: (n) => `Measure ${n}`,
  measureName: 'What is counted',
  kind: 'Kind of measure',
  kinds: { outcome: 'Outcome: the aim itself', process: 'Process: is the change happening as planned?', balancing: 'Balancing: is something else getting worse?' },
  unit: 'Unit',
  better: 'Better when',
  betterOptions: { unset: 'Not set', higher: 'Higher', lower: 'Lower' },
  baseline: 'Baseline',
  target: 'Target',
  forAim: 'Tells about',
  noAim: 'No aim chosen',
  addMeasure: 'Add a measure',
  removeMeasure: (n) => `Remove measure ${n}`,
  noMeasures: 'No measures yet.',
  addPoint: 'Add value',
  pointDate: 'Date',
  pointValue: 'Value',
  pointNote: 'Note (optional)',
  pointErrors: { date: 'Enter the date of the value.', value: 'Enter a number, such as 42 or 42.5.' },
  points: (n) => `Values (${n})`,
  removePoint: (when) => `Remove the value of ${when}`,
  remove: 'Remove',
  pointRemoved: (when) => `Removed the value of ${when}.`,
  undo: 'Undo',
  chartLoading: 'Loading the run chart…',
  chartFailed: 'The run chart could not be loaded. Your values are kept; check your connection, then try again.',
  retry: 'Try again',
  importCsv: 'Add values from a CSV file',
  csvIssues: (n) => `${n} ${n === 1 ? 'cell' : 'cells'} could not be read; those rows were not added:`,
  csvRead: (n) => `${n} ${n === 1 ? 'value' : 'values'} added from the file.`,
  idea: (n) => `Change idea ${n}`,
  description: 'What change will we make?',
  status: 'Status',
  statuses: { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done', stopped: 'Stopped' },
  addIdea: 'Add a change idea',
  removeIdea: (n) => `Remove change idea ${n}`,
  noIdeas: 'No change ideas yet.',
  cycle: (n) => `PDSA cycle ${n}`,
  addCycle: 'Start a PDSA cycle',
  stage: 'Where the cycle is',
  stages: { plan: 'Planning', do: 'Doing', study: 'Studying', act: 'Deciding', done: 'Done' },
  pdsa: { plan: 'Plan', do: 'Do', study: 'Study', act: 'Act' },
  question: 'What question does this cycle answer?',
  prediction: 'What do we predict will happen?',
  who: 'Who',
  when: 'When',
  where: 'Where',
  whatHappened: 'What happened?',
  result: 'What did the results show?',
  versusPrediction: 'Compared with the prediction',
  versus: { unset: 'Not yet known', 'as-predicted': 'As predicted', partly: 'Partly as predicted', 'not-as-predicted': 'Not as predicted' },
  learning: 'What did we learn?',
  decision: 'Decision',
  decisions: { unset: 'Not decided', adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' },
  nextCycle: 'What will the next cycle test?',
  back: 'Previous question',
  next: 'Next question',
  downloadJson: 'Download plan (JSON)',
  downloadCsv: 'Download values (CSV)',
  print: 'Print',
  draftFromGaps: 'Start from the largest gaps',
  draftedFrom: (n) => `Drafted ${n} ${n === 1 ? 'aim' : 'aims'} from the gaps. Rewrite them in your own words.`,
  restored: (when) => `Your saved plan from ${when} was restored.`,
  discardDraft: 'Discard saved plan',
  unreadableDraft: 'A plan saved in this browser could not be read. It is kept as it was; download it before discarding it.',
  downloadUnreadable: 'Download the saved text',
  storageUnavailable: 'This browser is not saving the plan (storage is full or turned off). Download it to keep your work.',
  saved: 'Saved in this browser.',
  cannotSave: (n) => `The plan cannot be downloaded yet: ${n} ${n === 1 ? 'problem' : 'problems'} to fix.`,
  loadFailed: (source) => `The plan at ${source} could not be loaded.`,
  loading: 'Loading the plan…',
  planFor: (organization, schoolYear) => `For ${organization}${schoolYear ? `, school year ${schoolYear}` : ''}`,
  report: {
    notTied: 'Not tied to an aim',
    latest: (value, date) => `Latest: ${value} on ${date}`,
    baselineTarget: (baseline, target) => `Baseline ${baseline}, target ${target}`,
    none: 'None yet.',
  },
  fieldNames: {
    what: 'what we are trying to accomplish',
    forWhom: 'for whom',
    howMuch: 'how much',
    byWhen: 'by when',
    name: 'what is counted',
    unit: 'unit',
    baseline: 'baseline',
    target: 'target',
    description: 'the change',
    dataPoints: 'values',
    date: 'date',
    value: 'value',
    aims: 'aims',
  },
};

/** The English strings, always loaded. */
export const IMPROVEMENT_PLAN_STRINGS_EN = en;

/**
 * The strings of a language. Spanish lives in its own module (improvement-plan.strings.es.ts),
 * loaded only by pages that speak it.
 */
export function loadPlanStrings(lang: Lang): Promise<ImprovementPlanStrings> {
  return lang === 'es' ? import('./improvement-plan.strings.es.js').then((module) => module.IMPROVEMENT_PLAN_STRINGS_ES) : Promise.resolve(en);
}
