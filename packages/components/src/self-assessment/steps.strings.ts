// The words of <sos-self-assessment>'s steps after rating (results, review and submit, plan,
// printed report) in English and Spanish. They load with those steps (steps.ts), not up front.
import type { Lang, PartnerPerspective, SystemLevel } from '@sos-kit/core';

type Relationship = NonNullable<PartnerPerspective['relationship']>;

export interface StepsStrings {
  /** Level names as running text ("a school district"). */
  levelNames: Record<SystemLevel, string>;
  relationships: Record<Relationship, string>;
  results: {
    heading: string;
    summaryHeading: string;
    overall: string;
    score: (value: string, max: string) => string;
    noScore: string;
    completion: (answered: number, total: number, percent: string) => string;
    prioritiesHeading: string;
    priorityLine: (item: string, group: string, now: string, target: string) => string;
    priorityWords: Record<'high' | 'medium' | 'low', string>;
    noPriorities: string;
    noPrioritiesYet: string;
    needMore: (needed: number, total: number, area: string) => string;
    chartHeading: (subject: string) => string;
    chartNote: string;
    viewBy: string;
    viewConditions: string;
    viewElements: string;
    selfLabel: string;
    targetLabel: (value: string) => string;
    partnerSeries: (rater: string) => string;
    baselineSeries: (when: string) => string;
    tableHeading: string;
    backToItem: string;
  };
  compare: {
    heading: string;
    hint: string;
    choose: string;
    remove: string;
    comparingWith: (label: string) => string;
    removed: string;
    errorSummary: (file: string) => string;
    notJson: string;
    notAssessment: string;
    otherFramework: (id: string) => string;
    otherLevel: (fileLevel: string, pageLevel: string) => string;
    otherSubject: (fileSubject: string, subject: string) => string;
    bothPartner: string;
    invalid: string;
    details: string;
  };
  reviewStep: {
    heading: string;
    headingSave: string;
    whoHeading: string;
    ratesItself: (subject: string, level: string) => string;
    ratesPartner: (rater: string, subject: string, level: string) => string;
    relationship: (words: string) => string;
    yourName: string;
    yourRole: string;
    optional: string;
    schoolYear: string;
    schoolYearHint: string;
    chooseYear: string;
    completionHeading: string;
    completion: (answered: number, total: number, percent: string) => string;
    allAnswered: string;
    fewAnswered: (answered: number, total: number) => string;
    goAnswer: string;
    nextHeading: string;
    whatNextSubmit: string;
    whatNextNoSubmit: string;
    confirm: string;
    confirmNeeded: string;
    saveHeading: string;
  };
  submission: {
    submit: string;
    submitting: string;
    retry: string;
    resubmit: string;
    doneHeading: string;
    received: (when: string) => string;
    reference: (id: string, version: string) => string;
    changedSince: (count: number) => string;
    serverError: (status: number) => string;
    offline: string;
    network: string;
    closed: string;
    tooLarge: string;
    busy: (seconds: number | undefined) => string;
    rejected: (status: number) => string;
    unexpectedAnswer: string;
    fieldEvidence: (item: string) => string;
    fieldNotes: (item: string) => string;
    fieldRating: (item: string) => string;
    fieldName: string;
    fieldRole: string;
    fieldYear: string;
  };
  team: {
    heading: string;
    hint: string;
    partnerHeading: string;
    partnerHint: (rater: string) => string;
    elementHeading: string;
    partnerElementHeading: string;
  };
  plan: {
    startHeading: string;
    startHint: string;
    start: string;
    open: string;
    noGaps: string;
    heading: string;
    intro: string;
    drafted: (aims: number) => string;
    backToResults: string;
  };
  downloadJson: string;
  downloadCsvAnswers: string;
  printReport: string;
  report: {
    heading: (subject: string) => string;
    subject: string;
    ratedBy: string;
    self: string;
    level: string;
    framework: string;
    schoolYear: string;
    respondent: string;
    status: string;
    draft: string;
    submittedOn: (when: string) => string;
    printed: string;
    answersHeading: string;
    unanswered: string;
    evidence: string;
    notes: string;
    none: string;
  };
}

