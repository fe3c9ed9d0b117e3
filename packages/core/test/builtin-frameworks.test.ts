import { expect } from 'chai';
import {
  BUILT_IN_FRAMEWORKS,
  createAssessment,
  frameworkForLevel,
  instrumentFor,
  parseAssessment,
  scoreAssessment,
  isBuiltInFrameworkId,
  levelDescriptor,
  loadBuiltInFramework,
  localize,
  parseFramework,
  type Framework,
  type SystemLevel,
} from '../src/index.js';
import { applyTranslation, englishOnly, frameworkTexts, translationCoverage, translationOverlay, type TranslationOverlay } from '../src/frameworks/translation.js';
import { levelFiles } from '../../../scripts/framework-files.js';

const CONDITIONS_FRAMEWORK = 'ca-sos-conditions-capacities';
const PRINCIPLES_FRAMEWORK = 'ca-sos-effective-support-principles';

describe('built-in framework: Enabling Conditions and Capacities', () => {
  let framework: Framework;
  before(async () => {
    framework = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
  });

  describe('conditions', () => {
    it('has the 4 enabling conditions with 18 elements in the report order', () => {
      expect(framework.conditions?.map((c) => localize(c.name))).to.deep.equal([
        'Shared Purpose',
        'Culture of Mutual Trust',
        'Structures and Resources that Foster Collaborative Work',
        'Preparation and Mobilization of Improvement Capacities',
      ]);
      expect(framework.conditions?.map((c) => c.elements.length)).to.deep.equal([5, 5, 5, 3]);
    });

    it('describes every element at school, district, COE and state level (18 × 4)', () => {
      const elements = framework.conditions!.flatMap((c) => c.elements);
      expect(elements).to.have.length(18);
      for (const element of elements) {
        expect(Object.keys(element.descriptions).sort(), element.id).to.deep.equal(['coe', 'district', 'school', 'state']);
      }
    });

    it('keeps level-specific wording from Appendices A–D', () => {
      const trust = framework.conditions![1]!.elements.find((e) => e.id === 'mutual-trust.relational-trust')!;
      expect(localize(trust.descriptions.school!)).to.equal('Relational trust exists between and among staff, leaders, students, and families.');
      expect(localize(trust.descriptions.coe!)).to.equal('Trust exists among COE staff and between the COE and districts.');
      const time = framework.conditions![2]!.elements.find((e) => e.id === 'collaborative-structures.protected-time')!;
      expect(localize(time.descriptions.district!)).to.equal(
        'Collective bargaining agreements support effective school-level improvement efforts as well as districtwide collaboration and shared learning.',
      );
    });

    it('gives every element at least three look-fors and a citation', () => {
      for (const element of framework.conditions!.flatMap((c) => c.elements)) {
        expect(element.lookFors?.length ?? 0, element.id).to.be.at.least(3);
        expect(element.citations?.[0]?.source, element.id).to.equal('pace-wested-conditions-capacities');
      }
    });
  });

  describe('capacities', () => {
    const expected: Record<SystemLevel, { appendix: string; perRole: number[] }> = {
      school: { appendix: 'Appendix A', perRole: [5, 5, 4] },
      district: { appendix: 'Appendix B', perRole: [9, 13, 2, 3] },
      coe: { appendix: 'Appendix C', perRole: [6, 14] },
      'geo-lead': { appendix: 'Appendix C', perRole: [7, 5, 4] },
      state: { appendix: 'Appendix D', perRole: [7, 13, 2, 3, 4, 4] },
    };

    for (const [level, { appendix, perRole }] of Object.entries(expected) as [SystemLevel, (typeof expected)[SystemLevel]][]) {
      it(`${level}: ${perRole.reduce((a, b) => a + b)} capacities in roles of ${perRole.join(', ')}, cited to ${appendix}`, () => {
        const roles = framework.levels.find((l) => l.id === level)!.roles!;
        expect(roles.map((r) => r.capacities.length)).to.deep.equal(perRole);
        for (const role of roles) {
          expect(role.citations?.[0]?.locator).to.equal(appendix);
          for (const capacity of role.capacities) expect(capacity.citations?.[0]?.locator, capacity.id).to.equal(appendix);
        }
      });
    }

    it('has 110 capacities in all', () => {
      const total = framework.levels.flatMap((l) => l.roles ?? []).reduce((n, r) => n + r.capacities.length, 0);
      expect(total).to.equal(110);
    });

    it('tags every capacity with at least one of the five cross-cutting categories', () => {
      expect(framework.tags?.map((t) => t.id)).to.deep.equal([
        'apply-continuous-improvement',
        'support-others',
        'resources-for-local-needs',
        'relational-approach',
        'engage-to-improve-support',
      ]);
      for (const capacity of framework.levels.flatMap((l) => l.roles ?? []).flatMap((r) => r.capacities)) {
        expect(capacity.tags?.length ?? 0, capacity.id).to.be.at.least(1);
      }
    });

    it('numbers capacity ids within their role, so they never shift when another role changes', () => {
      const role = framework.levels.find((l) => l.id === 'district')!.roles![3]!;
      expect(role.id).to.equal('district.community-engagement');
      expect(role.capacities.map((c) => c.id)).to.deep.equal([
        'district.community-engagement.01',
        'district.community-engagement.02',
        'district.community-engagement.03',
      ]);
    });
  });

  describe('levels', () => {
    it('lets Geographic Lead Agencies share the COE conditions and add their own roles', () => {
      const geo = instrumentFor(framework, 'geo-lead')!;
      const coe = instrumentFor(framework, 'coe')!;
      const elementsOf = (i: typeof geo) => i.items.filter((item) => item.kind === 'element');
      expect(elementsOf(geo).map((i) => i.description)).to.deep.equal(elementsOf(coe).map((i) => i.description));
      expect(geo.groups.filter((g) => g.kind === 'role').map((g) => g.id)).to.deep.equal([
        'geo-lead.build-coe-capacity',
        'geo-lead.connect-counties',
        'geo-lead.communicate-needs',
      ]);
    });

    it('gives each level an instrument of 18 elements plus its capacities', () => {
      const sizes = Object.fromEntries(framework.levels.map((l) => [l.id, instrumentFor(framework, l.id)!.items.length]));
      expect(sizes).to.deep.equal({ school: 32, district: 45, coe: 38, 'geo-lead': 34, state: 51 });
    });
  });

  it('uses the CDE local-indicator scale with non-scored answers as words, not numbers', () => {
    expect(framework.scale.levels.map((l) => [l.value, localize(l.label)])).to.deep.equal([
      [1, 'Exploration and Research Phase'],
      [2, 'Beginning Development'],
      [3, 'Initial Implementation'],
      [4, 'Full Implementation'],
      [5, 'Full Implementation and Sustainability'],
    ]);
    expect(framework.scale.nonScored).to.deep.equal(['not-applicable', 'dont-know']);
    expect(localize(framework.scale.levels[2]!.label, 'es')).to.equal('Implementación inicial');
  });

  it('describes every scale level in the voice of the organization (self) and of a partner rating it', () => {
    for (const level of framework.scale.levels) {
      const self = levelDescriptor(level, 'self')!;
      const partner = levelDescriptor(level, 'partner')!;
      for (const lang of ['en', 'es'] as const) {
        // A partner cannot say "we" of the organization it rates: its text names the organization.
        expect(localize(self, lang), `${level.value} ${lang}`).to.not.equal(localize(partner, lang));
        expect(localize(partner, lang), `${level.value} ${lang}`).to.not.match(/\b(we|our|us|estamos|hemos|seguimos|nuestr\w*)\b/i);
      }
      expect(localize(partner, 'en'), String(level.value)).to.match(/\borganization\b/);
      expect(localize(partner, 'es'), String(level.value)).to.match(/\borganización\b|\bsu\b/);
    }
    expect(localize(levelDescriptor(framework.scale.levels[1]!, 'partner')!)).to.equal(
      'The organization has started planning or building it, but it is not yet part of how the organization works.',
    );
  });
});

