/**
 * The CLI at statewide scale: a million assessments through `aggregate` and `score` in real
 * child processes, whose peak memory must not grow with the input (the 1,000,000 case within
 * 1.2× of the 100,000 case). Before streaming, 125,000 assessments overflowed the call stack
 * and memory grew ~10 KB per assessment.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentOf, scoringFramework } from './support/scoring-framework.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(root, 'packages/core/src/cli/bin.ts');

/** Runs the CLI; resolves with its exit code, peak RSS (KB, reported by the child) and output. */
async function sosKit(args: string[]): Promise<{ status: number | null; peakKb: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], { cwd: root, env: { ...process.env, SOS_KIT_REPORT_PEAK_RSS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const [status] = (await once(child, 'close')) as [number | null];
  const peak = /sos-kit: peak RSS (\d+) KB/.exec(stderr);
  return { status, peakKb: peak ? Number(peak[1]) : Number.NaN, stdout, stderr };
}

/** Streams `count` JSON lines to a file without holding them: a block of 1,000 written again and again. */
async function writeAssessments(path: string, count: number): Promise<void> {
  const framework = scoringFramework();
  const ids = ['e1', 'e2', 'e3', 'e4', 'e5', 'k1', 'k2', 'k3', 'k4'];
  let block = '';
  for (let i = 0; i < 1000; i++) {
    const answers = Object.fromEntries(ids.map((id, k) => [id, 1 + ((i * 7 + k * 3) % 5)]));
    block += `${JSON.stringify(assessmentOf(framework, answers, { schoolYear: `20${20 + (i % 6)}-${21 + (i % 6)}` }))}\n`;
  }
  const out = createWriteStream(path);
  for (let written = 0; written < count; written += 1000) {
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

// A million assessments take tens of seconds per command on a busy two-core machine; Node's
// test runner sets no time limit by default.
describe('sos-kit CLI memory at scale', () => {
  let dir: string;
  let frameworkFile: string;
  const files = new Map<number, string>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sos-kit-memory-'));
    frameworkFile = join(dir, 'framework.json');
    writeFileSync(frameworkFile, JSON.stringify(scoringFramework()));
    for (const n of [100_000, 1_000_000]) {
      files.set(n, join(dir, `${n}.jsonl`));
      await writeAssessments(files.get(n)!, n);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // The four runs go in parallel: each process's own peak is what is compared, and the suite
  // takes the time of the longest run rather than of all four.
  type Run = Awaited<ReturnType<typeof sosKit>>;
  let runs: Map<string, Run>;
  const scoresFile = () => join(dir, 'scores.jsonl');
  before(async () => {
    const jobs: [string, string[]][] = [];
    for (const n of [100_000, 1_000_000]) {
      jobs.push([`aggregate ${n}`, ['aggregate', '--framework', frameworkFile, files.get(n)!]]);
      // The million results (gigabytes) go to /dev/null; the 100,000 are counted in a file.
      jobs.push([`score ${n}`, ['score', '--format', 'jsonl', '--framework', frameworkFile, '--out', n === 100_000 ? scoresFile() : '/dev/null', files.get(n)!]]);
    }
    runs = new Map(await Promise.all(jobs.map(async ([name, args]) => [name, await sosKit(args)] as const)));
  });

  const peaks = (command: string) => {
    const [small, large] = [runs.get(`${command.split(' ')[0]} 100000`)!, runs.get(`${command.split(' ')[0]} 1000000`)!];
    console.log(`      ${command} peak RSS: 100,000 → ${(small.peakKb / 1024).toFixed(0)} MB; 1,000,000 → ${(large.peakKb / 1024).toFixed(0)} MB (${(large.peakKb / small.peakKb).toFixed(2)}×)`);
    return [small.peakKb, large.peakKb] as const;
  };

  it('aggregates 1,000,000 assessments in the memory of 100,000', () => {
    for (const n of [100_000, 1_000_000]) {
      const result = runs.get(`aggregate ${n}`)!;
      expect(result.status, result.stderr).to.equal(0);
      expect(JSON.parse(result.stdout).respondents).to.equal(n);
    }
    const [small, large] = peaks('aggregate');
    expect(large).to.be.at.most(small * 1.2);
  });

  it('scores 1,000,000 assessments to JSON lines in the memory of 100,000', () => {
    for (const n of [100_000, 1_000_000]) {
      const result = runs.get(`score ${n}`)!;
      expect(result.status, result.stderr).to.equal(0);
      expect(result.stderr.replace(/sos-kit: peak RSS \d+ KB\n/, '')).to.equal('');
    }
    const lines = readFileSync(scoresFile(), 'utf8').split('\n');
    expect(lines.length - 1).to.equal(100_000);
    expect(JSON.parse(lines[99_999]!).kind).to.equal('score');
    const [small, large] = peaks('score --format jsonl');
    expect(large).to.be.at.most(small * 1.2);
  });
});
