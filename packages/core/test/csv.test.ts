import { expect } from 'chai';
import fc from 'fast-check';
import {
  aggregateAssessments,
  aggregateToCsv,
  analyzeGaps,
  assessmentsFromCsv,
  assessmentsFromCsvStream,
  assessmentsToCsv,
  gapReportToCsv,
  CsvReader,
  readCsv,
  scoreAssessment,
  scoreResultToCsv,
  writeCsv,
  type Assessment,
  type Rating,
} from '../src/index.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const framework = scoringFramework();
const NOW = '2026-10-01T12:00:00Z';

describe('CSV text', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM, and skips blank lines', () => {
    const table = readCsv('\uFEFFa,b,c\r\n1,"x, ""y""",\r\n\r\n2,"line\nbreak",z\n');
    expect(table.records).to.deep.equal([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', ''],
      ['2', 'line\nbreak', 'z'],
    ]);
    expect(table.issues).to.deep.equal([]);
  });

  it('reports an unterminated quote instead of guessing', () => {
    expect(readCsv('a,b\n1,"open\n').issues.map((i) => i.code)).to.deep.equal(['unterminated_quote']);
  });

  it('reads text in chunks of any size exactly as in one piece', () => {
    const text = '\uFEFFa,"b\r\nc",d\r\n"x ""q""",,\n\n1,2,3\r';
    const whole = readCsv(text).records;
    for (const size of [1, 2, 3, 7]) {
      const records: string[][] = [];
      const reader = new CsvReader({ record: (r) => records.push(r.fields), issue: () => expect.fail('no issue expected') });
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.end();
      expect(records, `chunks of ${size}`).to.deep.equal(whole);
    }
  });

  it('reports a field or row over the size limits by row and column, skips only that row, and keeps reading', () => {
    const big = 'x'.repeat(50);
    const text = `a,b,c\n1,${big},3\n4,5,6\n7,"${big}",9\n${'1,'.repeat(40)}1\n10,11,12\n`;
    const { records, issues } = readCsv(text, { maxFieldLength: 20, maxRecordLength: 60 });
    expect(records).to.deep.equal([['a', 'b', 'c'], ['4', '5', '6'], ['10', '11', '12']]);
    expect(issues.map((i) => [i.row, i.columnIndex, i.code])).to.deep.equal([
      [2, 2, 'field_too_long'],
      [4, 2, 'field_too_long'],
      [5, 31, 'record_too_long'],
    ]);
    expect(issues[0]!.message).to.equal('is longer than 20 characters, the limit for one field');
  });

  it('has limits by default: a field of 2 million characters is reported, not read', () => {
    const { records, issues } = readCsv(`a,b\n1,${'y'.repeat(2_000_000)}\n2,3\n`);
    expect(records).to.deep.equal([['a', 'b'], ['2', '3']]);
    expect(issues.map((i) => [i.row, i.columnIndex, i.code])).to.deep.equal([[2, 2, 'field_too_long']]);
  });

  it('locates an unterminated quote at the row and column where it opened', () => {
    expect(readCsv('a,b,c\n1,2,"open\n3,4,5\n').issues.map((i) => [i.row, i.columnIndex, i.code])).to.deep.equal([[2, 3, 'unterminated_quote']]);
  });

  it('guards formulas hidden behind blanks, fullwidth signs, pipes and line breaks, and reads them back unchanged', () => {
    const hostile = [' =1+1', '\u00a0=1+1', '\u200b=1+1', '\uFEFF=1+1', '\n=1+1', '\r\n=1+1', '\uFF1D1+1', '|calc', '\t=1', '\r=1', '  +1', '\u3000@SUM(A1)', "'\uFF1Dx", '\uFF0B1', '\uFF0D1', '\uFF20x'];
    const text = writeCsv([hostile]);
    // Each written cell, unquoted, starts with the guarding apostrophe.
    for (const cell of hostile) expect(writeCsv([[cell, 'x']]).replace(/^"/, ''), JSON.stringify(cell)).to.match(/^'/);
    expect(readCsv(text).records[0]).to.deep.equal(hostile);
  });

  it('round-trips any text, formula-like or not', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 12 }), { minLength: 2, maxLength: 4 }), (cells) => {
        expect(readCsv(writeCsv([cells])).records).to.deep.equal([cells]);
      }),
      { seed: 12, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^['\s\u00a0\u200b\ufeff=+\-@|\uff1d\t\r\na]{0,6}$/), { minLength: 2, maxLength: 4 }), (cells) => {
        expect(readCsv(writeCsv([cells])).records).to.deep.equal([cells]);
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it('writes cells a spreadsheet would run as formulas inertly, and reads them back unchanged', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2 bullet', '@SUM(A1)', "'=already quoted"];
    const text = writeCsv([hostile]);
    expect(text).to.contain(",'+1,'-2 bullet,'@SUM(A1),''=already quoted");
    expect(readCsv(text).records[0]).to.deep.equal(hostile);
  });
});