describe('built-in framework: Principles of Effective Support', () => {
  let framework: Framework;
  before(async () => {
    framework = await loadBuiltInFramework(PRINCIPLES_FRAMEWORK);
  });

  it('is rated by districts (support received) and county offices (support provided)', () => {
    expect(framework.levels.map((l) => l.id)).to.deep.equal(['district', 'coe']);
    for (const element of framework.conditions!.flatMap((c) => c.elements)) {
      // Each perspective gets its own wording: the same sentence cannot describe receiving and providing.
      const [district, coe] = [element.descriptions.district, element.descriptions.coe];
      expect(district && localize(district), element.id).to.be.a('string');
      expect(coe && localize(coe), element.id).to.be.a('string');
      expect(localize(district!), element.id).to.not.equal(localize(coe!));
      expect(localize(district!, 'es'), element.id).to.not.equal(localize(coe!, 'es'));
    }
  });

  it('covers all five principles of the 2018 brief and all eight design principles of the 2017 meeting', () => {
    const cited = (source: string) =>
      new Set(framework.conditions!.flatMap((c) => [...(c.citations ?? []), ...c.elements.flatMap((e) => e.citations ?? [])]).filter((c) => c.source === source).map((c) => c.locator));
    expect(cited('collaborative-2018-always-room').size).to.equal(5);
    expect(cited('collaborative-2017-meeting-34').size).to.equal(8);
  });

  it('documents the source principle of every item', () => {
    for (const element of framework.conditions!.flatMap((c) => c.elements)) {
      expect(element.citations?.length ?? 0, element.id).to.be.at.least(1);
    }
  });

  it('uses its own four-point scale, showing that scales are data', () => {
    expect(framework.scale.id).to.equal('evidence-4');
    expect(framework.scale.levels.map((l) => l.value)).to.deep.equal([1, 2, 3, 4]);
  });

  it('gives every scale level partner wording in English and Spanish', () => {
    for (const level of framework.scale.levels) {
      const partner = level.partnerDescriptor;
      expect(partner, String(level.value)).to.have.keys(['en', 'es']);
      expect(localize(partner!, 'en'), String(level.value)).to.not.match(/\bwe\b/i);
    }
  });
});