const en: StepsStrings = {
  levelNames: { school: 'school', district: 'school district', coe: 'county office of education', 'geo-lead': 'Geographic Lead Agency', state: 'state agency' },
  relationships: {
    'differentiated-assistance': 'differentiated assistance',
    'geo-lead-support': 'Geographic Lead support',
    'state-support': 'state support',
    other: 'partnership',
  },
  results: {
    heading: 'Results',
    summaryHeading: 'Summary',
    overall: 'Overall',
    score: (value, max) => `${value} of ${max}`,
    noScore: 'no score yet',
    completion: (answered, total, percent) => `${answered} of ${total} items answered (${percent})`,
    prioritiesHeading: 'Top priorities',
    priorityLine: (item, group, now, target) => `${item} (${group}): now ${now}, target ${target}`,
    priorityWords: { high: 'high priority', medium: 'medium priority', low: 'low priority' },
    noPriorities: 'No gaps to the target: every answered item is at or above it.',
    noPrioritiesYet: 'No priorities yet: answer items to see where support is needed most.',
    needMore: (needed, total, area) => `Answer at least ${needed} of ${total} items in ${area} to see its score.`,
    chartHeading: (subject) => `Ratings by area: ${subject}`,
    chartNote: 'Areas without a score are left open on the chart.',
    viewBy: 'Show the chart by',
    viewConditions: 'condition and role',
    viewElements: 'element',
    selfLabel: 'Self',
    targetLabel: (value) => `Target (${value})`,
    partnerSeries: (rater) => `Partner rating by ${rater}`,
    baselineSeries: (when) => `Earlier self-assessment, ${when}`,
    tableHeading: 'Gaps by item',
    backToItem: 'Choose an item in the table to go back and change its rating.',
  },
  compare: {
    heading: 'Compare with another rating',
    hint: 'Load a partner rating of the same organization (for example from your county office) or an earlier self-assessment, saved as JSON from this tool.',
    choose: 'Load a comparison file…',
    remove: 'Remove comparison',
    comparingWith: (label) => `Comparing with: ${label}`,
    removed: 'Comparison removed. Showing your ratings against the target.',
    errorSummary: (file) => `“${file}” cannot be compared.`,
    notJson: 'It is not a JSON file saved from this tool.',
    notAssessment: 'It is not an assessment (no ratings were found in it).',
    otherFramework: (id) => `It was made with another framework (${id}).`,
    otherLevel: (fileLevel, pageLevel) => `It rates a ${fileLevel}, but this page rates a ${pageLevel}. Load a ${pageLevel} assessment instead.`,
    otherSubject: (fileSubject, subject) => `It rates ${fileSubject}, not ${subject}.`,
    bothPartner: 'Both are partner ratings; load the self-assessment to compare with.',
    invalid: 'Some of its content does not fit this framework.',
    details: 'Details for your technical team',
  },
  reviewStep: {
    heading: 'Review and submit',
    headingSave: 'Review and save',
    whoHeading: 'Who is rating whom',
    ratesItself: (subject, level) => `${subject} rates itself (a self-assessment of a ${level}).`,
    ratesPartner: (rater, subject, level) => `${rater} rates ${subject} (a partner rating of a ${level}).`,
    relationship: (words) => `They work together through ${words}.`,
    yourName: 'Your name',
    yourRole: 'Your role',
    optional: '(optional)',
    schoolYear: 'School year the ratings describe',
    schoolYearHint: 'Used to compare with later years.',
    chooseYear: 'Choose a school year',
    completionHeading: 'How complete',
    completion: (answered, total, percent) => `You answered ${answered} of ${total} items (${percent}).`,
    allAnswered: 'Every item has an answer.',
    fewAnswered: (answered, total) => `Only ${answered} of ${total} items are answered. Most areas will have no score. You can still submit, but the results will say little.`,
    goAnswer: 'Answer the remaining items',
    nextHeading: 'What happens next',
    whatNextSubmit: 'Submitting sends a copy of your answers to the team that runs this self-assessment. Your answers stay in this browser: you can change them and submit again, and the latest submission counts.',
    whatNextNoSubmit: 'This page does not collect answers. Download them or print the report to share them with your team.',
    confirm: 'I have reviewed the answers and they are ready to send.',
    confirmNeeded: 'Tick the box to confirm you have reviewed the answers, then submit.',
    saveHeading: 'Save a copy',
  },
  submission: {
    submit: 'Submit answers',
    submitting: 'Submitting…',
    retry: 'Try again',
    resubmit: 'Submit the changes',
    doneHeading: 'Answers submitted',
    received: (when) => `Received on ${when}. Thank you.`,
    reference: (id, version) => `Reference ${id}, version ${version}.`,
    changedSince: (count) => (count === 1 ? 'You changed 1 answer since you submitted. The change has not been sent.' : `You changed ${count} answers since you submitted. The changes have not been sent.`),
    serverError: (status) => `The server could not save your answers (error ${status}). Nothing was lost. Try again.`,
    offline: 'You are offline, so the answers could not be sent. Nothing was lost. Connect to the internet and try again.',
    network: 'The server could not be reached. Nothing was lost. Check your connection and try again.',
    closed: 'This collection is closed and no longer accepts answers. Nothing was lost: download your answers and send them to the person who asked you to rate.',
    tooLarge: 'Your answers are too large for the server to accept (error 413). Nothing was lost. Shorten the longest evidence texts and try again, or download your answers.',
    busy: (seconds) => (seconds ? `The server is busy (error 429). Nothing was lost. Try again in ${seconds} seconds.` : 'The server is busy (error 429). Nothing was lost. Try again in a minute.'),
    rejected: (status) => `The server did not accept the answers (error ${status}). Nothing was lost. Fix what it found, then try again:`,
    unexpectedAnswer: 'The server answered in a way this page does not understand, so it is not certain the answers were saved. Nothing was lost. Try again.',
    fieldEvidence: (item) => `Evidence for “${item}”`,
    fieldNotes: (item) => `Notes for “${item}”`,
    fieldRating: (item) => `Rating of “${item}”`,
    fieldName: 'Your name',
    fieldRole: 'Your role',
    fieldYear: 'School year',
  },
  team: {
    heading: 'Your team’s ratings',
    hint: 'Everyone on the team who rated, side by side: where you agree, and where a conversation is worth having.',
    partnerHeading: 'Self and partner, item by item',
    partnerHint: (rater) => `Where ${rater} sees it higher or lower than the self-rating, the largest differences first.`,
    elementHeading: 'Team results',
    partnerElementHeading: 'Self-rating and partner rating',
  },
  plan: {
    startHeading: 'Next: an improvement plan',
    startHint: 'Turn the largest gaps into up to three aims for your team to talk over. The plan asks the three questions of the Model for Improvement; every suggestion is yours to rewrite.',
    start: 'Start an improvement plan from these gaps',
    open: 'Open the improvement plan',
    noGaps: 'No item shows a gap yet: rate a few more, or start a plan with an aim of your own.',
    heading: 'From the results to a plan',
    intro: 'The largest gaps are drafted as aims for your team to rewrite in its own words. Take the three questions one at a time; only an aim is needed to save.',
    drafted: (aims) => (aims === 0 ? 'A plan was started with one empty aim.' : aims === 1 ? 'A plan was drafted with 1 aim from the largest gap.' : `A plan was drafted with ${aims} aims from the largest gaps.`),
    backToResults: 'Back to the results',
  },
  downloadJson: 'Download answers (JSON)',
  downloadCsvAnswers: 'Download answers (CSV)',
  printReport: 'Print report',
  report: {
    heading: (subject) => `Self-assessment report: ${subject}`,
    subject: 'Organization rated',
    ratedBy: 'Rated by',
    self: 'the organization itself',
    level: 'Level',
    framework: 'Framework',
    schoolYear: 'School year',
    respondent: 'Answered by',
    status: 'Status',
    draft: 'draft, not submitted',
    submittedOn: (when) => `submitted on ${when}`,
    printed: 'Printed',
    answersHeading: 'Every answer',
    unanswered: 'No answer',
    evidence: 'Evidence',
    notes: 'Notes',
    none: 'not given',
  },
};

