// The words of <sos-self-assessment>'s frame and rating step in English and Spanish (the later
// steps' words load with them: steps.strings.ts). Each element carries only its own
// strings, so an element used alone does not ship the others'. Framework text (statements, scale
// labels) comes from the framework itself. Keys are grouped by step so they never collide with
// the other elements' keys in the combined table (i18n/strings.ts).
import type { Lang, OrganizationType } from '@sos-kit/core';

export interface SelfAssessmentStrings {
  steps: { rate: string; results: string; review: string; reviewSave: string; plan: string };
  stepsLabel: string;
  loading: string;
  frameworkError: (source: string) => string;
  loadFailed: (source: string, reason: string) => string;
  notBuiltIn: string;
  noSuchLevel: (level: string) => string;
  organizationTypes: Record<OrganizationType, string>;
  /** Shown in a step while its code loads (results, review, plan come on demand). */
  stepLoading: string;
  /** A step's code could not be loaded (e.g. the connection dropped). */
  stepLoadFailed: string;
  tryAgain: string;
  rate: {
    headingSelf: (subject: string) => string;
    headingPartner: (subject: string, rater: string) => string;
    introSelf: string;
    introPartner: (subject: string) => string;
    continueToResults: string;
  };
}

const en: SelfAssessmentStrings = {
  steps: { rate: '1. Rate', results: '2. Results', review: '3. Review and submit', reviewSave: '3. Review and save', plan: '4. Plan' },
  stepsLabel: 'Steps',
  loading: 'Loading the framework…',
  frameworkError: (source) => `The framework from ${source} cannot be used:`,
  loadFailed: (source, reason) => `The framework could not be loaded from ${source} (${reason}).`,
  notBuiltIn: 'not a built-in framework id',
  noSuchLevel: (level) => `it has no level "${level}"`,
  organizationTypes: { school: 'school', district: 'school district', coe: 'county office of education', 'state-agency': 'state agency', other: 'organization' },
  stepLoading: 'Loading this step…',
  stepLoadFailed: 'This step could not be loaded. Check your connection and try again. Your answers are kept.',
  tryAgain: 'Try again',
  rate: {
    headingSelf: (subject) => `Rate ${subject}`,
    headingPartner: (subject, rater) => `Rate ${subject}, as ${rater} sees it`,
    introSelf: 'How well do we do each of these? Choose the level that fits best today, and note what your rating is based on.',
    introPartner: (subject) => `How well does ${subject} do each of these? Rate what you see as its partner, and note what your rating is based on.`,
    continueToResults: 'See results',
  },
};

const es: SelfAssessmentStrings = {
  steps: { rate: '1. Calificar', results: '2. Resultados', review: '3. Revisar y enviar', reviewSave: '3. Revisar y guardar', plan: '4. Plan de mejora' },
  stepsLabel: 'Pasos',
  loading: 'Cargando el marco…',
  frameworkError: (source) => `El marco de ${source} no se puede usar:`,
  loadFailed: (source, reason) => `No se pudo cargar el marco de ${source} (${reason}).`,
  notBuiltIn: 'no es un marco incluido',
  noSuchLevel: (level) => `no tiene el nivel «${level}»`,
  organizationTypes: { school: 'escuela', district: 'distrito escolar', coe: 'oficina de educación del condado', 'state-agency': 'agencia estatal', other: 'organización' },
  stepLoading: 'Cargando este paso…',
  stepLoadFailed: 'No se pudo cargar este paso. Revise su conexión e inténtelo de nuevo. Sus respuestas se conservan.',
  tryAgain: 'Intentar de nuevo',
  rate: {
    headingSelf: (subject) => `Calificar a ${subject}`,
    headingPartner: (subject, rater) => `Calificar a ${subject}, según ${rater}`,
    introSelf: '¿Qué tan bien hacemos cada una de estas cosas? Elija el nivel que mejor describe la situación actual y anote en qué se basa.',
    introPartner: (subject) => `¿Qué tan bien hace ${subject} cada una de estas cosas? Califique lo que observa como socio y anote en qué se basa.`,
    continueToResults: 'Ver resultados',
  },
};

export const SELF_ASSESSMENT_STRINGS: Record<Lang, SelfAssessmentStrings> = { en, es };