describe('loading built-in frameworks', () => {
  it('lists what ships and recognises its ids', () => {
    expect(BUILT_IN_FRAMEWORKS.map((f) => f.id)).to.deep.equal([CONDITIONS_FRAMEWORK, PRINCIPLES_FRAMEWORK]);
    expect(isBuiltInFrameworkId(CONDITIONS_FRAMEWORK)).to.equal(true);
    expect(isBuiltInFrameworkId('ca-sos')).to.equal(false);
  });

  it('returns an independent copy on every call', async () => {
    const first = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
    first.conditions!.length = 0;
    const second = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
    expect(second.conditions).to.have.length(4);
  });

  it('rejects an unknown id with the list of known ids', async () => {
    let error: unknown;
    try {
      await loadBuiltInFramework('nope' as never);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.contain('"ca-sos-conditions-capacities"');
  });
});

describe('built-in frameworks, one level at a time', () => {
  const ORGANIZATION_TYPE = { school: 'school', district: 'district', coe: 'coe', 'geo-lead': 'coe', state: 'state-agency' } as const;
  for (const { id, levels } of BUILT_IN_FRAMEWORKS) {
    for (const level of levels) {
      it(`${id} at ${level}: the committed slice is the English of frameworkForLevel of the whole (else run "npm run frameworks:slices")`, async () => {
        const whole = await loadBuiltInFramework(id);
        const slice = await loadBuiltInFramework(id, { level });
        const { $schema: _where, ...expected } = englishOnly(frameworkForLevel(whole, level)!);
        const { $schema: _whereSlice, ...actual } = slice;
        expect(actual).to.deep.equal(expected);
      });

      it(`${id} at ${level} in Spanish: the English slice and the Spanish overlay merge into frameworkForLevel of the whole`, async () => {
        const whole = await loadBuiltInFramework(id);
        const spanish = await loadBuiltInFramework(id, { level, lang: 'es' });
        const { $schema: _where, ...expected } = frameworkForLevel(whole, level)!;
        const { $schema: _whereSlice, ...actual } = spanish;
        expect(actual).to.deep.equal(expected);
      });

      for (const lang of ['en', 'es'] as const) {
        it(`${id} at ${level}, ${lang === 'en' ? 'English' : 'Spanish'}: rates, validates and scores exactly as the whole framework`, async () => {
          const bilingual = await loadBuiltInFramework(id);
          // The English slice carries English text only; the Spanish one both languages, like the whole.
          const whole = lang === 'en' ? englishOnly(bilingual) : bilingual;
          const slice = await loadBuiltInFramework(id, { level, lang });
          expect(slice.levels.map((l) => l.id)).to.deep.equal([level]);
          // The same items in the same groups; only the level's conditionsFrom is folded in.
          expect(instrumentFor(slice, level)!.items).to.deep.equal(instrumentFor(whole, level)!.items);
          expect(instrumentFor(slice, level)!.groups).to.deep.equal(instrumentFor(whole, level)!.groups);
          const assessment = createAssessment(slice, { level, subject: { name: 'Sample', type: ORGANIZATION_TYPE[level] }, now: '2026-01-01T00:00:00Z' });
          const items = instrumentFor(slice, level)!.items;
          items.forEach((item, i) => (assessment.ratings[item.id] = i % 5 === 4 ? { value: 'not-applicable' } : { value: (i % 4) + 1 }));
          expect(() => parseAssessment(assessment, bilingual)).not.to.throw();
          expect(() => parseAssessment(assessment, slice)).not.to.throw();
          expect(scoreAssessment(assessment, slice)).to.deep.equal(scoreAssessment(assessment, bilingual));
        });
      }
    }
  }

  it('gives the borrowed county-office descriptions to Geographic Lead Agencies under their own id', async () => {
    const whole = await loadBuiltInFramework(CONDITIONS_FRAMEWORK);
    const geoLead = frameworkForLevel(whole, 'geo-lead')!;
    expect(geoLead.levels[0]!.conditionsFrom).to.equal(undefined);
    const element = geoLead.conditions![0]!.elements[0]!;
    expect(Object.keys(element.descriptions)).to.deep.equal(['geo-lead']);
    expect(element.descriptions['geo-lead']).to.deep.equal(whole.conditions![0]!.elements[0]!.descriptions.coe);
  });

  it('leaves the input alone and answers undefined for a level the framework lacks', async () => {
    const whole = await loadBuiltInFramework(PRINCIPLES_FRAMEWORK);
    const before = JSON.stringify(whole);
    frameworkForLevel(whole, 'district')!.conditions!.length = 0;
    expect(JSON.stringify(whole)).to.equal(before);
    expect(frameworkForLevel(whole, 'state')).to.equal(undefined);
  });

  it('rejects a level the built-in framework does not have, naming the ones it has', async () => {
    let error: unknown;
    try {
      await loadBuiltInFramework(PRINCIPLES_FRAMEWORK, { level: 'school' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.equal('Built-in framework "ca-sos-effective-support-principles" has no level "school"; expected one of "district", "coe"');
  });
});

/** Reads a file of the package as committed: from disk in Node, from the test server in Chromium. */
async function readPackageFile(path: string): Promise<string> {
  const url = new URL(`../${path}`, import.meta.url);
  if (typeof window !== 'undefined') {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  }
  const fsModule = 'node:fs/promises'; // a variable, so the browser build never tries to resolve it
  const { readFile } = (await import(fsModule)) as typeof import('node:fs/promises');
  return readFile(url, 'utf8');
}

describe('built-in frameworks in Spanish (unofficial translation)', () => {
  const frameworks = new Map<string, Framework>();
  before(async () => {
    for (const { id } of BUILT_IN_FRAMEWORKS) frameworks.set(id, await loadBuiltInFramework(id));
  });

  // Texts per framework: conditions 4 + 18 elements (name, 4 descriptions, 3 look-fors) + 18 roles
  // + 110 capacities + levels, tags, scale and title; principles 7 + 27 items (name, 2 wordings) + the rest.
  const EXPECTED_TEXTS = { [CONDITIONS_FRAMEWORK]: 304, [PRINCIPLES_FRAMEWORK]: 114 };

  for (const [id, count] of Object.entries(EXPECTED_TEXTS)) {
    it(`${id}: all ${count} texts have Spanish that is not empty and not the English`, () => {
      const texts = frameworkTexts(frameworks.get(id)!);
      expect(texts).to.have.length(count);
      const untranslated = texts.filter(({ text }) => typeof text === 'string' || !text.es?.trim() || text.es.trim() === text.en.trim());
      expect(untranslated.map((t) => `${t.key} ${t.field}`)).to.deep.equal([]);
    });

    it(`${id}: says the Spanish is an unofficial translation by sos-kit contributors, and keeps the English`, () => {
      const framework = frameworks.get(id)!;
      expect(framework.translations).to.have.length(1);
      const [translation] = framework.translations!;
      expect(translation).to.include({ language: 'es', official: false, translator: 'sos-kit contributors' });
      expect(localize(translation!.note!, 'en')).to.match(/^Unofficial translation by sos-kit contributors/);
      expect(localize(translation!.note!, 'es')).to.match(/^Traducción no oficial de colaboradores de sos-kit/);
      for (const { text } of frameworkTexts(framework)) expect(localize(text, 'en')).to.not.equal(localize(text, 'es'));
    });

    it(`${id}: numbers, enumerations, abbreviations and final punctuation carry over`, () => {
      const mismatches: string[] = [];
      for (const { key, field, text } of frameworkTexts(frameworks.get(id)!)) {
        const en = localize(text, 'en');
        const es = localize(text, 'es');
        const same = (pattern: RegExp) => JSON.stringify((en.match(pattern) ?? []).sort()) === JSON.stringify((es.match(pattern) ?? []).sort());
        if (!same(/\d+/g)) mismatches.push(`${key} ${field}: numbers`);
        if (!same(/\([a-d]\)/g)) mismatches.push(`${key} ${field}: (a), (b) enumeration`);
        // Acronyms the English uses stay (the Spanish may add one after spelling a name out).
        const acronyms = en.match(/\b(SBE|CDE|CCEE|LCAP)\b/g) ?? [];
        if (acronyms.some((acronym) => !es.includes(acronym))) mismatches.push(`${key} ${field}: ${acronyms.join(', ')}`);
        if (/\be\.g\./.test(en) !== /\bp\. ej\./.test(es)) mismatches.push(`${key} ${field}: e.g. is "p. ej."`);
        if (/\bi\.e\./.test(en) !== /\bes decir\b/.test(es)) mismatches.push(`${key} ${field}: i.e. is "es decir"`);
        if (/[.?]$/.test(en) !== /[.?]$/.test(es) || en.endsWith('?') !== es.endsWith('?')) mismatches.push(`${key} ${field}: final punctuation`);
        if (es.endsWith('?') && !es.includes('¿')) mismatches.push(`${key} ${field}: opening ¿`);
      }
      expect(mismatches).to.deep.equal([]);
    });
  }

  it('keeps to the glossary in SOURCES.md wherever the English uses one of its terms', async () => {
    const markdown = await readPackageFile('SOURCES.md');
    const table = markdown.slice(markdown.indexOf('<!-- glossary:start -->'), markdown.indexOf('<!-- glossary:end -->'));
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| English'));
    const glossary = rows.map((row) => {
      const [english, spanish] = row.split('|').slice(1, 3).map((cell) => cell.trim());
      return { terms: english!.split(', '), renderings: spanish!.split(' · ') };
    });
    expect(glossary.length).to.be.at.least(30);
    const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const departures: string[] = [];
    let uses = 0;
    for (const framework of frameworks.values()) {
      for (const { key, field, text } of frameworkTexts(framework)) {
        const [en, es] = [localize(text, 'en'), localize(text, 'es').toLowerCase()];
        for (const { terms, renderings } of glossary) {
          for (const term of terms) {
            // Lowercase terms match any case; "Ability to", acronyms and names only as written.
            const pattern = new RegExp(`\\b${escape(term)}(s|es)?\\b`, term === term.toLowerCase() ? 'i' : '');
            if (!pattern.test(en)) continue;
            uses += 1;
            if (!renderings.some((r) => es.includes(r.toLowerCase()))) departures.push(`${key} ${field}: "${term}" is not rendered as ${renderings.join(' or ')}`);
          }
        }
      }
    }
    expect(uses).to.be.at.least(500);
    expect(departures).to.deep.equal([]);
  });

  for (const { id } of BUILT_IN_FRAMEWORKS) {
    it(`${id}: every committed per-level file is byte for byte what "npm run frameworks:slices" writes`, async () => {
      const whole = parseFramework(await readPackageFile(`frameworks/${id}.json`));
      for (const { english, translations } of levelFiles(whole)) {
        for (const file of [english, ...translations]) expect(await readPackageFile(`frameworks/${file.path}`), file.path).to.equal(file.text);
      }
    });

    it(`${id}: the English per-level documents carry no Spanish at all`, async () => {
      const whole = frameworks.get(id)!;
      const spanish = frameworkTexts(whole).map(({ text }) => localize(text, 'es'));
      for (const { english } of levelFiles(whole)) {
        const raw = await readPackageFile(`frameworks/${english.path}`);
        const document = parseFramework(raw);
        expect(document.translations, english.path).to.equal(undefined);
        expect(frameworkTexts(document).filter(({ text }) => typeof text !== 'string'), english.path).to.deep.equal([]);
        expect(raw, english.path).to.not.match(/"es"\s*:/);
        expect(spanish.filter((text) => raw.includes(JSON.stringify(text).slice(1, -1))), english.path).to.deep.equal([]);
      }
    });

    it(`${id}: each Spanish overlay covers exactly the texts of its English level document`, async () => {
      for (const { english, translations } of levelFiles(frameworks.get(id)!)) {
        const document = parseFramework(await readPackageFile(`frameworks/${english.path}`));
        for (const { path } of translations) {
          const overlay = JSON.parse(await readPackageFile(`frameworks/${path}`)) as TranslationOverlay;
          expect(overlay).to.include({ framework: id, version: document.version, language: 'es' });
          expect(translationCoverage(document, overlay), path).to.deep.equal({ missing: [], orphans: [] });
          expect(Object.keys(overlay.texts).length, path).to.be.greaterThan(10);
        }
      }
    });
  }

  it('loads Spanish for a regional tag such as es-MX, and English for a language it lacks', async () => {
    const mexican = await loadBuiltInFramework(CONDITIONS_FRAMEWORK, { level: 'school', lang: 'es-MX' });
    expect(localize(mexican.conditions![0]!.name, 'es')).to.equal('Propósito compartido');
    expect(localize(mexican.conditions![0]!.elements[0]!.name, 'es')).to.equal('Propósito centrado en los estudiantes');
    const french = await loadBuiltInFramework(CONDITIONS_FRAMEWORK, { level: 'school', lang: 'fr' });
    expect(french).to.deep.equal(await loadBuiltInFramework(CONDITIONS_FRAMEWORK, { level: 'school' }));
    expect(french.conditions![0]!.name).to.equal('Shared Purpose');
  });

  it('shows the district rubric in Spanish: element names, descriptions, look-fors, roles and capacities', async () => {
    const district = await loadBuiltInFramework(CONDITIONS_FRAMEWORK, { level: 'district', lang: 'es' });
    const instrument = instrumentFor(district, 'district')!;
    expect(instrument.items).to.have.length(45);
    const equity = district.conditions![0]!.elements.find((e) => e.id === 'shared-purpose.equity-focus')!;
    expect(localize(equity.name, 'es')).to.equal('Enfoque en la equidad');
    expect(localize(equity.descriptions.district!, 'es')).to.match(/^El personal del distrito está comprometido/);
    expect(localize(equity.lookFors![0]!, 'es')).to.match(/^Los resultados se desglosan/);
    const role = district.levels[0]!.roles![2]!;
    expect(localize(role.name, 'es')).to.equal('Usar el Plan de Contabilidad y Control Local (LCAP) para orientar la planificación de la mejora.');
    expect(localize(role.capacities[0]!.statement, 'es')).to.match(/^Capacidad para formular planes de mejora del distrito/);
    // The English original is always kept beside the Spanish.
    expect(localize(role.capacities[0]!.statement, 'en')).to.match(/^Ability to formulate district improvement plans/);
  });

  describe('laying a translation over English', () => {
    let english: Framework;
    let overlay: TranslationOverlay;
    before(async () => {
      english = await loadBuiltInFramework(PRINCIPLES_FRAMEWORK, { level: 'coe' });
      overlay = JSON.parse(await readPackageFile(`frameworks/levels/${PRINCIPLES_FRAMEWORK}.coe.es.json`)) as TranslationOverlay;
    });

    const failure = (run: () => unknown): Error => {
      try {
        run();
      } catch (error) {
        return error as Error;
      }
      throw new Error('expected an error');
    };

    it('refuses texts made for another version of the framework', () => {
      const error = failure(() => applyTranslation(english, { ...overlay, version: '0.9.0' }));
      expect(error).to.be.instanceOf(RangeError);
      expect(error.message).to.equal(`The "es" texts are for ${PRINCIPLES_FRAMEWORK} 0.9.0, not ${PRINCIPLES_FRAMEWORK} 1.0.0`);
    });

    it('names every text the overlay lacks and every text that matches nothing', () => {
      const { 'equity.integral': _dropped, ...texts } = overlay.texts;
      const error = failure(() => applyTranslation(english, { ...overlay, texts: { ...texts, 'equity.gone': { name: 'Ya no existe' } } }));
      expect(error).to.be.instanceOf(RangeError);
      expect(error.message).to.contain('missing: equity.integral name; equity.integral descriptions.coe');
      expect(error.message).to.contain('not in the framework: equity.gone name');
    });

    it('makes an overlay only from a framework that translates every text and says who translated', async () => {
      const whole = await loadBuiltInFramework(PRINCIPLES_FRAMEWORK);
      const before = JSON.stringify(whole);
      const english = englishOnly(whole);
      expect(JSON.stringify(whole)).to.equal(before);
      expect(english.translations).to.equal(undefined);
      expect(translationOverlay(whole, 'es').texts['@scale.1']).to.deep.equal({
        label: 'Aún no es evidente',
        descriptor: 'Vemos poca o ninguna señal de esto en el apoyo.',
        partnerDescriptor: 'Hay poca o ninguna señal de esto en el apoyo.',
      });
      const gap = structuredClone(whole);
      gap.conditions![4]!.elements[2]!.name = 'Equity is part of all the work';
      expect(failure(() => translationOverlay(gap, 'es')).message).to.equal(
        `Framework "${PRINCIPLES_FRAMEWORK}" has no "es" text for 1 text(s): equity.integral name`,
      );
      expect(failure(() => translationOverlay({ ...whole, translations: [] }, 'es')).message).to.equal(`Framework "${PRINCIPLES_FRAMEWORK}" lists no "es" translation in its translations`);
    });

    it('leaves its inputs alone and keeps the English of every text', () => {
      const before = JSON.stringify([english, overlay]);
      const merged = applyTranslation(english, overlay);
      expect(JSON.stringify([english, overlay])).to.equal(before);
      expect(frameworkTexts(merged).map(({ text }) => localize(text, 'en'))).to.deep.equal(frameworkTexts(english).map(({ text }) => localize(text, 'en')));
      expect(parseFramework(merged).translations![0]!.official).to.equal(false);
    });
  });
});

describe('levelDescriptor: scale wording for whoever rates', () => {
  const level = { value: 2, label: 'Partly', descriptor: { en: 'We do some of it.', es: 'Hacemos parte.' }, partnerDescriptor: { en: 'It does some of it.', es: 'Hace parte.' } };

  it('gives a self-rating the first-person descriptor and a partner the partner wording', () => {
    expect(levelDescriptor(level, 'self')).to.equal(level.descriptor);
    expect(levelDescriptor(level, 'partner')).to.equal(level.partnerDescriptor);
  });

  it('falls back to the descriptor when a framework gives no partner wording, and to nothing when it gives no descriptor', () => {
    expect(levelDescriptor({ value: 1, label: 'Low', descriptor: 'Little of this shows.' }, 'partner')).to.equal('Little of this shows.');
    expect(levelDescriptor({ value: 1, label: 'Low' }, 'partner')).to.equal(undefined);
    expect(levelDescriptor({ value: 1, label: 'Low', partnerDescriptor: 'It has not started.' }, 'self')).to.equal(undefined);
  });
});
