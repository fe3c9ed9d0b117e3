/**
 * The CLI at scale: 500,000 assessments through `aggregate`, `score` and `gaps` (a team that
 * large, against its targets) in real child processes, whose peak memory must not grow with the
 * input (the 500,000 case within 1.2× of the 100,000 case). Before streaming, 125,000
 * assessments overflowed the call stack and memory grew ~10 KB per assessment; `gaps` held every
 * assessment (~1 KB each).
 *
 * Why 100,000 against 500,000 (not against 1,000,000, which took most of the Node suite's time):
 * what is checked is a slope. 400,000 more assessments within 1.2× of a peak of ~100–120 MB
 * bound any growth to ~55 bytes per assessment, and anything a reader could keep per assessment is
 * larger: its JSON line is ~700 bytes, the parsed object a few KB, its score result more. V8
 * grows its young generation with the allocation rate (up to ~30 MB more over a long run, which
 * is not input held); the children start with it at full size, so what is compared is what the
 * CLI keeps. The input is generated straight into the CLI's standard input (no gigabyte of files
 * written and read back), and the CLI runs as one bundled file, like the package's cli.js.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBundle } from './support/cli-bundle.js';
import { assessmentOf, scoringFramework } from './support/scoring-framework.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SMALL = 100_000;
const LARGE = 500_000;
/** V8's default largest semi-space on 64-bit (MB), fixed from the start (see above). */
const YOUNG_GENERATION_AT_FULL_SIZE = ['--min-semi-space-size=16', '--max-semi-space-size=16'];

/** 1,000 JSON lines of assessments; the input is this block written again and again. */
function assessmentBlock(): string {
  const framework = scoringFramework();
  const ids = ['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4'];
  let block = '';
  for (let i = 0; i < 1000; i++) {
    const answers = Object.fromEntries(ids.map((id, k) => [id, 1 + ((i * 7 + k * 3) % 5)]));
    block += `${JSON.stringify(assessmentOf(framework, answers, { schoolYear: `20${20 + (i % 6)}-${21 + (i % 6)}` }))}\n`;
  }
  return block;
}

/**
 * Runs the CLI on `count` assessments piped to its standard input as they are generated (with
 * backpressure, so neither side holds them); resolves with its exit code, peak RSS (KB, reported
 * by the child) and output.
 */
async function sosKit(args: string[], block: string, count: number): Promise<{ status: number | null; peakKb: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...YOUNG_GENERATION_AT_FULL_SIZE, await cliBundle(), ...args, '-'], { cwd: root, env: { ...process.env, SOS_KIT_REPORT_PEAK_RSS: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const closed = once(child, 'close');
  for (let written = 0; written < count; written += 1000) {
    if (!child.stdin.write(block)) await once(child.stdin, 'drain');
  }
  child.stdin.end();
  const [status] = (await closed) as [number | null];
  const peak = /sos-kit: peak RSS (\d+) KB/.exec(stderr);
  return { status, peakKb: peak ? Number(peak[1]) : Number.NaN, stdout, stderr };
}

// Half a million assessments take tens of seconds per command on a busy two-core machine; Node's
// test runner sets no time limit by default.
describe('sos-kit CLI memory at scale', () => {
  let dir: string;
  let frameworkFile: string;
  const block = assessmentBlock();

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sos-kit-memory-'));
    frameworkFile = join(dir, 'framework.json');
    writeFileSync(frameworkFile, JSON.stringify(scoringFramework()));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // The runs go in parallel: each process's own peak is what is compared, and the suite
  // takes the time of the longest run rather than of all four.
  type Run = Awaited<ReturnType<typeof sosKit>>;
  let runs: Map<string, Run>;
  const scoresFile = () => join(dir, 'scores.jsonl');
  before(async () => {
    const jobs: [string, string[], number][] = [];
    for (const n of [SMALL, LARGE]) {
      jobs.push([`aggregate ${n}`, ['aggregate', '--framework', frameworkFile], n]);
      // The large run's results (hundreds of MB) go to /dev/null; the small run's are counted in a file.
      jobs.push([`score ${n}`, ['score', '--format', 'jsonl', '--framework', frameworkFile, '--out', n === SMALL ? scoresFile() : '/dev/null'], n]);
      jobs.push([`gaps ${n}`, ['gaps', 'target', '--default-target', '4', '--framework', frameworkFile], n]);
    }
    runs = new Map(await Promise.all(jobs.map(async ([name, args, n]) => [name, await sosKit(args, block, n)] as const)));
  });

  const peaks = (command: string) => {
    const [small, large] = [runs.get(`${command.split(' ')[0]} ${SMALL}`)!, runs.get(`${command.split(' ')[0]} ${LARGE}`)!];
    const perAssessment = ((large.peakKb - small.peakKb) * 1024) / (LARGE - SMALL);
    console.log(
      `      ${command} peak RSS: ${SMALL.toLocaleString('en-US')} → ${(small.peakKb / 1024).toFixed(0)} MB; ${LARGE.toLocaleString('en-US')} → ${(large.peakKb / 1024).toFixed(0)} MB (${(large.peakKb / small.peakKb).toFixed(2)}×, ${perAssessment.toFixed(0)} bytes per further assessment)`,
    );
    return [small.peakKb, large.peakKb] as const;
  };

  it('aggregates 500,000 assessments in the memory of 100,000', () => {
    for (const n of [SMALL, LARGE]) {
      const result = runs.get(`aggregate ${n}`)!;
      expect(result.status, result.stderr).to.equal(0);
      expect(JSON.parse(result.stdout).respondents).to.equal(n);
    }
    const [small, large] = peaks('aggregate');
    expect(large).to.be.at.most(small * 1.2);
  });

  it('scores 500,000 assessments to JSON lines in the memory of 100,000', () => {
    for (const n of [SMALL, LARGE]) {
      const result = runs.get(`score ${n}`)!;
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stderr.replace(/sos-kit: peak RSS \d+ KB\n/, '')).to.equal('');
    }
    const lines = readFileSync(scoresFile(), 'utf8').split('\n');
    expect(lines.length - 1).to.equal(SMALL);
    expect(JSON.parse(lines[SMALL - 1]!).kind).to.equal('score');
    const [small, large] = peaks('score --format jsonl');
    expect(large).to.be.at.most(small * 1.2);
  });

  it('compares a team of 500,000 with its targets in the memory of 100,000', () => {
    for (const n of [SMALL, LARGE]) {
      const result = runs.get(`gaps ${n}`)!;
      expect(result.status, result.stderr).to.equal(0);
      const report = JSON.parse(result.stdout);
      expect([report.a.respondents, report.items[0].a.n]).to.deep.equal([n, n]);
    }
    const [small, large] = peaks('gaps target');
    expect(large).to.be.at.most(small * 1.2);
  });
});