describe('assessmentsFromCsv', () => {
  it('takes metadata exactly as written, so whatever JSON allows round-trips through CSV', () => {
    const a = assessmentOf(framework, CASE_A, {
      subject: { name: ' Sample Unified ', type: 'district', county: ' Sample' },
      perspective: { kind: 'partner', rater: { name: '  ', type: 'coe', id: ' coe-1 ' } },
      respondent: { role: 'Director ', name: '\tAna' },
      notes: '  indented\nnote ',
    });
    const back = assessmentsFromCsv(assessmentsToCsv([a], framework), framework);
    expect(back.issues).to.deep.equal([]);
    expect(back.assessments).to.deep.equal([a]);
  });

  it('reports an unknown level, even one named like a JavaScript built-in', () => {
    for (const level of ['constructor', '__proto__', 'toString']) {
      const { issues } = assessmentsFromCsv(`subject_name,level,e1\nX,${level},3\n`, framework, { now: NOW });
      expect(issues.map((i) => [i.row, i.column, i.code])).to.deep.equal([[2, 'level', 'invalid_value']]);
      expect(issues[0]!.message).to.contain(`got "${level}"`).and.not.contain('function');
    }
  });

  it('reads rows as they stream in, and names the column of a field over the limit', async () => {
    const chunks = ['subject_name,le', 'vel,e1,e1#notes\nA,district,3,', 'ok\nB,district,4,', `${'n'.repeat(30)}\nC,district,5,fine\n`];
    const rows = [];
    for await (const row of assessmentsFromCsvStream(chunks, framework, { now: NOW, maxFieldLength: 20 })) rows.push(row);
    expect(rows.map((r) => [r.row, r.assessment?.subject.name ?? r.issues!.map((i) => `${i.column} ${i.code}`).join()])).to.deep.equal([
      [2, 'A'],
      [3, 'e1#notes field_too_long'],
      [4, 'C'],
    ]);
  });

  const header = 'subject_name,subject_id,county,school_year,respondent_role,e1,e2,e3,e4,e5,k1,k2,k3,k4,e1#evidence,c1#target';

  it('reads one assessment per row, with labels, words and numbers as answers', () => {
    const text = [header, 'Sample Unified,district-1,Sample,2025-26,Director,2,"4 - Level 4",Level 5,N/A,don\'t know,1,2,3,4,Roster and agendas,4', ''].join('\n');
    const { assessments, issues, rows } = assessmentsFromCsv(text, framework, { level: 'district', now: NOW });
    expect(issues).to.deep.equal([]);
    expect(rows).to.equal(1);
    const [a] = assessments;
    expect(a!.ratings).to.deep.include({ e1: { value: 2, evidence: 'Roster and agendas' }, e2: { value: 4 }, e3: { value: 5 }, e4: { value: 'not-applicable' }, e5: { value: 'dont-know' } });
    expect(a!.subject).to.deep.equal({ name: 'Sample Unified', type: 'district', id: 'district-1', county: 'Sample' });
    expect(a!).to.deep.include({ level: 'district', schoolYear: '2025-26', status: 'submitted', createdAt: NOW, submittedAt: NOW, targets: { c1: 4 }, respondent: { role: 'Director' } });
  });

  it('reports every bad cell with its row, column, value and reason, and keeps the good rows', () => {
    const text = [header, 'Good Unified,,,,,1,2,3,4,5,1,2,3,4,,', 'Bad Unified,,,2025-27,,9,maybe,,,,,,,,,', 'Other,,,,,1,1,1,1,1,1,1,1,1,,'].join('\n');
    const { assessments, issues } = assessmentsFromCsv(text, framework, { level: 'district', now: NOW });
    expect(assessments.map((a) => a.subject.name)).to.deep.equal(['Good Unified', 'Other']);
    expect(issues.map((i) => [i.row, i.column, i.value, i.code])).to.deep.equal([
      [3, 'e1', '9', 'invalid_value'],
      [3, 'e2', 'maybe', 'invalid_value'],
    ]);
    expect(issues[1]!.message).to.equal('is not a value of the scale (1, 2, 3, 4, 5), a scale label or "not applicable" or "don\'t know"');
  });

  it('maps problems found by validation back to their cell', () => {
    const text = ['subject_name,school_year,e1', 'Sample Unified,2025-27,3'].join('\n');
    const { issues } = assessmentsFromCsv(text, framework, { level: 'district', now: NOW });
    expect(issues.map((i) => [i.row, i.column, i.code])).to.deep.equal([[2, 'school_year', 'invalid_school_year']]);
  });

  it('reports unknown and duplicate columns instead of ignoring them', () => {
    const text = ['subject_name,e1,e1,q7,e1#comment', 'X,1,2,3,4'].join('\n');
    const { assessments, issues } = assessmentsFromCsv(text, framework, { level: 'district', now: NOW });
    expect(assessments).to.deep.equal([]);
    expect(issues.map((i) => [i.row, i.column, i.code])).to.deep.equal([
      [1, 'e1', 'duplicate_column'],
      [1, 'q7', 'unknown_column'],
      [1, 'e1#comment', 'unknown_column'],
    ]);
  });

  it('requires the subject and a level, and rows as wide as the header', () => {
    expect(assessmentsFromCsv('e1\n3\n', framework).issues.map((i) => i.column)).to.deep.equal(['subject_name', 'level']);
    const { issues } = assessmentsFromCsv('subject_name,level,e1\nX,district\n', framework, { now: NOW });
    expect(issues.map((i) => [i.row, i.code])).to.deep.equal([[2, 'field_count']]);
  });

  it('reads an empty file as a clear problem', () => {
    expect(assessmentsFromCsv('', framework).issues.map((i) => i.code)).to.deep.equal(['empty']);
  });
});

