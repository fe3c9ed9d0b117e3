// The interface words of <sos-rubric> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself.
import type { Lang, NonScoredAnswer } from '@sos-kit/core';

export interface RubricStrings {
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
}

const en: RubricStrings = {
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
};

const es: RubricStrings = {
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
};

export const RUBRIC_STRINGS: Record<Lang, RubricStrings> = { en, es };