const es: StepsStrings = {
  levelNames: { school: 'escuela', district: 'distrito escolar', coe: 'oficina de educación del condado', 'geo-lead': 'agencia líder geográfica', state: 'agencia estatal' },
  relationships: {
    'differentiated-assistance': 'la asistencia diferenciada',
    'geo-lead-support': 'el apoyo de la agencia líder geográfica',
    'state-support': 'el apoyo estatal',
    other: 'una colaboración',
  },
  results: {
    heading: 'Resultados',
    summaryHeading: 'Resumen',
    overall: 'General',
    score: (value, max) => `${value} de ${max}`,
    noScore: 'todavía sin puntuación',
    completion: (answered, total, percent) => `${answered} de ${total} elementos respondidos (${percent})`,
    prioritiesHeading: 'Prioridades principales',
    priorityLine: (item, group, now, target) => `${item} (${group}): ahora ${now}, meta ${target}`,
    priorityWords: { high: 'prioridad alta', medium: 'prioridad media', low: 'prioridad baja' },
    noPriorities: 'No hay brechas con la meta: cada elemento respondido está en la meta o por encima.',
    noPrioritiesYet: 'Todavía no hay prioridades: responda elementos para ver dónde se necesita más apoyo.',
    needMore: (needed, total, area) => `Responda al menos ${needed} de ${total} elementos de ${area} para ver su puntuación.`,
    chartHeading: (subject) => `Calificaciones por área: ${subject}`,
    chartNote: 'Las áreas sin puntuación quedan abiertas en el gráfico.',
    viewBy: 'Mostrar el gráfico por',
    viewConditions: 'condición y función',
    viewElements: 'elemento',
    selfLabel: 'Autoevaluación',
    targetLabel: (value) => `Meta (${value})`,
    partnerSeries: (rater) => `Calificación del socio ${rater}`,
    baselineSeries: (when) => `Autoevaluación anterior, ${when}`,
    tableHeading: 'Brechas por elemento',
    backToItem: 'Elija un elemento de la tabla para volver y cambiar su calificación.',
  },
  compare: {
    heading: 'Comparar con otra calificación',
    hint: 'Cargue la calificación de un socio sobre la misma organización (por ejemplo, de su oficina del condado) o una autoevaluación anterior, guardada como JSON con esta herramienta.',
    choose: 'Cargar un archivo para comparar…',
    remove: 'Quitar la comparación',
    comparingWith: (label) => `Comparando con: ${label}`,
    removed: 'Se quitó la comparación. Se muestran sus calificaciones frente a la meta.',
    errorSummary: (file) => `“${file}” no se puede comparar.`,
    notJson: 'No es un archivo JSON guardado con esta herramienta.',
    notAssessment: 'No es una evaluación (no contiene calificaciones).',
    otherFramework: (id) => `Se hizo con otro marco (${id}).`,
    otherLevel: (fileLevel, pageLevel) => `Es una evaluación de nivel ${fileLevel}, pero esta página califica el nivel ${pageLevel}. Cargue una evaluación de nivel ${pageLevel}.`,
    otherSubject: (fileSubject, subject) => `Califica a ${fileSubject}, no a ${subject}.`,
    bothPartner: 'Ambas son calificaciones de socios; cargue la autoevaluación para comparar.',
    invalid: 'Parte de su contenido no corresponde a este marco.',
    details: 'Detalles para su equipo técnico',
  },
  reviewStep: {
    heading: 'Revisar y enviar',
    headingSave: 'Revisar y guardar',
    whoHeading: 'Quién califica a quién',
    ratesItself: (subject, level) => `${subject} se califica a sí mismo (autoevaluación de nivel ${level}).`,
    ratesPartner: (rater, subject, level) => `${rater} califica a ${subject} (calificación de socio, nivel ${level}).`,
    relationship: (words) => `Colaboran mediante ${words}.`,
    yourName: 'Su nombre',
    yourRole: 'Su cargo',
    optional: '(opcional)',
    schoolYear: 'Año escolar que describen las calificaciones',
    schoolYearHint: 'Sirve para comparar con años posteriores.',
    chooseYear: 'Elija un año escolar',
    completionHeading: 'Qué tan completo está',
    completion: (answered, total, percent) => `Respondió ${answered} de ${total} elementos (${percent}).`,
    allAnswered: 'Todos los elementos tienen respuesta.',
    fewAnswered: (answered, total) => `Solo ${answered} de ${total} elementos tienen respuesta. La mayoría de las áreas no tendrá puntuación. Puede enviar de todos modos, pero los resultados dirán poco.`,
    goAnswer: 'Responder los elementos que faltan',
    nextHeading: 'Qué pasa después',
    whatNextSubmit: 'Al enviar, una copia de sus respuestas llega al equipo que coordina esta autoevaluación. Sus respuestas siguen en este navegador: puede cambiarlas y enviar de nuevo; cuenta el último envío.',
    whatNextNoSubmit: 'Esta página no recoge respuestas. Descárguelas o imprima el informe para compartirlas con su equipo.',
    confirm: 'Revisé las respuestas y están listas para enviar.',
    confirmNeeded: 'Marque la casilla para confirmar que revisó las respuestas y luego envíe.',
    saveHeading: 'Guardar una copia',
  },
  submission: {
    submit: 'Enviar respuestas',
    submitting: 'Enviando…',
    retry: 'Intentar de nuevo',
    resubmit: 'Enviar los cambios',
    doneHeading: 'Respuestas enviadas',
    received: (when) => `Recibidas el ${when}. Gracias.`,
    reference: (id, version) => `Referencia ${id}, versión ${version}.`,
    changedSince: (count) => (count === 1 ? 'Cambió 1 respuesta después de enviar. El cambio no se ha enviado.' : `Cambió ${count} respuestas después de enviar. Los cambios no se han enviado.`),
    serverError: (status) => `El servidor no pudo guardar sus respuestas (error ${status}). No se perdió nada. Intente de nuevo.`,
    offline: 'No hay conexión a internet, así que no se enviaron las respuestas. No se perdió nada. Conéctese e intente de nuevo.',
    network: 'No se pudo contactar con el servidor. No se perdió nada. Revise su conexión e intente de nuevo.',
    closed: 'Esta recolección está cerrada y ya no acepta respuestas. No se perdió nada: descargue sus respuestas y envíelas a quien le pidió calificar.',
    tooLarge: 'Sus respuestas son demasiado grandes para el servidor (error 413). No se perdió nada. Acorte las evidencias más largas e intente de nuevo, o descargue sus respuestas.',
    busy: (seconds) => (seconds ? `El servidor está ocupado (error 429). No se perdió nada. Intente de nuevo en ${seconds} segundos.` : 'El servidor está ocupado (error 429). No se perdió nada. Intente de nuevo en un minuto.'),
    rejected: (status) => `El servidor no aceptó las respuestas (error ${status}). No se perdió nada. Corrija lo que encontró e intente de nuevo:`,
    unexpectedAnswer: 'El servidor respondió de una forma que esta página no entiende, así que no es seguro que se guardaran. No se perdió nada. Intente de nuevo.',
    fieldEvidence: (item) => `Evidencia de «${item}»`,
    fieldNotes: (item) => `Notas de «${item}»`,
    fieldRating: (item) => `Calificación de «${item}»`,
    fieldName: 'Su nombre',
    fieldRole: 'Su cargo',
    fieldYear: 'Año escolar',
  },
  team: {
    heading: 'Las calificaciones de su equipo',
    hint: 'Todas las personas del equipo que calificaron, una al lado de otra: en qué coinciden y dónde conviene conversar.',
    partnerHeading: 'Autoevaluación y socio, aspecto por aspecto',
    partnerHint: (rater) => `Dónde ${rater} ve más o menos que la autoevaluación, primero las diferencias más grandes.`,
    elementHeading: 'Resultados del equipo',
    partnerElementHeading: 'Autoevaluación y calificación del socio',
  },
  plan: {
    startHeading: 'Siguiente: un plan de mejora',
    startHint: 'Convierta las brechas más grandes en hasta tres objetivos para conversar en equipo. El plan plantea las tres preguntas del Modelo para la Mejora; cada sugerencia se puede reescribir.',
    start: 'Empezar un plan de mejora con estas brechas',
    open: 'Abrir el plan de mejora',
    noGaps: 'Todavía ningún aspecto muestra una brecha: califique algunos más o empiece un plan con un objetivo propio.',
    heading: 'De los resultados a un plan',
    intro: 'Las brechas más grandes se proponen como objetivos para que su equipo las reescriba con sus propias palabras. Respondan las tres preguntas de una en una; para guardar basta con un objetivo.',
    drafted: (aims) => (aims === 0 ? 'Se empezó un plan con un objetivo vacío.' : aims === 1 ? 'Se preparó un borrador con 1 objetivo a partir de la brecha más grande.' : `Se preparó un borrador con ${aims} objetivos a partir de las brechas más grandes.`),
    backToResults: 'Volver a los resultados',
  },
  downloadJson: 'Descargar respuestas (JSON)',
  downloadCsvAnswers: 'Descargar respuestas (CSV)',
  printReport: 'Imprimir informe',
  report: {
    heading: (subject) => `Informe de autoevaluación: ${subject}`,
    subject: 'Organización calificada',
    ratedBy: 'Calificada por',
    self: 'la propia organización',
    level: 'Nivel',
    framework: 'Marco',
    schoolYear: 'Año escolar',
    respondent: 'Respondió',
    status: 'Estado',
    draft: 'borrador, sin enviar',
    submittedOn: (when) => `enviado el ${when}`,
    printed: 'Impreso',
    answersHeading: 'Todas las respuestas',
    unanswered: 'Sin respuesta',
    evidence: 'Evidencia',
    notes: 'Notas',
    none: 'no indicado',
  },
};

export const STEPS_STRINGS: Record<Lang, StepsStrings> = { en, es };
