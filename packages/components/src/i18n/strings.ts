/**
 * Every string the elements show, in English and Spanish, for applications that want them all
 * (e.g. to translate or check them). The elements themselves import only their own table.
 */
import type { Lang } from '@sos-kit/core';
import { GAP_TABLE_STRINGS, type GapTableStrings } from '../gap-table/gap-table.strings.js';
import { RADAR_STRINGS_EN, type RadarStrings } from '../radar-chart/radar-chart.strings.js';
import { RADAR_STRINGS_ES } from '../radar-chart/radar-chart.strings.es.js';
import { RADAR_VIEW_STRINGS, type RadarViewStrings } from '../radar-chart/radar-chart.views.strings.js';
import { RUBRIC_STRINGS, type RubricStrings } from '../rubric/rubric.strings.js';
import { SELF_ASSESSMENT_STRINGS, type SelfAssessmentStrings } from '../self-assessment/self-assessment.strings.js';
import { STEPS_STRINGS, type StepsStrings } from '../self-assessment/steps.strings.js';

export { langOf } from './lang.js';

/** All interface strings of all elements. */
export type Strings = RubricStrings & GapTableStrings & RadarStrings & RadarViewStrings & SelfAssessmentStrings & StepsStrings;

/** The interface strings of every element for a language. */
export function stringsFor(lang: Lang): Strings {
  return { ...RUBRIC_STRINGS[lang], ...GAP_TABLE_STRINGS[lang], ...(lang === 'es' ? RADAR_STRINGS_ES : RADAR_STRINGS_EN), ...RADAR_VIEW_STRINGS[lang], ...SELF_ASSESSMENT_STRINGS[lang], ...STEPS_STRINGS[lang] };
}