describe('assessmentsToCsv', () => {
  it('writes the wide layout, with words for non-scored answers', () => {
    const a = assessmentOf(framework, { ...CASE_A, e2: 'not-applicable', e3: 'dont-know' });
    const [head, row] = readCsv(assessmentsToCsv([a], framework)).records;
    expect(head!.slice(-9)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4']);
    expect(row!.slice(-9)).to.deep.equal(['2', 'not applicable', "don't know", '3', '1', '1', '2', '3', '4']);
  });

  it('round-trips any assessments: CSV out, then CSV in, gives them back', () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== '');
    const answer = fc.option(fc.constantFrom<Rating['value']>(1, 2, 3, 4, 5, 'not-applicable', 'dont-know'), { nil: undefined });
    const rating = fc.record({ value: answer, evidence: fc.option(text, { nil: undefined }), notes: fc.option(text, { nil: undefined }) }).map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Rating,
    );
    const ids = ['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4'];
    const assessment = fc.record({
      ratings: fc.dictionary(fc.constantFrom(...ids), rating).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => Object.keys(v).length > 0))),
      name: text,
      notes: fc.option(text, { nil: undefined }),
      role: fc.option(text, { nil: undefined }),
      partner: fc.boolean(),
      target: fc.option(fc.constantFrom(1, 2, 3, 4, 5), { nil: undefined }),
    }).map(({ ratings, name, notes, role, partner, target }): Assessment => ({
      ...assessmentOf(framework, {}),
      subject: { name, type: 'district' },
      perspective: partner ? { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' }, relationship: 'differentiated-assistance' } : { kind: 'self' },
      ratings,
      ...(notes === undefined ? {} : { notes }),
      ...(role === undefined ? {} : { respondent: { role } }),
      ...(target === undefined ? {} : { targets: { c2: target } }),
    }));
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 1, maxLength: 5 }), (list) => {
        const back = assessmentsFromCsv(assessmentsToCsv(list, framework), framework);
        expect(back.issues).to.deep.equal([]);
        expect(back.assessments).to.deep.equal(list);
      }),
      { numRuns: 150 },
    );
  });
});

describe('results as CSV', () => {
  it('writes a score result row by row with labels and completion', () => {
    const csv = scoreResultToCsv(scoreAssessment(assessmentOf(framework, CASE_A), framework), framework);
    const [head, overall, conditions, , c1] = readCsv(csv).records;
    expect(head!.slice(0, 6)).to.deep.equal(['row_kind', 'id', 'group_id', 'label', 'score', 'normalized']);
    expect(overall!.slice(0, 6)).to.deep.equal(['overall', 'overall', '', 'District', '2.8333', '0.4583']);
    expect(conditions!.slice(0, 5)).to.deep.equal(['section', 'conditions', '', 'conditions', '2.6667']);
    expect(c1!.slice(0, 5)).to.deep.equal(['condition', 'c1', '', 'Condition one', '4']);
  });

  it('writes a gap report with both sides, n, direction and priority', () => {
    const report = analyzeGaps(framework, { comparison: 'current-vs-target', current: assessmentOf(framework, CASE_A), defaultTarget: 4 });
    const records = readCsv(gapReportToCsv(report)).records;
    const e1 = records.find((r) => r[4] === 'e1')!;
    expect(e1).to.deep.equal(['current-vs-target', 'Current', 'Target (default 4)', 'element', 'e1', 'c1', 'E1', '2', '1', '4', '1', '2', '0.5', 'b-higher', 'high', '0.4375', '']);
  });

  it('writes an aggregate with a count column per scale value', () => {
    const result = aggregateAssessments([assessmentOf(framework, CASE_A), assessmentOf(framework, { ...CASE_A, e1: 'dont-know' })], framework);
    const records = readCsv(aggregateToCsv(result, framework)).records;
    expect(records[0]!.slice(12, 20)).to.deep.equal(['count_1', 'count_2', 'count_3', 'count_4', 'count_5', 'not_applicable', 'dont_know', 'unanswered']);
    const e1 = records.find((r) => r[2] === 'e1')!;
    expect(e1.slice(1, 12)).to.deep.equal(['item', 'e1', 'c1', 'E1', '1', '2', '2', '2', '2', '', '1']);
    expect(e1.slice(12, 20)).to.deep.equal(['0', '1', '0', '0', '0', '0', '1', '0']);
    expect(records[1]!.slice(1, 5)).to.deep.equal(['overall', 'overall', '', 'District']);
  });
});
