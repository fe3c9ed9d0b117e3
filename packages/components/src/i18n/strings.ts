/**
 * Every string the elements show, in English and Spanish. Framework text (statements, scale
 * labels) comes from the framework itself; these are the interface's own words.
 */
import type { Lang, NonScoredAnswer } from '@sos-kit/core';

export interface Strings {
  notApplicable: string;
  dontKnow: string;
  nonScored: (answer: NonScoredAnswer) => string;
  evidenceLabel: string;
  evidenceHint: string;
  lookFors: string;
  scaleKey: string;
  progress: (answered: number, total: number) => string;
  groupProgress: (answered: number, total: number) => string;
  nextUnanswered: string;
  allAnswered: string;
  review: string;
  noAnswer: string;
  required: (missing: number) => string;
  noFramework: string;
  unknownLevel: (level: string) => string;
  conditionsHeading: string;
  capacitiesHeading: string;
  itemOf: (index: number, total: number) => string;
  restoredDraft: (when: string) => string;
  discardDraft: string;
  storageUnavailable: string;
  clearSaved: string;
  confirmClear: string;
  confirmClearYes: string;
  cancel: string;
  cleared: string;
  draftDiscarded: string;
  gapCaption: string;
  columns: { item: string; group: string; difference: string; priority: string };
  priority: (p: 'high' | 'medium' | 'low') => string;
  noComparison: string;
  filterGroup: string;
  allGroups: string;
  minimumGap: string;
  noRows: string;
  noReport: string;
  downloadCsv: string;
  rowsShown: (shown: number, total: number) => string;
  showMore: (count: number) => string;
  showAll: (count: number) => string;
  sortBy: (column: string) => string;
  respondents: (n: number) => string;
  radarSummary: (axes: number, series: string[]) => string;
  showTable: string;
  hideTable: string;
  downloadSvg: string;
  downloadPng: string;
  axis: string;
  noData: string;
  noValue: string;
  chartKeys: string;
  steps: { rate: string; results: string; export: string };
  stepsLabel: string;
  loading: string;
  frameworkError: (source: string) => string;
  loadFailed: (source: string, reason: string) => string;
  compareWith: string;
  compareHint: string;
  comparingWith: (label: string) => string;
  compareError: string;
  targetLabel: (value: string) => string;
  selfLabel: string;
  viewBy: string;
  viewConditions: string;
  viewElements: string;
  downloadJson: string;
  print: string;
  submit: string;
  submitting: string;
  submitted: string;
  submitFailed: (reason: string) => string;
  retry: string;
  answersKept: string;
  radarHeading: (subject: string) => string;
  continueToResults: string;
}

