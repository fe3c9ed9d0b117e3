// The interface words of <sos-rubric> in English and Spanish. Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself.
import type { Lang, NonScoredAnswer } from '@sos-kit/core';

/** Who is rated, as the rubric words its questions. */
export interface Wording {
  perspective: 'self' | 'partner';
  /** The rated organization's name (used for partner ratings). */
  subject: string;
}

export interface RubricStrings {
  notApplicable: string;
  dontKnow: string;
  nonScored: (answer: NonScoredAnswer) => string;
  otherAnswers: string;
  evidenceLabel: string;
  evidenceHint: string;
  addEvidence: string;
  editEvidence: string;
  hideEvidence: string;
  characters: (used: string, max: string) => string;
  lookFors: string;
  showOriginal: string;
  hideOriginal: string;
  originalHeading: string;
  scaleKey: string;
  keyboardTip: string;
  progress: (answered: number, total: number) => string;
  groupProgress: (answered: number, total: number) => string;
  nextUnanswered: string;
  allAnswered: string;
  review: string;
  noAnswer: string;
  required: (missing: number) => string;
  noFramework: string;
  /** While the code that reads a stored draft back loads. */
  restoringDraft: string;
  /** That code could not be loaded: nothing is lost, the draft stays stored. */
  restoreFailed: string;
  tryAgain: string;
  unknownLevel: (level: string) => string;
  conditionsHeading: string;
  capacitiesHeading: string;
  sectionsLabel: string;
  sectionOf: (index: number, total: number) => string;
  sectionComplete: string;
  previousSection: string;
  nextSection: string;
  showSections: string;
  conditionsPrompt: (w: Wording) => string;
  capacitiesPrompt: (w: Wording) => string;
  partnerRating: (subject: string, rater: string) => string;
  /** Names the rated organization in a partner rating when no subject-name is given. */
  unnamedSubject: string;
  itemOf: (index: number, total: number) => string;
  restoredDraft: (when: string | undefined) => string;
  restoredSome: (when: string | undefined, restored: number) => string;
  notRestoredHeading: string;
  keptCopy: string;
  downloadCopy: string;
  replaceCopy: string;
  replacedCopy: string;
  problem: {
    unreadable: string;
    notADraft: string;
    otherFramework: (id: string) => string;
    otherLevel: (saved: string, current: string) => string;
    otherVersion: (saved: string, current: string) => string;
    unknownItem: (item: string, elsewhere: boolean) => string;
    invalidAnswer: (item: string, answer: string) => string;
    textTooLong: (item: string, length: string, max: string) => string;
    invalidText: (item: string) => string;
    details: string;
  };
  discardDraft: string;
  confirmDiscard: string;
  confirmDiscardYes: string;
  storageUnavailable: string;
  storageUnavailableShort: string;
  clearSaved: string;
  confirmClear: string;
  confirmClearYes: string;
  cancel: string;
  cleared: string;
  clearedNotOnDevice: string;
  draftDiscarded: string;
}

