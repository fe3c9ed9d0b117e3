import { expect } from '@open-wc/testing';
import { GAP_TABLE_STRINGS } from '../gap-table/gap-table.strings.js';
import { IMPROVEMENT_PLAN_STRINGS_EN } from '../improvement-plan/improvement-plan.strings.js';
import { RUBRIC_STRINGS } from '../rubric/rubric.strings.js';
import { SELF_ASSESSMENT_STRINGS } from '../self-assessment/self-assessment.strings.js';
import { STEPS_STRINGS } from '../self-assessment/steps.strings.js';

/**
 * The English a person reads is US English, as California's education system writes it
 * ("organization", "prioritize"). Every English text of these elements is checked, including
 * the ones built from values: each function is called with sample arguments of every kind.
 */
const BRITISH = /\b(organis\w*|prioritis\w*|recognis\w*|summaris\w*|colour\w*|behaviour\w*|centre\w*|analys(e|ed|es|ing)\b|favour\w*|programme\w*)/i;

/** Every text a strings table can produce, with where it comes from. */
function texts(value: unknown, at: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (typeof value === 'function') {
    const samples: unknown[] = ['Sample Unified', 'Sierra Vista County Office of Education', 'district', 3, 'high', 'ascending', 'number', '2025-26'];
    for (const sample of samples) {
      let produced: unknown;
      try {
        produced = (value as (...args: unknown[]) => unknown)(sample, sample, sample, sample);
      } catch {
        continue; // A function for other kinds of arguments: another sample fits it.
      }
      texts(produced, `${at}(${String(sample)})`, out);
    }
  } else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) texts(item, `${at}.${key}`, out);
  return out;
}

describe('English strings use US spelling', () => {
  const tables = { RUBRIC_STRINGS, SELF_ASSESSMENT_STRINGS, STEPS_STRINGS, GAP_TABLE_STRINGS, IMPROVEMENT_PLAN_STRINGS: { en: IMPROVEMENT_PLAN_STRINGS_EN } };
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: no British spellings in what a person reads`, () => {
      const all = texts(table.en, `${name}.en`);
      expect(all.length).to.be.greaterThan(20);
      expect(all.filter(([, text]) => BRITISH.test(text)).map(([at, text]) => `${at}: ${text}`)).to.deep.equal([]);
    });
  }
});