const en: Strings = {
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  nonScored: (answer) => (answer === 'not-applicable' ? en.notApplicable : en.dontKnow),
  evidenceLabel: 'Evidence and notes',
  evidenceHint: 'What is this rating based on? Documents, observations, data.',
  lookFors: 'What to look for',
  scaleKey: 'Rating scale',
  progress: (answered, total) => `${answered} of ${total} answered`,
  groupProgress: (answered, total) => `${answered}/${total}`,
  nextUnanswered: 'Next unanswered',
  allAnswered: 'Every item is answered.',
  review: 'Review: answers are read-only.',
  noAnswer: 'No answer yet',
  required: (missing) => `${missing} ${missing === 1 ? 'item needs' : 'items need'} an answer.`,
  noFramework: 'No framework loaded.',
  unknownLevel: (level) => `This framework has no "${level}" level.`,
  conditionsHeading: 'Enabling conditions',
  capacitiesHeading: 'Capacities',
  itemOf: (index, total) => `Item ${index} of ${total}`,
  restoredDraft: (when) => `Restored your saved draft from ${when}.`,
  discardDraft: 'Discard draft',
  storageUnavailable: "Your answers can't be saved in this browser (storage is full or turned off). Keep this page open until you have submitted or downloaded them.",
  clearSaved: 'Clear saved answers',
  confirmClear: 'Remove all answers from this device? This cannot be undone.',
  confirmClearYes: 'Yes, clear answers',
  cancel: 'Cancel',
  cleared: 'Saved answers were cleared from this device.',
  draftDiscarded: 'The saved draft was discarded.',
  gapCaption: 'Gaps by item',
  columns: { item: 'Item', group: 'Condition or role', difference: 'Difference', priority: 'Priority' },
  priority: (p) => ({ high: 'High', medium: 'Medium', low: 'Low' })[p],
  noComparison: 'Not compared',
  filterGroup: 'Condition or role',
  allGroups: 'All',
  minimumGap: 'Minimum gap (scale points)',
  noRows: 'No gaps match these filters.',
  noReport: 'No comparison to show yet.',
  downloadCsv: 'Download CSV',
  rowsShown: (shown, total) => `Showing ${shown} of ${total} items`,
  showMore: (count) => `Show ${count} more`,
  showAll: (count) => `Show all ${count}`,
  sortBy: (column) => `Sort by ${column}`,
  respondents: (n) => `n = ${n}`,
  radarSummary: (axes, series) => `Radar chart of ${axes} axes comparing ${series.join(', ')}. The same data is in the table that follows.`,
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  axis: 'Axis',
  noData: 'No data to chart yet.',
  noValue: 'no value',
  chartKeys: 'Use the arrow keys to move between points.',
  steps: { rate: '1. Rate', results: '2. Results', export: '3. Save and share' },
  stepsLabel: 'Steps',
  loading: 'Loading the framework…',
  frameworkError: (source) => `The framework from ${source} cannot be used:`,
  loadFailed: (source, reason) => `The framework could not be loaded from ${source} (${reason}).`,
  compareWith: 'Compare with a partner or baseline assessment (JSON file)',
  compareHint: 'A partner rating of the same organisation is shown as "partner"; an earlier self-assessment as "baseline".',
  comparingWith: (label) => `Comparing with: ${label}`,
  compareError: 'That file is not an assessment this page can compare:',
  targetLabel: (value) => `Target (${value})`,
  selfLabel: 'Self',
  viewBy: 'Show the chart by',
  viewConditions: 'condition',
  viewElements: 'element',
  downloadJson: 'Download answers (JSON)',
  print: 'Print',
  submit: 'Submit',
  submitting: 'Submitting…',
  submitted: 'Submitted. Thank you.',
  submitFailed: (reason) => `Submitting failed (${reason}).`,
  retry: 'Try again',
  answersKept: 'Your answers are still here and nothing was lost.',
  radarHeading: (subject) => `${subject}: ratings by area`,
  continueToResults: 'See results',
};

