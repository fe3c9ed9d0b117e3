import { expect } from 'chai';
import { analyzeGaps, GapAnalysis, groupGapRows, SosValidationError, sortGapRows, type Assessment, type GapReport, type GapRow } from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const row = (rows: readonly GapRow[], id: string): GapRow => rows.find((r) => r.id === id)!;

describe('analyzeGaps', () => {
  const framework = scoringFramework();

  describe('current vs target', () => {
    let report: GapReport;
    before(() => {
      const current = assessmentOf(framework, CASE_A, { targets: { e1: 4, c2: 3 } });
      report = analyzeGaps(framework, { comparison: 'current-vs-target', current, defaultTarget: 4 });
    });

    it('compares each item with its own target, its group target, or the default', () => {
      // e1 current 2, target 4; e2 4 vs default 4; e4 3 vs group c2's 3; e5 1 vs 3
      expect(['e1', 'e2', 'e4', 'e5'].map((id) => [row(report.items, id).a.value, row(report.items, id).b.value])).to.deep.equal([
        [2, 4],
        [4, 4],
        [3, 3],
        [1, 3],
      ]);
    });

    it('gives the size, direction and priority of each gap by the documented rule', () => {
      // e1: gap 2 of range 4 = 0.5; current 2 is 0.75 from the top → 0.5 × (0.5 + 0.375) = 0.4375 → high
      expect(row(report.items, 'e1')).to.include({ difference: 2, size: 0.5, direction: 'b-higher', priorityScore: 0.4375, priority: 'high' });
      // e5: gap 0.5, current 1 is at the bottom → 0.5 × 1 = 0.5 → high
      expect(row(report.items, 'e5')).to.include({ priorityScore: 0.5, priority: 'high' });
      // e2: on target → 0 → low
      expect(row(report.items, 'e2')).to.include({ difference: 0, direction: 'equal', priorityScore: 0, priority: 'low' });
      // e3 = 5 above the default 4: exceeding a target is not a gap
      expect(row(report.items, 'e3')).to.include({ difference: -1, direction: 'a-higher', priorityScore: 0, priority: 'low' });
    });

    it('rates a one-point shortfall at a middling level as medium', () => {
      const current = assessmentOf(framework, { ...CASE_A, e2: 3 });
      const gaps = analyzeGaps(framework, { comparison: 'current-vs-target', current, defaultTarget: 4 });
      // gap 0.25; current 3 → lowness 0.5 → 0.25 × 0.75 = 0.1875 → medium
      expect(row(gaps.items, 'e2')).to.include({ priorityScore: 0.1875, priority: 'medium' });
    });

    it('compares group scores with group targets, or the mean of their items\' targets', () => {
      // c1 scores 4; its items aim at 4, 4, 4 (e1's own, then the default) → 4; c2 scores 2, target 3
      expect([row(report.groups, 'c1').a.value, row(report.groups, 'c1').b.value]).to.deep.equal([4, 4]);
      expect(row(report.groups, 'c2')).to.include({ difference: 1 });
    });

    it('says when there is nothing to compare', () => {
      const current = assessmentOf(framework, { e1: 2 });
      const gaps = analyzeGaps(framework, { comparison: 'current-vs-target', current });
      expect(row(gaps.items, 'e1').reason).to.equal('side b has no scored answer to compare');
      expect(row(gaps.items, 'e2').reason).to.equal('neither side has scored answer to compare');
      expect(row(gaps.items, 'e2').priority).to.equal(undefined);
    });

    it('rejects a default target that is not on the scale', () => {
      expect(() => analyzeGaps(framework, { comparison: 'current-vs-target', current: assessmentOf(framework, CASE_A), defaultTarget: 7 })).to.throw(SosValidationError, '$.defaultTarget');
    });
  });

  describe('self vs partner', () => {
    const partnerOf = (answers: typeof CASE_A) =>
      assessmentOf(framework, answers, { perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' }, relationship: 'differentiated-assistance' } });

    it('shows disagreement in either direction, weighed by the lower view', () => {
      const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self: assessmentOf(framework, CASE_A), partner: partnerOf({ ...CASE_A, e1: 4, e3: 3 }) });
      expect(report.a.label).to.equal('Self: Sample Unified');
      expect(report.b.label).to.equal('Partner: Sample COE');
      // e1: partner sees 4, self 2 → 0.5 × (0.5 + 0.5 × 0.75) = 0.4375
      expect(row(report.items, 'e1')).to.include({ difference: 2, direction: 'b-higher', priority: 'high' });
      // e3: self 5, partner 3 → 0.5 × (0.5 + 0.5 × 0.5) = 0.375 → high
      expect(row(report.items, 'e3')).to.include({ difference: -2, direction: 'a-higher', priorityScore: 0.375, priority: 'high' });
      expect(report.rule).to.deep.equal({ current: 'lower', counts: 'either-direction', high: 0.375, medium: 0.15 });
    });

    it('averages a team on either side and reports n', () => {
      const team = [assessmentOf(framework, { ...CASE_A, e1: 2 }), assessmentOf(framework, { ...CASE_A, e1: 4 }), assessmentOf(framework, { ...CASE_A, e1: 'dont-know' })];
      const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self: team, partner: partnerOf(CASE_A) });
      expect(row(report.items, 'e1').a).to.deep.equal({ value: 3, n: 2 });
      expect(row(report.items, 'e1').b).to.deep.equal({ value: 2, n: 1 });
      expect(report.a.respondents).to.equal(3);
    });

    it('finds no gap anywhere when an organization is compared with itself', () => {
      const self = assessmentOf(framework, CASE_A);
      const report = analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner: partnerOf(CASE_A) });
      expect([...report.items, ...report.groups].every((r) => r.difference === 0 && r.priority === 'low')).to.equal(true);
    });

    it('refuses to compare different organizations, or the wrong perspectives', () => {
      const other = { ...partnerOf(CASE_A), subject: { name: 'Other Unified', type: 'district' as const, id: 'district-2' } };
      expect(() => analyzeGaps(framework, { comparison: 'self-vs-partner', self: assessmentOf(framework, CASE_A), partner: other }))
        .to.throw(SosValidationError)
        .with.property('message')
        .that.contains('$.partner.subject: rates "Other Unified" but self rates "Sample Unified"');
      expect(() => analyzeGaps(framework, { comparison: 'self-vs-partner', self: assessmentOf(framework, CASE_A), partner: assessmentOf(framework, CASE_A) }))
        .to.throw(SosValidationError)
        .with.property('message')
        .that.contains('$.partner.perspective.kind: must be "partner"');
    });

    it('reports invalid assessments inside a side with their full path', () => {
      expect(() => analyzeGaps(framework, { comparison: 'self-vs-partner', self: [assessmentOf(framework, { e1: 8 })], partner: partnerOf(CASE_A) }))
        .to.throw(SosValidationError)
        .with.property('message')
        .that.contains('$.self[0].ratings.e1.value: expected a scale value');
    });
  });

  describe('baseline vs follow-up', () => {
    it('treats declines as gaps and improvements as progress', () => {
      const baseline = assessmentOf(framework, CASE_A, { schoolYear: '2024-25' });
      const followUp = assessmentOf(framework, { ...CASE_A, e1: 3, e2: 2 }, { schoolYear: '2025-26' });
      const report = analyzeGaps(framework, { comparison: 'baseline-vs-follow-up', baseline, followUp });
      expect([report.a.label, report.b.label]).to.deep.equal(['Baseline 2024-25', 'Follow-up 2025-26']);
      expect(row(report.items, 'e1')).to.include({ difference: 1, direction: 'b-higher', priority: 'low', priorityScore: 0 });
      // e2 fell from 4 to 2: 0.5 × (0.5 + 0.5 × 0.75) = 0.4375
      expect(row(report.items, 'e2')).to.include({ difference: -2, priority: 'high', priorityScore: 0.4375 });
      expect(report.rule.counts).to.equal('a-above-b');
    });
  });

  describe('across levels', () => {
    it('compares the shared condition elements of two levels, and nothing else', () => {
      const district = assessmentOf(framework, CASE_A);
      const coe = assessmentOf(framework, { e1: 5, e2: 4, e3: 5, e4: 2, e5: 2 }, { level: 'coe' });
      const report = analyzeGaps(framework, { comparison: 'across-levels', a: district, b: coe });
      expect(report.items.map((r) => r.id)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5']);
      expect(report.groups.map((r) => r.id)).to.deep.equal(['c1', 'c2']);
      expect(row(report.items, 'e1')).to.include({ difference: 3, size: 0.75 });
      expect([report.a.level, report.b.level]).to.deep.equal(['district', 'coe']);
    });

    it('needs two different levels', () => {
      expect(() => analyzeGaps(framework, { comparison: 'across-levels', a: assessmentOf(framework, CASE_A), b: assessmentOf(framework, CASE_A) })).to.throw(SosValidationError, 'two different levels');
    });
  });

  describe('side labels', () => {
    const partner = () =>
      assessmentOf(framework, CASE_A, { perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' }, relationship: 'differentiated-assistance' } });
    const labels = (report: GapReport) => [report.a.label, report.b.label];

    it('names the sides in Spanish when asked, for every comparison', () => {
      const current = assessmentOf(framework, CASE_A);
      expect(labels(analyzeGaps(framework, { comparison: 'current-vs-target', current, defaultTarget: 4 }, { lang: 'es' }))).to.deep.equal(['Actual', 'Meta (4 por defecto)']);
      expect(labels(analyzeGaps(framework, { comparison: 'current-vs-target', current }, { lang: 'es' }))).to.deep.equal(['Actual', 'Meta']);
      expect(labels(analyzeGaps(framework, { comparison: 'self-vs-partner', self: current, partner: partner() }, { lang: 'es' }))).to.deep.equal(['Autoevaluación: Sample Unified', 'Socio: Sample COE']);
      const baseline = assessmentOf(framework, CASE_A, { schoolYear: '2024-25' });
      const followUp = assessmentOf(framework, CASE_A, { schoolYear: '2025-26' });
      expect(labels(analyzeGaps(framework, { comparison: 'baseline-vs-follow-up', baseline, followUp }, { lang: 'es' }))).to.deep.equal(['Referencia 2024-25', 'Seguimiento 2025-26']);
    });

    it('names the levels of an across-levels comparison in the language asked for', () => {
      const bilingual = { ...framework, levels: framework.levels.map((level) => ({ ...level, name: level.id === 'coe' ? { en: 'County office', es: 'Oficina del condado' } : { en: 'District', es: 'Distrito' } })) };
      const report = analyzeGaps(bilingual, { comparison: 'across-levels', a: assessmentOf(bilingual, CASE_A), b: assessmentOf(bilingual, { e1: 5, e2: 4, e3: 5, e4: 2, e5: 2 }, { level: 'coe' }) }, { lang: 'es' });
      expect(labels(report)).to.deep.equal(['Distrito: Sample Unified', 'Oficina del condado: Sample COE']);
    });

    it('writes the day an assessment was changed, in the language, when it names no school year', () => {
      const baseline = assessmentOf(framework, CASE_A, { updatedAt: '2026-10-03T23:30:00-08:00' });
      const followUp = assessmentOf(framework, CASE_A, { updatedAt: '2026-11-20T08:00:00Z' });
      const request = { comparison: 'baseline-vs-follow-up', baseline, followUp } as const;
      // The day as written (3 October, late evening in California), never moved by a time zone.
      expect(labels(analyzeGaps(framework, request))).to.deep.equal(['Baseline Oct 3, 2026', 'Follow-up Nov 20, 2026']);
      expect(labels(analyzeGaps(framework, request, { lang: 'es' }))).to.deep.equal(['Referencia 3 oct 2026', 'Seguimiento 20 nov 2026']);
    });

    it('takes a language tag with a region, and gives English for a language it has no words in', () => {
      const current = assessmentOf(framework, CASE_A);
      expect(analyzeGaps(framework, { comparison: 'current-vs-target', current }, { lang: 'es-MX' }).a.label).to.equal('Actual');
      expect(analyzeGaps(framework, { comparison: 'current-vs-target', current }, { lang: 'fr' }).a.label).to.equal('Current');
      const streamed = new GapAnalysis(framework, 'current-vs-target', { lang: 'es' });
      streamed.add('current', current);
      expect(streamed.report().a.label).to.equal('Actual');
    });

    it('refuses a language that is not a language tag, naming the option', () => {
      const current = assessmentOf(framework, CASE_A);
      expect(() => analyzeGaps(framework, { comparison: 'current-vs-target', current }, { lang: 2 as unknown as string })).to.throw(SosValidationError, '$.lang');
    });
  });

  describe('tables', () => {
    it('sorts rows by priority, then by score and size, keeping framework order for ties', () => {
      const current = assessmentOf(framework, { ...CASE_A, e2: 3 });
      const report = analyzeGaps(framework, { comparison: 'current-vs-target', current, defaultTarget: 4 });
      const sorted = sortGapRows(report.items);
      expect(sorted.map((r) => `${r.id}:${r.priority}`)).to.deep.equal(['e5:high', 'k1:high', 'e1:high', 'k2:high', 'e2:medium', 'e4:medium', 'k3:medium', 'e3:low', 'k4:low']);
      expect(report.items.map((r) => r.id)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4']);
    });

    it('groups item rows under their condition or role', () => {
      const report = analyzeGaps(framework, { comparison: 'current-vs-target', current: assessmentOf(framework, CASE_A), defaultTarget: 4 });
      expect(groupGapRows(report).map(({ group, items }) => [group.id, items.map((i) => i.id)])).to.deep.equal([
        ['c1', ['e1', 'e2', 'e3']],
        ['c2', ['e4', 'e5']],
        ['r1', ['k1', 'k2', 'k3', 'k4']],
      ]);
    });
  });
});

describe('GapAnalysis: gaps fed one assessment at a time', () => {
  const framework = scoringFramework();
  const partnerOf = (answers: typeof CASE_A, subject?: Assessment['subject']) =>
    assessmentOf(framework, answers, { ...(subject ? { subject } : {}), perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' }, relationship: 'differentiated-assistance' } });
  const answers = (k: number): typeof CASE_A => ({ ...CASE_A, e1: 1 + (k % 5), k2: k % 4 === 0 ? 'not-applicable' : 1 + ((k * 3) % 5), e4: k % 7 === 0 ? 'dont-know' : 2 });
  const self = Array.from({ length: 40 }, (_, k) => assessmentOf(framework, answers(k), { targets: k % 2 ? { e1: 5 } : { c2: 3 } }));
  const partner = Array.from({ length: 15 }, (_, k) => partnerOf(answers(k * 5)));
  const streamed = (comparison: 'self-vs-partner' | 'current-vs-target', sides: [string, readonly Assessment[]][], options = {}) => {
    const analysis = new GapAnalysis(framework, comparison, options);
    for (const [name, list] of sides) for (const assessment of list) analysis.add(name as 'self', assessment);
    return analysis.report();
  };

  it('reports exactly what analyzeGaps reports for the same teams', () => {
    expect(streamed('self-vs-partner', [['self', self], ['partner', partner]])).to.deep.equal(analyzeGaps(framework, { comparison: 'self-vs-partner', self, partner }));
    expect(streamed('current-vs-target', [['current', self]], { defaultTarget: 4, precision: 3 })).to.deep.equal(
      analyzeGaps(framework, { comparison: 'current-vs-target', current: self, defaultTarget: 4 }, { precision: 3 }),
    );
  });

  it('locates problems like analyzeGaps, at the index within each side', () => {
    const other = partnerOf(CASE_A, { name: 'Other Unified', type: 'district', id: 'district-2' });
    const problems = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as SosValidationError).issues.map((i) => `${i.jsonPath} ${i.code}`);
      }
      return [];
    };
    const sides: [string, readonly Assessment[]][] = [['self', [self[0]!, assessmentOf(framework, { e1: 8 })]], ['partner', [partner[0]!, other, self[1]!]]];
    expect(problems(() => streamed('self-vs-partner', sides))).to.deep.equal(['$.self[1].ratings.e1.value out_of_scale']);
    const related: [string, readonly Assessment[]][] = [['self', [self[0]!]], ['partner', [partner[0]!, other, self[1]!]]];
    expect(problems(() => streamed('self-vs-partner', related))).to.deep.equal(['$.partner[2].perspective.kind perspective_mismatch', '$.partner[1].subject subject_mismatch']);
    expect(problems(() => streamed('self-vs-partner', related))).to.deep.equal(problems(() => analyzeGaps(framework, { comparison: 'self-vs-partner', self: [self[0]!], partner: [partner[0]!, other, self[1]!] })));
    expect(problems(() => streamed('self-vs-partner', [['partner', partner]]))).to.deep.equal(['$.self empty_side']);
  });

  it('reads the sides in order, and only the sides of its comparison', () => {
    const analysis = new GapAnalysis(framework, 'self-vs-partner');
    analysis.add('partner', partner[0]!);
    expect(() => analysis.add('self', self[0]!)).to.throw(SosValidationError, 'read the sides in order: "self" then "partner"');
    expect(() => analysis.add('current', self[0]!)).to.throw(SosValidationError, 'is not a side of a self-vs-partner comparison');
  });
});

