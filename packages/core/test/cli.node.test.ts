/** The sos-kit CLI, exercised as users run it: a real child process, real files, real exit codes. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentsToCsv, createAssessment, frameworkToCase, loadBuiltInFramework } from '../src/index.js';
import { cliBundle } from './support/cli-bundle.js';
import { assessmentOf, CASE_A, scoringFramework } from './support/scoring-framework.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The CLI's sources bundled into one file (see support/cli-bundle.ts), set before the specs run. */
let bin = '';

function sosKit(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: input ?? '', encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sos-kit CLI', () => {
  const framework = scoringFramework();
  let dir: string;
  let frameworkFile: string;
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  before(async () => {
    bin = await cliBundle();
    dir = mkdtempSync(join(tmpdir(), 'sos-kit-cli-'));
    frameworkFile = file('framework.json', framework);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('usage', () => {
    it('prints help for the tool and for each command, exiting 0', () => {
      const help = sosKit(['--help']);
      expect(help.status).to.equal(0);
      expect(help.stdout).to.contain('Usage: sos-kit <command>');
      for (const command of ['validate', 'score', 'gaps', 'aggregate', 'export', 'frameworks']) {
        const result = sosKit([command, '--help']);
        expect(result.status, command).to.equal(0);
        expect(result.stdout).to.contain(`Usage: sos-kit ${command}`);
      }
    });

    it('exits 2 on usage errors, saying what is wrong', () => {
      expect(sosKit([]).status).to.equal(2);
      const unknown = sosKit(['grade']);
      expect([unknown.status, unknown.stderr]).to.deep.equal([2, 'sos-kit: unknown command "grade"; expected validate, score, gaps, aggregate, export or frameworks\nRun "sos-kit --help" for usage.\n']);
      expect(sosKit(['score', '--colour']).stderr).to.contain("Unknown option '--colour'");
      expect(sosKit(['score', '--format', 'xml']).stderr).to.contain('--format must be one of json, jsonl, csv; got "xml"');
      expect(sosKit(['gaps', 'sideways', '--framework', frameworkFile]).status).to.equal(2);
    });
  });

  describe('validate', () => {
    it('accepts valid frameworks and assessments (JSON and CSV)', () => {
      const json = file('ok.json', assessmentOf(framework, CASE_A));
      const csv = file('ok.csv', assessmentsToCsv([assessmentOf(framework, CASE_A), assessmentOf(framework, { e1: 3 })], framework));
      const result = sosKit(['validate', '--framework', frameworkFile, frameworkFile, json, csv]);
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stdout.split('\n').filter(Boolean).map((line) => line.replace(dir, ''))).to.deep.equal([
        '/framework.json: valid framework "fixture-scoring" 1.0.0',
        '/ok.json: 1 valid assessment',
        '/ok.csv: 2 valid assessments',
      ]);
    });

    it('exits 1 and names the file and JSON path, or the CSV row and column, of every problem', () => {
      const bad = file('bad.json', assessmentOf(framework, { e1: 9 }));
      const badCsv = file('bad.csv', 'subject_name,level,e1,zz\nX,district,maybe,1\n');
      const result = sosKit(['validate', '--framework', frameworkFile, bad, badCsv]);
      expect(result.status).to.equal(1);
      expect(result.stderr).to.contain(`Invalid assessment (${bad}): 1 problem\n  - $.ratings.e1.value: expected a scale value (1, 2, 3, 4, 5)`);
      expect(result.stderr).to.contain(`${badCsv} row 1, column zz: is neither an item of framework "fixture-scoring"`);
    });

    it('reads standard input and reports unreadable files', () => {
      expect(sosKit(['validate', '--framework', frameworkFile, '-'], JSON.stringify(assessmentOf(framework, CASE_A))).stdout).to.equal('-: 1 valid assessment\n');
      const missing = sosKit(['validate', '--framework', frameworkFile, join(dir, 'nope.json')]);
      expect([missing.status, missing.stderr.trim()]).to.deep.equal([1, `${join(dir, 'nope.json')}: cannot be read (ENOENT)`]);
    });

    it('reports a broken framework file', () => {
      const broken = file('broken-framework.json', { ...framework, version: 'one' });
      const result = sosKit(['score', '--framework', broken, '-'], '{}');
      expect([result.status, result.stderr]).to.deep.equal([1, `Invalid framework (${broken}): 1 problem\n  - $.version: expected a semantic version such as "1.0.0", got "one"\n`]);
    });
  });

  describe('score', () => {
    it('writes a score result as JSON, or as CSV', () => {
      const input = file('a.json', assessmentOf(framework, CASE_A));
      const result = sosKit(['score', '--framework', frameworkFile, input]);
      expect(result.status, result.stderr).to.equal(0);
      expect(JSON.parse(result.stdout).overall.score).to.equal(2.8333);
      const csv = sosKit(['score', '--framework', frameworkFile, '--format', 'csv', input]);
      expect(csv.stdout.split('\r\n')[1]).to.match(/^overall,overall,,District,2\.8333,0\.4583,/);
    });

    it('reads JSON lines and writes to --out', () => {
      const lines = file('many.ndjson', [assessmentOf(framework, CASE_A), assessmentOf(framework, { ...CASE_A, e1: 5 })].map((a) => JSON.stringify(a)).join('\n'));
      const out = join(dir, 'scores.json');
      expect(sosKit(['score', '--framework', frameworkFile, '--out', out, lines]).status).to.equal(0);
      expect(JSON.parse(readFileSync(out, 'utf8'))).to.have.length(2);
    });
  });

  describe('gaps', () => {
    it('compares self and partner ratings given as files, including CSV', () => {
      const self = file('self.json', assessmentOf(framework, CASE_A));
      const partner = file('partner.csv', assessmentsToCsv([assessmentOf(framework, { ...CASE_A, e1: 4 }, { perspective: { kind: 'partner', rater: { name: 'Sample COE', type: 'coe' } } })], framework));
      const result = sosKit(['gaps', 'self-partner', '--framework', frameworkFile, '--self', self, '--partner', partner]);
      expect(result.status, result.stderr).to.equal(0);
      const report = JSON.parse(result.stdout);
      expect(report.items[0]).to.deep.include({ id: 'e1', difference: 2, priority: 'high' });
    });

    it('compares with targets and writes CSV', () => {
      const current = file('current.json', assessmentOf(framework, CASE_A));
      const result = sosKit(['gaps', 'target', '--framework', frameworkFile, '--default-target', '4', '--format', 'csv', '--current', current]);
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stdout).to.contain('current-vs-target,Current,Target (default 4),element,e1,c1,E1,2,1,4,1,2,0.5,b-higher,high,0.4375,');
    });

    it('writes a Spanish report with --lang es: the sides named in Spanish, and a built-in framework\'s rows too', async () => {
      const current = file('current-es.json', assessmentOf(framework, CASE_A));
      const own = sosKit(['gaps', 'target', '--framework', frameworkFile, '--default-target', '4', '--format', 'csv', '--lang', 'es', '--current', current]);
      expect(own.status, own.stderr).to.equal(0);
      expect(own.stdout).to.contain('current-vs-target,Actual,Meta (4 por defecto),element,e1,c1,E1,2,1,4,1,2,0.5,b-higher,high,0.4375,');
      const builtIn = await loadBuiltInFramework('ca-sos-conditions-capacities');
      const district = createAssessment(builtIn, { level: 'district', subject: { name: 'Sample Unified', type: 'district' }, now: '2026-09-01T16:00:00Z', id: 'es-1' });
      const element = builtIn.conditions![0]!.elements[0]!;
      district.ratings[element.id] = { value: 2 };
      const result = sosKit(['gaps', 'target', '--lang', 'es', '--default-target', '4', '--current', file('district-es.json', district)]);
      expect(result.status, result.stderr).to.equal(0);
      const report = JSON.parse(result.stdout);
      expect([report.a.label, report.b.label]).to.deep.equal(['Actual', 'Meta (4 por defecto)']);
      expect(report.items.find((row: { id: string }) => row.id === element.id).label.es).to.equal((element.name as { es: string }).es);
    });

    it('refuses a language it has no words in, and --lang on a command without names', () => {
      const current = file('current-fr.json', assessmentOf(framework, CASE_A));
      const french = sosKit(['gaps', 'target', '--framework', frameworkFile, '--lang', 'fr', '--current', current]);
      expect([french.status, french.stderr.split('\n')[0]]).to.deep.equal([2, 'sos-kit: --lang must be one of en, es; got "fr"']);
      const aggregate = sosKit(['aggregate', '--framework', frameworkFile, '--lang', 'es', current]);
      expect([aggregate.status, aggregate.stderr.split('\n')[0]]).to.deep.equal([2, "sos-kit: --lang names a gap report's sides and rows; aggregate has no such names"]);
    });

    it('says which input a comparison is missing', () => {
      const result = sosKit(['gaps', 'baseline', '--framework', frameworkFile, '--baseline', frameworkFile]);
      expect([result.status, result.stderr.split('\n')[0]]).to.deep.equal([2, 'sos-kit: gaps baseline needs --follow-up <file>']);
    });
  });

  describe('aggregate', () => {
    it('summarises a team and rolls up by school year', () => {
      const team = file('team.json', [assessmentOf(framework, CASE_A, { schoolYear: '2024-25' }), assessmentOf(framework, { ...CASE_A, e1: 4 }, { schoolYear: '2025-26' })]);
      const all = sosKit(['aggregate', '--framework', frameworkFile, team]);
      expect(all.status, all.stderr).to.equal(0);
      expect(JSON.parse(all.stdout).items[0]).to.deep.include({ id: 'e1', n: 2, mean: 3 });
      const byYear = JSON.parse(sosKit(['aggregate', '--framework', frameworkFile, '--by', 'school-year', team]).stdout);
      expect(byYear.map((r: { key: string }) => r.key)).to.deep.equal(['2024-25', '2025-26']);
    });
  });

  describe('hostile and oversized input', () => {
    it('prints control characters from input as visible escapes, never raw to the terminal', () => {
      const csv = file('ansi.csv', 'subject_name,level,e1\nX,district,"\u001b[31mred\u001b]0;title\u0007\u202e"\n');
      const result = sosKit(['validate', '--framework', frameworkFile, csv]);
      expect(result.status).to.equal(1);
      expect(result.stderr).to.contain('("\\\\x1b[31mred\\\\x1b]0;title\\\\x07\\\\u202e")');
      expect(result.stderr).to.not.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    });

    it('cuts an echoed value to 80 characters and says how long it was', () => {
      const csv = file('long-cell.csv', `subject_name,level,e1\nX,district,${'9'.repeat(500_000)}\n`);
      const result = sosKit(['validate', '--framework', frameworkFile, csv]);
      expect(result.status).to.equal(1);
      expect(result.stderr).to.contain(`("${'9'.repeat(79)}…" (500,000 characters))`);
      expect(result.stderr.length).to.be.lessThan(600);
    });

    it('lists the first 100 problems and counts the rest', () => {
      const ratings = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown-${i}`, { value: 3 }]));
      const bad = file('many-problems.json', { ...assessmentOf(framework, CASE_A), ratings });
      const result = sosKit(['validate', '--framework', frameworkFile, bad]);
      expect(result.status).to.equal(1);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).to.have.length(102);
      expect(lines[0]).to.equal(`Invalid assessment (${bad}): 10,000 problems`);
      expect(lines.at(-1)).to.equal('… and 9,900 more problems (10,000 in all)');
    });

    it('reads a CSV with a 100 MB field in little memory, reporting the field by row and column', () => {
      const path = join(dir, 'huge-field.csv');
      writeFileSync(path, `subject_name,level,e1,e1#notes\nX,district,3,${'n'.repeat(100 * 1024 * 1024)}\nY,district,4,ok\n`);
      const result = spawnSync(process.execPath, [bin, 'validate', '--framework', frameworkFile, path], { cwd: root, encoding: 'utf8', env: { ...process.env, SOS_KIT_REPORT_PEAK_RSS: '1' } });
      rmSync(path);
      expect(result.status).to.equal(1);
      expect(result.stderr).to.contain(`${path} row 2, column e1#notes: is longer than 1,048,576 characters, the limit for one field`);
      const peakMb = Number(/peak RSS (\d+) KB/.exec(result.stderr)![1]) / 1024;
      console.log(`      100 MB field: peak RSS ${peakMb.toFixed(0)} MB`);
      expect(peakMb).to.be.lessThan(400);
      const raised = sosKit(['validate', '--framework', frameworkFile, '--max-field', '15', file('small-limit.csv', 'subject_name,level,e1,e1#notes\nX,district,3,sixteen chars!!!\n')]);
      expect(raised.stderr).to.contain('row 2, column e1#notes: is longer than 15 characters');
    });

    it('accepts JSON with a byte-order mark, and locates invalid JSON by line and column', () => {
      const bom = file('bom.json', `\uFEFF${JSON.stringify(assessmentOf(framework, CASE_A))}`);
      const bomFramework = file('bom-framework.json', `\uFEFF${JSON.stringify(framework)}`);
      expect(sosKit(['validate', '--framework', bomFramework, bom]).stdout).to.equal(`${bom}: 1 valid assessment\n`);
      const lines = file('broken.ndjson', [JSON.stringify(assessmentOf(framework, CASE_A)), '', '{"schemaVersion": 1, "level": }', JSON.stringify(assessmentOf(framework, CASE_A))].join('\n'));
      const result = sosKit(['validate', '--framework', frameworkFile, lines]);
      expect([result.status, result.stderr]).to.deep.equal([1, `${lines} line 3, column 31: invalid JSON: expected a value (an object, array, string, number, true, false or null), found "}"\n`]);
    });

    it('finds where a value that never closes first goes wrong, not only where it started', () => {
      const broken = file('mismatched.json', '{"a":\n  [1, }');
      const result = sosKit(['validate', '--framework', frameworkFile, broken]);
      expect([result.status, result.stderr]).to.deep.equal([1, `${broken} line 2, column 7: invalid JSON: expected a value (an object, array, string, number, true, false or null), found "}"\n`]);
    });

    it('reports keys written twice with both places, instead of keeping the last silently', () => {
      const text = JSON.stringify(assessmentOf(framework, CASE_A)).replace('{', '{"level":"school",');
      const twice = file('twice.json', text);
      const result = sosKit(['validate', '--framework', frameworkFile, twice]);
      expect(result.status).to.equal(1);
      expect(result.stderr).to.contain(`Keys written twice (${twice}): 1 problem`);
      expect(result.stderr).to.match(/\$\.level: appears twice in one object \(line 1, column 2 and line 1, column \d+\)/);
    });

    it('reports an --out it cannot write in one line, with no stack trace', () => {
      const target = join(dir, 'no-such-dir', 'out.json');
      const result = sosKit(['score', '--framework', frameworkFile, '--out', target, file('one.json', assessmentOf(framework, CASE_A))]);
      expect([result.status, result.stderr]).to.deep.equal([1, `sos-kit: cannot write ${target}: no such directory\n`]);
    });

    it('treats malformed numbers as usage errors (exit 2), never as 0', () => {
      const current = file('current-2.json', assessmentOf(framework, CASE_A));
      const target = sosKit(['gaps', 'target', '--framework', frameworkFile, '--default-target', 'abc', '--current', current]);
      expect([target.status, target.stderr.split('\n')[0]]).to.deep.equal([2, `sos-kit: --default-target must be a number on the framework's scale; got "abc"`]);
      for (const share of ['', ' ', '1.5', 'half']) {
        const result = sosKit(['score', '--framework', frameworkFile, '--min-share', share, current]);
        expect([result.status, result.stderr.split('\n')[0]], JSON.stringify(share)).to.deep.equal([2, `sos-kit: --min-share must be a number from 0 to 1; got ${JSON.stringify(share)}`]);
      }
      expect(sosKit(['validate', '--max-field', '0', current]).status).to.equal(2);
    });
  });

  describe('streaming output', () => {
    it('writes many scores as a JSON array, JSON lines, or CSV with one header', () => {
      const three = file('three.ndjson', [CASE_A, { ...CASE_A, e1: 5 }, { ...CASE_A, e1: 1 }].map((answers) => JSON.stringify(assessmentOf(framework, answers))).join('\n'));
      const array = sosKit(['score', '--framework', frameworkFile, three]);
      expect(JSON.parse(array.stdout).map((r: { items: { score: number }[] }) => r.items[0]!.score)).to.deep.equal([2, 5, 1]);
      const lines = sosKit(['score', '--framework', frameworkFile, '--format', 'jsonl', three]).stdout.trimEnd().split('\n');
      expect(lines.map((l) => JSON.parse(l).kind)).to.deep.equal(['score', 'score', 'score']);
      const csv = sosKit(['score', '--framework', frameworkFile, '--format', 'csv', three]).stdout.split('\r\n');
      expect(csv.filter((l) => l.startsWith('row_kind,'))).to.have.length(1);
      expect(csv[0]!.endsWith(',assessment_id,subject_name')).to.equal(true);
      expect(csv.filter((l) => l.startsWith('overall,'))).to.have.length(3);
    });

    it('rolls up to CSV with one header, and reads assessments from standard input as a stream', () => {
      const team = [assessmentOf(framework, CASE_A, { schoolYear: '2024-25' }), assessmentOf(framework, { ...CASE_A, e1: 4 }, { schoolYear: '2025-26' })];
      const result = sosKit(['aggregate', '--framework', frameworkFile, '--by', 'school-year', '--format', 'csv', '-'], team.map((a) => JSON.stringify(a)).join('\n'));
      expect(result.status, result.stderr).to.equal(0);
      const rows = result.stdout.split('\r\n');
      expect(rows.filter((l) => l.startsWith('key,'))).to.have.length(1);
      expect(rows.filter((l) => /^2024-25,overall|^2025-26,overall/.test(l))).to.have.length(2);
    });

    it('keeps valid results and reports the invalid assessments with exit code 1', () => {
      const mixed = file('mixed.ndjson', [JSON.stringify(assessmentOf(framework, CASE_A)), JSON.stringify(assessmentOf(framework, { e1: 9 }))].join('\n'));
      const result = sosKit(['score', '--framework', frameworkFile, '--format', 'jsonl', mixed]);
      expect(result.status).to.equal(1);
      expect(result.stdout.trimEnd().split('\n')).to.have.length(1);
      expect(result.stderr.startsWith(`Invalid assessment (${mixed} line 2): 1 problem\n  - $.ratings.e1.value: expected a scale value (1, 2, 3, 4, 5)`)).to.equal(true);
      expect(result.stderr.trimEnd().split('\n')).to.have.length(2);
    });
  });

  describe('frameworks', () => {
    it('gives an overview of the built-in frameworks, and checks framework files like validate', () => {
      const result = sosKit(['frameworks']);
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stdout).to.contain('id ca-sos-conditions-capacities');
      expect(result.stdout).to.match(/District\s+\d+ items: 18 elements in 4 conditions, \d+ capacities in \d+ roles/);
      expect(sosKit(['frameworks', frameworkFile]).stdout).to.equal(`${frameworkFile}: valid framework "fixture-scoring" 1.0.0\n`);
    });
  });

  describe('export', () => {
    it('exports CASE JSON identical to the SDK, and a CSV survey template', () => {
      const result = sosKit(['export', '--framework', frameworkFile, '--format', 'case']);
      expect(result.status, result.stderr).to.equal(0);
      expect(JSON.parse(result.stdout)).to.deep.equal(frameworkToCase(framework));
      const template = sosKit(['export', '--framework', frameworkFile, '--format', 'csv', '--level', 'district']);
      expect(template.stdout).to.equal('level,subject_name,e1,e2,e3,e4,e5,k1,k2,k3,k4\r\n');
      expect(sosKit(['export', '--framework', frameworkFile, '--format', 'csv']).status).to.equal(2);
    });
  });
});