const es: Strings = {
  notApplicable: 'No aplica',
  dontKnow: 'No sé',
  nonScored: (answer) => (answer === 'not-applicable' ? es.notApplicable : es.dontKnow),
  evidenceLabel: 'Evidencia y notas',
  evidenceHint: '¿En qué se basa esta calificación? Documentos, observaciones, datos.',
  lookFors: 'Qué observar',
  scaleKey: 'Escala de calificación',
  progress: (answered, total) => `${answered} de ${total} respondidos`,
  groupProgress: (answered, total) => `${answered}/${total}`,
  nextUnanswered: 'Siguiente sin responder',
  allAnswered: 'Todos los elementos están respondidos.',
  review: 'Revisión: las respuestas son de solo lectura.',
  noAnswer: 'Sin respuesta todavía',
  required: (missing) => `${missing} ${missing === 1 ? 'elemento necesita' : 'elementos necesitan'} una respuesta.`,
  noFramework: 'No se ha cargado un marco.',
  unknownLevel: (level) => `Este marco no tiene el nivel "${level}".`,
  conditionsHeading: 'Condiciones habilitantes',
  capacitiesHeading: 'Capacidades',
  itemOf: (index, total) => `Elemento ${index} de ${total}`,
  restoredDraft: (when) => `Se recuperó su borrador guardado del ${when}.`,
  discardDraft: 'Descartar borrador',
  storageUnavailable: 'No se pueden guardar sus respuestas en este navegador (el almacenamiento está lleno o desactivado). Mantenga esta página abierta hasta enviarlas o descargarlas.',
  clearSaved: 'Borrar respuestas guardadas',
  confirmClear: '¿Eliminar todas las respuestas de este dispositivo? No se puede deshacer.',
  confirmClearYes: 'Sí, borrar respuestas',
  cancel: 'Cancelar',
  cleared: 'Las respuestas guardadas se borraron de este dispositivo.',
  draftDiscarded: 'Se descartó el borrador guardado.',
  gapCaption: 'Brechas por elemento',
  columns: { item: 'Elemento', group: 'Condición o función', difference: 'Diferencia', priority: 'Prioridad' },
  priority: (p) => ({ high: 'Alta', medium: 'Media', low: 'Baja' })[p],
  noComparison: 'Sin comparar',
  filterGroup: 'Condición o función',
  allGroups: 'Todas',
  minimumGap: 'Brecha mínima (puntos de la escala)',
  noRows: 'Ninguna brecha coincide con estos filtros.',
  noReport: 'Todavía no hay una comparación para mostrar.',
  downloadCsv: 'Descargar CSV',
  rowsShown: (shown, total) => `Se muestran ${shown} de ${total} elementos`,
  showMore: (count) => `Mostrar ${count} más`,
  showAll: (count) => `Mostrar los ${count}`,
  sortBy: (column) => `Ordenar por ${column}`,
  respondents: (n) => `n = ${n}`,
  radarSummary: (axes, series) => `Gráfico radial de ${axes} ejes que compara ${series.join(', ')}. Los mismos datos están en la tabla que sigue.`,
  showTable: 'Mostrar tabla de datos',
  hideTable: 'Ocultar tabla de datos',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  axis: 'Eje',
  noData: 'Todavía no hay datos para graficar.',
  noValue: 'sin valor',
  chartKeys: 'Use las flechas para moverse entre los puntos.',
  steps: { rate: '1. Calificar', results: '2. Resultados', export: '3. Guardar y compartir' },
  stepsLabel: 'Pasos',
  loading: 'Cargando el marco…',
  frameworkError: (source) => `El marco de ${source} no se puede usar:`,
  loadFailed: (source, reason) => `No se pudo cargar el marco de ${source} (${reason}).`,
  compareWith: 'Comparar con una evaluación de un socio o de referencia (archivo JSON)',
  compareHint: 'La calificación de un socio sobre la misma organización se muestra como "socio"; una autoevaluación anterior, como "referencia".',
  comparingWith: (label) => `Comparando con: ${label}`,
  compareError: 'Ese archivo no es una evaluación que esta página pueda comparar:',
  targetLabel: (value) => `Meta (${value})`,
  selfLabel: 'Autoevaluación',
  viewBy: 'Mostrar el gráfico por',
  viewConditions: 'condición',
  viewElements: 'elemento',
  downloadJson: 'Descargar respuestas (JSON)',
  print: 'Imprimir',
  submit: 'Enviar',
  submitting: 'Enviando…',
  submitted: 'Enviado. Gracias.',
  submitFailed: (reason) => `No se pudo enviar (${reason}).`,
  retry: 'Intentar de nuevo',
  answersKept: 'Sus respuestas siguen aquí; no se perdió nada.',
  radarHeading: (subject) => `${subject}: calificaciones por área`,
  continueToResults: 'Ver resultados',
};

const STRINGS: Record<Lang, Strings> = { en, es };

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's; Spanish when that starts with "es", English otherwise.
 */
export function langOf(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.toLowerCase().startsWith('es') ? 'es' : 'en';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return (element.ownerDocument.documentElement.lang || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The interface strings for a language. */
export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
