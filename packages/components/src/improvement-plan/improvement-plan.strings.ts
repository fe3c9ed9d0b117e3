// The interface words of <sos-improvement-plan> in English and Spanish: the three questions in
// plain language, one screen each, and short labels for everything a team writes.
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

const es: ImprovementPlanStrings = {
  title: 'Plan de mejora',
  stepsLabel: 'Las tres preguntas',
  questions: ['¿Qué intentamos lograr?', '¿Cómo sabremos que un cambio es una mejora?', '¿Qué cambio podemos hacer que resulte en una mejora?'],
  hints: [
    'Escriban el objetivo con sus palabras: qué mejorará, para quién, cuánto y para cuándo. Un objetivo es todo lo que un plan necesita para guardarse.',
    'Elijan algunas medidas y agreguen valores durante el año, para ver qué cambios mantener, adaptar o dejar antes de los resultados de fin de año.',
    'Anoten cambios que valga la pena probar y prueben cada uno en ciclos pequeños de Planear-Hacer-Estudiar-Actuar antes de extenderlo.',
  ],
  aim: (n) => `Objetivo ${n}`,
  what: '¿Qué intentamos lograr?',
  required: 'obligatorio',
  forWhom: 'Para quién',
  howMuch: 'Cuánto',
  byWhen: 'Para cuándo',
  focus: 'Trabaja en',
  addAim: 'Agregar un objetivo',
  removeAim: (n) => `Quitar el objetivo ${n}`,
  measure: (n) => `Medida ${n}`,
  measureName: 'Qué se cuenta',
  kind: 'Tipo de medida',
  kinds: { outcome: 'De resultado: el objetivo mismo', process: 'De proceso: ¿el cambio ocurre como se planeó?', balancing: 'De equilibrio: ¿empeora otra cosa?' },
  unit: 'Unidad',
  better: 'Mejor cuando es',
  betterOptions: { unset: 'Sin indicar', higher: 'Más alto', lower: 'Más bajo' },
  baseline: 'Línea de base',
  target: 'Meta',
  forAim: 'Informa sobre',
  noAim: 'Ningún objetivo elegido',
  addMeasure: 'Agregar una medida',
  removeMeasure: (n) => `Quitar la medida ${n}`,
  noMeasures: 'Todavía no hay medidas.',
  addPoint: 'Agregar valor',
  pointDate: 'Fecha',
  pointValue: 'Valor',
  pointNote: 'Nota (opcional)',
  pointErrors: { date: 'Indique la fecha del valor.', value: 'Escriba un número, como 42 o 42.5.' },
  points: (n) => `Valores (${n})`,
  removePoint: (when) => `Quitar el valor del ${when}`,
  importCsv: 'Agregar valores desde un archivo CSV',
  csvIssues: (n) => `${n} ${n === 1 ? 'celda no se pudo' : 'celdas no se pudieron'} leer; esas filas no se agregaron:`,
  csvRead: (n) => `Se ${n === 1 ? 'agregó' : 'agregaron'} ${n} ${n === 1 ? 'valor' : 'valores'} del archivo.`,
  idea: (n) => `Idea de cambio ${n}`,
  description: '¿Qué cambio haremos?',
  status: 'Estado',
  statuses: { 'not-started': 'Sin empezar', 'in-progress': 'En curso', done: 'Terminado', stopped: 'Detenido' },
  addIdea: 'Agregar una idea de cambio',
  removeIdea: (n) => `Quitar la idea de cambio ${n}`,
  noIdeas: 'Todavía no hay ideas de cambio.',
  cycle: (n) => `Ciclo PDSA ${n}`,
  addCycle: 'Empezar un ciclo PDSA',
  stage: 'Dónde está el ciclo',
  stages: { plan: 'Planeando', do: 'Haciendo', study: 'Estudiando', act: 'Decidiendo', done: 'Terminado' },
  pdsa: { plan: 'Planear', do: 'Hacer', study: 'Estudiar', act: 'Actuar' },
  question: '¿Qué pregunta responde este ciclo?',
  prediction: '¿Qué predecimos que pasará?',
  who: 'Quién',
  when: 'Cuándo',
  where: 'Dónde',
  whatHappened: '¿Qué pasó?',
  result: '¿Qué mostraron los resultados?',
  versusPrediction: 'Comparado con la predicción',
  versus: { unset: 'Todavía no se sabe', 'as-predicted': 'Como se predijo', partly: 'En parte como se predijo', 'not-as-predicted': 'No como se predijo' },
  learning: '¿Qué aprendimos?',
  decision: 'Decisión',
  decisions: { unset: 'Sin decidir', adopt: 'Adoptar', adapt: 'Adaptar', abandon: 'Abandonar' },
  nextCycle: '¿Qué probará el próximo ciclo?',
  back: 'Pregunta anterior',
  next: 'Pregunta siguiente',
  downloadJson: 'Descargar el plan (JSON)',
  downloadCsv: 'Descargar los valores (CSV)',
  print: 'Imprimir',
  draftFromGaps: 'Empezar por las brechas mayores',
  draftedFrom: (n) => `Se ${n === 1 ? 'redactó' : 'redactaron'} ${n} ${n === 1 ? 'objetivo' : 'objetivos'} a partir de las brechas. Reescríbanlos con sus palabras.`,
  restored: (when) => `Se recuperó el plan guardado el ${when}.`,
  discardDraft: 'Descartar el plan guardado',
  unreadableDraft: 'No se pudo leer un plan guardado en este navegador. Se conserva tal como estaba; descárguelo antes de descartarlo.',
  downloadUnreadable: 'Descargar el texto guardado',
  storageUnavailable: 'Este navegador no está guardando el plan (el almacenamiento está lleno o desactivado). Descárguelo para conservar su trabajo.',
  saved: 'Guardado en este navegador.',
  cannotSave: (n) => `Todavía no se puede descargar el plan: ${n} ${n === 1 ? 'problema' : 'problemas'} por corregir.`,
  loadFailed: (source) => `No se pudo cargar el plan de ${source}.`,
  loading: 'Cargando el plan…',
  planFor: (organization, schoolYear) => `Para ${organization}${schoolYear ? `, ciclo escolar ${schoolYear}` : ''}`,
  report: {
    notTied: 'Sin objetivo asociado',
    latest: (value, date) => `Último: ${value} el ${date}`,
    baselineTarget: (baseline, target) => `Línea de base ${baseline}, meta ${target}`,
    none: 'Todavía nada.',
  },
  fieldNames: {
    what: 'qué intentamos lograr',
    forWhom: 'para quién',
    howMuch: 'cuánto',
    byWhen: 'para cuándo',
    name: 'qué se cuenta',
    unit: 'unidad',
    baseline: 'línea de base',
    target: 'meta',
    description: 'el cambio',
    dataPoints: 'valores',
    date: 'fecha',
    value: 'valor',
    aims: 'objetivos',
  },
};

export const IMPROVEMENT_PLAN_STRINGS: Record<Lang, ImprovementPlanStrings> = { en, es };
