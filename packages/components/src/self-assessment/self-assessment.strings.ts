// The interface words of <sos-self-assessment> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself.
import type { Lang } from '@sos-kit/core';

export interface SelfAssessmentStrings {
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

const en: SelfAssessmentStrings = {
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

const es: SelfAssessmentStrings = {
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

export const SELF_ASSESSMENT_STRINGS: Record<Lang, SelfAssessmentStrings> = { en, es };