const en: RubricStrings = {
  notApplicable: 'Not applicable',
  dontKnow: "Don't know",
  nonScored: (answer) => (answer === 'not-applicable' ? en.notApplicable : en.dontKnow),
  otherAnswers: 'Or, if you cannot rate it:',
  evidenceLabel: 'Evidence and notes',
  evidenceHint: 'What is this rating based on? Documents, observations, data.',
  addEvidence: 'Add evidence',
  editEvidence: 'Evidence',
  hideEvidence: 'Hide evidence',
  characters: (used, max) => `${used} of ${max} characters`,
  lookFors: 'What to look for',
  showOriginal: 'Show the English original',
  hideOriginal: 'Hide the English original',
  originalHeading: 'English original',
  scaleKey: 'Rating scale',
  keyboardTip: 'Keyboard: press 1–5 to rate the focused item, Enter for the next item, Shift+Enter for the previous one.',
  progress: (answered, total) => `${answered} of ${total} answered`,
  groupProgress: (answered, total) => `${answered}/${total}`,
  nextUnanswered: 'Next unanswered',
  allAnswered: 'Every item is answered.',
  review: 'Review: answers are read-only.',
  noAnswer: 'No answer yet',
  required: (missing) => `${missing} ${missing === 1 ? 'item needs' : 'items need'} an answer.`,
  noFramework: 'No framework loaded.',
  restoringDraft: 'Restoring your saved answers…',
  restoreFailed: 'Your saved answers could not be restored just now: the page could not load what it needs. Nothing was lost; they are still saved in this browser. Check your connection and try again.',
  tryAgain: 'Try again',
  unknownLevel: (level) => `This framework has no "${level}" level.`,
  conditionsHeading: 'Enabling conditions',
  capacitiesHeading: 'Capacities',
  sectionsLabel: 'Sections',
  sectionOf: (index, total) => `Section ${index} of ${total}`,
  sectionComplete: 'complete',
  previousSection: 'Previous section',
  nextSection: 'Next section',
  showSections: 'All sections',
  conditionsPrompt: (w) => (w.perspective === 'partner' ? `How well does ${w.subject} have each of these in place?` : 'How well do we have each of these in place?'),
  capacitiesPrompt: (w) => (w.perspective === 'partner' ? `How well does ${w.subject} show each of these capacities?` : 'How well do we show each of these capacities?'),
  partnerRating: (subject, rater) => `Partner rating of ${subject}${rater ? ` by ${rater}` : ''}`,
  unnamedSubject: 'the organization',
  itemOf: (index, total) => `Item ${index} of ${total}`,
  restoredDraft: (when) => (when ? `Restored your saved draft from ${when}.` : 'Restored your saved draft.'),
  restoredSome: (when, restored) =>
    `${when ? `Your saved draft from ${when} was restored in part` : 'Your saved draft was restored in part'}: ${restored} ${restored === 1 ? 'answer' : 'answers'} came back.`,
  notRestoredHeading: 'What could not be restored:',
  keptCopy: 'The saved copy is kept on this device exactly as it was until you choose what to do. Your new answers are saved separately.',
  downloadCopy: 'Download the saved copy',
  replaceCopy: 'Keep these answers and delete the old copy',
  replacedCopy: 'The old saved copy was replaced by the answers on screen.',
  problem: {
    unreadable: 'The saved copy is damaged and could not be read, so no answers came back from it.',
    notADraft: 'The saved copy is not a draft of this form, so no answers came back from it.',
    otherFramework: (id) => `The saved copy was made with another framework ("${id}"), so its answers do not apply here.`,
    otherLevel: (saved, current) => `The saved copy rates the ${saved} level; this form rates the ${current} level, so its answers do not apply here.`,
    otherVersion: (saved, current) => `The saved copy was made with version ${saved} of the framework; this form uses version ${current}. Answers were matched to items by their identifiers: check them before you submit.`,
    unknownItem: (item, elsewhere) =>
      elsewhere ? `An answer for "${item}", which belongs to another level of the framework.` : `An answer for an item this version of the framework no longer has ("${item}").`,
    invalidAnswer: (item, answer) => `"${item}": the saved answer (${answer}) is not on this rating scale.`,
    textTooLong: (item, length, max) => `"${item}": the evidence was ${length} characters long, more than the ${max} allowed. The first ${max} are restored; the full text is in the saved copy.`,
    invalidText: (item) => `"${item}": the saved evidence was not text.`,
    details: 'Some details of the draft (such as who is rated, dates or targets) could not be read and were reset.',
  },
  discardDraft: 'Discard draft',
  confirmDiscard: 'Discard the saved draft and every answer on screen? This cannot be undone.',
  confirmDiscardYes: 'Yes, discard the draft',
  storageUnavailable: "Your answers can't be saved in this browser (storage is full or turned off). Keep this page open until you have submitted or downloaded them.",
  storageUnavailableShort: 'Not saved on this device: keep this page open.',
  clearSaved: 'Clear saved answers',
  confirmClear: 'Remove all answers from this device? This cannot be undone.',
  confirmClearYes: 'Yes, clear answers',
  cancel: 'Cancel',
  cleared: 'Saved answers were cleared from this device.',
  clearedNotOnDevice: "The answers on this page were cleared. This browser's storage could not be reached, so anything saved on this device earlier may still be there.",
  draftDiscarded: 'The saved draft was discarded.',
};

