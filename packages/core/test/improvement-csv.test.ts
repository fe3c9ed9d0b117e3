/** Data points in and out of spreadsheets: round trips, a team's own sheet, and every bad cell named. */
import { expect } from 'chai';
import fc from 'fast-check';
import { dataPointsFromCsv, dataPointsToCsv, readCsv, type DataPoint, type Measure } from '../src/index.js';

const attendance: Measure = {
  id: 'attendance',
  name: 'Average daily attendance',
  kind: 'outcome',
  unit: '%',
  dataPoints: [
    { date: '2025-09-30', value: 91.5 },
    { date: '2025-10-31', value: 92, note: 'Family nights began' },
    { date: '2025-11-30', value: 60, note: '=HYPERLINK("http://x")', astronomical: true },
  ],
};
const calls: Measure = { id: 'calls', name: 'Calls, made', kind: 'process', dataPoints: [{ date: '2025-10-03', value: 14 }] };

describe('data points as CSV', () => {
  it('writes one row per value with the measure, guarding text a spreadsheet would run', () => {
    const csv = dataPointsToCsv([attendance, calls]);
    expect(csv.split('\r\n')).to.deep.equal([
      'measure_id,measure,unit,date,value,note,astronomical',
      'attendance,Average daily attendance,%,2025-09-30,91.5,,',
      'attendance,Average daily attendance,%,2025-10-31,92,Family nights began,',
      `attendance,Average daily attendance,%,2025-11-30,60,"'=HYPERLINK(""http://x"")",yes`,
      'calls,"Calls, made",,2025-10-03,14,,',
      '',
    ]);
  });

  it('reads back exactly what it wrote', () => {
    const { series, issues } = dataPointsFromCsv(dataPointsToCsv([attendance, calls]));
    expect(issues).to.deep.equal([]);
    expect(series).to.deep.equal([
      { measureId: 'attendance', points: attendance.dataPoints },
      { measureId: 'calls', points: calls.dataPoints },
    ]);
  });

  it('round-trips any points', () => {
    const point = fc.record(
      {
        date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((v) => (Object.is(v, -0) ? 0 : v)),
        note: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && s.trim() === s),
        astronomical: fc.constant(true),
      },
      { requiredKeys: ['date', 'value'] },
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 15 }), (points) => {
        const sorted: DataPoint[] = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const { series, issues } = dataPointsFromCsv(dataPointsToCsv({ id: 'm', name: 'M', kind: 'outcome', dataPoints: sorted }));
        expect(issues).to.deep.equal([]);
        expect(series).to.deep.equal([{ measureId: 'm', points: sorted }]);
      }),
      { numRuns: 150 },
    );
  });

  it("reads a team's own sheet: any column order and case, US dates, percentages and thousands, rows sorted by date", () => {
    const sheet = 'Value,Date,Note\r\n"1,250",3/15/2026,after break\r\n45%,1/9/2026,\r\n 47 ,2026-02-13,\r\n';
    const { series, issues } = dataPointsFromCsv(sheet, { measureId: 'reading-minutes' });
    expect(issues).to.deep.equal([]);
    expect(series).to.deep.equal([
      {
        measureId: 'reading-minutes',
        points: [
          { date: '2026-01-09', value: 45 },
          { date: '2026-02-13', value: 47 },
          { date: '2026-03-15', value: 1250, note: 'after break' },
        ],
      },
    ]);
    // Numbers too small or large for plain digits are written with exponents, by us and by spreadsheets.
    expect(dataPointsFromCsv('date,value\n2026-01-01,1.5E+3\n2026-01-02,5e-324\n').series[0]?.points.map((p) => p.value)).to.deep.equal([1500, 5e-324]);
    expect(dataPointsFromCsv('date,value\n15/3/2026,4\n', { dateOrder: 'dmy' }).series[0]?.points).to.deep.equal([{ date: '2026-03-15', value: 4 }]);
  });

  it('names every cell it cannot read (row, column, text, reason) and keeps the other rows', () => {
    const sheet = 'date,value,astronomical,measure_id\n2026-01-09,4,,\n2026-02-30,5,,\nyesterday,,,\n2026-03-01,four,maybe,\n2026-03-08,6,,Attendance\n2026-03-15,7,Y,\n';
    const { series, issues } = dataPointsFromCsv(sheet);
    expect(series).to.deep.equal([{ points: [{ date: '2026-01-09', value: 4 }, { date: '2026-03-15', value: 7, astronomical: true }] }]);
    expect(issues.map(({ row, column, value, code }) => ({ row, column, value, code }))).to.deep.equal([
      { row: 3, column: 'date', value: '2026-02-30', code: 'invalid_date' },
      { row: 4, column: 'date', value: 'yesterday', code: 'invalid_date' },
      { row: 4, column: 'value', value: '', code: 'missing_value' },
      { row: 5, column: 'value', value: 'four', code: 'invalid_number' },
      { row: 5, column: 'astronomical', value: 'maybe', code: 'invalid_flag' },
      { row: 6, column: 'measure_id', value: 'Attendance', code: 'invalid_id' },
    ]);
    expect(issues[3]?.message).to.equal('expected a number such as 42, 42.5, 1,250 or 42%');
  });

  it('says what the header lacks, and which columns it does not read', () => {
    expect(dataPointsFromCsv('when,value\n2026-01-01,3\n').issues.map((i) => i.code)).to.deep.equal(['unknown_column', 'missing_column']);
    expect(dataPointsFromCsv('when,value\n2026-01-01,3\n').issues[1]?.message).to.equal('the header needs the column "date"');
    expect(dataPointsFromCsv('').issues.map((i) => i.code)).to.deep.equal(['empty_file']);
    const extra = dataPointsFromCsv('date,value,comment\n2026-01-01,3,hi\n2026-01-02,4,x,y\n');
    expect(extra.issues.map((i) => [i.row, i.code])).to.deep.equal([[1, 'unknown_column'], [3, 'extra_cells']]);
    expect(extra.series[0]?.points).to.have.length(2);
  });

  it('reports a cut-off file and a value the guard protected', () => {
    expect(dataPointsFromCsv('date,value,note\n2026-01-01,3,"never closed\n').issues.map((i) => i.code)).to.include('unterminated_quote');
    expect(readCsv(dataPointsToCsv(attendance)).records[3]?.[5]).to.equal('=HYPERLINK("http://x")');
  });

  it('refuses a measure id option that is not an id', () => {
    expect(() => dataPointsFromCsv('date,value\n', { measureId: 'Not An Id' })).to.throw(RangeError, /measureId/);
  });
});