const es: RubricStrings = {
  notApplicable: 'No aplica',
  dontKnow: 'No sé',
  nonScored: (answer) => (answer === 'not-applicable' ? es.notApplicable : es.dontKnow),
  otherAnswers: 'O bien, si no puede calificarlo:',
  evidenceLabel: 'Evidencia y notas',
  evidenceHint: '¿En qué se basa esta calificación? Documentos, observaciones, datos.',
  addEvidence: 'Agregar evidencia',
  editEvidence: 'Evidencia',
  hideEvidence: 'Ocultar evidencia',
  characters: (used, max) => `${used} de ${max} caracteres`,
  lookFors: 'Qué observar',
  showOriginal: 'Ver original en inglés',
  hideOriginal: 'Ocultar el original en inglés',
  originalHeading: 'Original en inglés',
  scaleKey: 'Escala de calificación',
  keyboardTip: 'Teclado: pulse 1–5 para calificar el elemento enfocado, Intro para el siguiente y Mayús+Intro para el anterior.',
  progress: (answered, total) => `${answered} de ${total} respondidos`,
  groupProgress: (answered, total) => `${answered}/${total}`,
  nextUnanswered: 'Siguiente sin responder',
  allAnswered: 'Todos los elementos están respondidos.',
  review: 'Revisión: las respuestas son de solo lectura.',
  noAnswer: 'Sin respuesta todavía',
  required: (missing) => `${missing} ${missing === 1 ? 'elemento necesita' : 'elementos necesitan'} una respuesta.`,
  noFramework: 'No se ha cargado un marco.',
  restoringDraft: 'Recuperando sus respuestas guardadas…',
  restoreFailed: 'Ahora no se pudieron recuperar sus respuestas guardadas: la página no pudo cargar lo que necesita. No se perdió nada; siguen guardadas en este navegador. Revise su conexión e inténtelo de nuevo.',
  tryAgain: 'Intentar de nuevo',
  unknownLevel: (level) => `Este marco no tiene el nivel "${level}".`,
  conditionsHeading: 'Condiciones habilitantes',
  capacitiesHeading: 'Capacidades',
  sectionsLabel: 'Secciones',
  sectionOf: (index, total) => `Sección ${index} de ${total}`,
  sectionComplete: 'completa',
  previousSection: 'Sección anterior',
  nextSection: 'Sección siguiente',
  showSections: 'Todas las secciones',
  conditionsPrompt: (w) => (w.perspective === 'partner' ? `¿En qué medida tiene ${w.subject} cada uno de estos aspectos establecido?` : '¿En qué medida tenemos cada uno de estos aspectos establecido?'),
  capacitiesPrompt: (w) => (w.perspective === 'partner' ? `¿En qué medida demuestra ${w.subject} cada una de estas capacidades?` : '¿En qué medida demostramos cada una de estas capacidades?'),
  partnerRating: (subject, rater) => `Calificación de ${subject} hecha por un socio${rater ? ` (${rater})` : ''}`,
  unnamedSubject: 'la organización',
  itemOf: (index, total) => `Elemento ${index} de ${total}`,
  restoredDraft: (when) => (when ? `Se recuperó su borrador guardado del ${when}.` : 'Se recuperó su borrador guardado.'),
  restoredSome: (when, restored) =>
    `${when ? `Su borrador guardado del ${when} se recuperó en parte` : 'Su borrador guardado se recuperó en parte'}: se recuperaron ${restored} ${restored === 1 ? 'respuesta' : 'respuestas'}.`,
  notRestoredHeading: 'Lo que no se pudo recuperar:',
  keptCopy: 'La copia guardada se conserva en este dispositivo tal como estaba hasta que usted decida qué hacer. Sus nuevas respuestas se guardan aparte.',
  downloadCopy: 'Descargar la copia guardada',
  replaceCopy: 'Conservar estas respuestas y borrar la copia anterior',
  replacedCopy: 'La copia guardada anterior se reemplazó con las respuestas en pantalla.',
  problem: {
    unreadable: 'La copia guardada está dañada y no se pudo leer, así que no se recuperó ninguna respuesta.',
    notADraft: 'La copia guardada no es un borrador de este formulario, así que no se recuperó ninguna respuesta.',
    otherFramework: (id) => `La copia guardada se hizo con otro marco ("${id}"), así que sus respuestas no corresponden aquí.`,
    otherLevel: (saved, current) => `La copia guardada califica el nivel ${saved}; este formulario califica el nivel ${current}, así que sus respuestas no corresponden aquí.`,
    otherVersion: (saved, current) => `La copia guardada se hizo con la versión ${saved} del marco; este formulario usa la versión ${current}. Las respuestas se asignaron a los elementos con el mismo identificador: revíselas antes de enviar.`,
    unknownItem: (item, elsewhere) =>
      elsewhere ? `Una respuesta para "${item}", que pertenece a otro nivel del marco.` : `Una respuesta para un elemento que esta versión del marco ya no tiene ("${item}").`,
    invalidAnswer: (item, answer) => `"${item}": la respuesta guardada (${answer}) no está en esta escala.`,
    textTooLong: (item, length, max) => `"${item}": la evidencia tenía ${length} caracteres, más de los ${max} permitidos. Se recuperaron los primeros ${max}; el texto completo está en la copia guardada.`,
    invalidText: (item) => `"${item}": la evidencia guardada no era texto.`,
    details: 'Algunos datos del borrador (como a quién se califica, las fechas o las metas) no se pudieron leer y se restablecieron.',
  },
  discardDraft: 'Descartar borrador',
  confirmDiscard: '¿Descartar el borrador guardado y todas las respuestas en pantalla? No se puede deshacer.',
  confirmDiscardYes: 'Sí, descartar el borrador',
  storageUnavailable: 'No se pueden guardar sus respuestas en este navegador (el almacenamiento está lleno o desactivado). Mantenga esta página abierta hasta enviarlas o descargarlas.',
  storageUnavailableShort: 'No se guarda en este dispositivo: mantenga esta página abierta.',
  clearSaved: 'Borrar respuestas guardadas',
  confirmClear: '¿Eliminar todas las respuestas de este dispositivo? No se puede deshacer.',
  confirmClearYes: 'Sí, borrar respuestas',
  cancel: 'Cancelar',
  cleared: 'Las respuestas guardadas se borraron de este dispositivo.',
  clearedNotOnDevice: 'Se borraron las respuestas de esta página. No se pudo acceder al almacenamiento del navegador, así que lo que se haya guardado antes en este dispositivo puede seguir ahí.',
  draftDiscarded: 'Se descartó el borrador guardado.',
};

export const RUBRIC_STRINGS: Record<Lang, RubricStrings> = { en, es };
