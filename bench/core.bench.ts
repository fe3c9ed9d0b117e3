/**
 * npm run bench: throughput of scoring and aggregation against references measured in the same
 * run. Figures, never assertions. Usage: npm run bench [-- --assessments N] [--cli-only] [--aggregates-only]
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  AggregateResultSchema,
  AggregateStateSchema,
  Aggregator,
  aggregateMatrixState,
  aggregateStream,
  encodeAssessments,
  frameworkToCaseJson,
  loadBuiltInFramework,
  parseFramework,
  safeParseAggregateResult,
  safeParseAggregateState,
  safeParseAssessment,
  scoreAssessment,
  scoringPlan,
  summarizeAggregate,
  type AggregateResult,
  type AggregateState,
  type Assessment,
  type Framework,
} from '../packages/core/src/index.js';
import { wideFramework } from '../packages/core/test/support/wide-framework.js';

/** A 60-item district instrument: 6 conditions × 5 elements and 6 roles × 5 capacities. */
export function benchFramework(): Framework {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  return parseFramework({
    schemaVersion: 1,
    id: 'bench',
    version: '1.0.0',
    versionDate: '2026-01-01',
    title: 'Benchmark framework',
    scale: { id: 'five', name: 'Five', levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` })) },
    levels: [{ id: 'district', name: 'District', roles: ids('r', 6).map((r) => ({ id: r, name: r, capacities: ids(`${r}.k`, 5).map((k, i) => ({ id: k, statement: k, ...(i === 0 ? { weight: 2 } : {}) })) })) }],
    conditions: ids('c', 6).map((c) => ({ id: c, name: c, elements: ids(`${c}.e`, 5).map((e) => ({ id: e, name: e, descriptions: { district: e } })) })),
  });
}

/** Deterministic pseudo-random numbers (mulberry32), so every run rates the same answers. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* benchAssessments(framework: Framework, count: number, seed = 1): Generator<Assessment> {
  const next = random(seed);
  const items = scoringPlan(framework, 'district').items.map((i) => i.id);
  for (let n = 0; n < count; n++) {
    const ratings: Assessment['ratings'] = {};
    for (const id of items) {
      const roll = next();
      // 87% scored, 5% not applicable, 3% don't know, 5% unanswered
      if (roll < 0.87) ratings[id] = { value: 1 + Math.floor(next() * 5) };
      else if (roll < 0.92) ratings[id] = { value: 'not-applicable' };
      else if (roll < 0.95) ratings[id] = { value: 'dont-know' };
    }
    yield {
      schemaVersion: 1,
      framework: { id: framework.id, version: framework.version },
      level: 'district',
      subject: { name: `District ${n % 1000}`, type: 'district', county: `County ${n % 58}` },
      perspective: { kind: 'self' },
      status: 'draft',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      ratings,
    };
  }
}

/**
 * Fastest of `runs`, in seconds of CPU time: on a shared machine wall time mostly measures the
 * other processes, while CPU time measures this code. Single-threaded tasks only.
 */
function best(runs: number, task: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    task();
    const used = process.cpuUsage(start);
    fastest = Math.min(fastest, (used.user + used.system) / 1e3);
  }
  return fastest / 1000;
}

const perSecond = (count: number, seconds: number) => {
  const rate = count / seconds;
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(1)} M/s` : `${(rate / 1e3).toFixed(0)} k/s`;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--stream-child') return streamChild(Number(args[1]));
  if (args[0] === '--library-child') return libraryChild(args[1] as 'aggregate' | 'score', args[2]!);
  const count = Number(args[args.indexOf('--assessments') + 1] || 100_000) || 100_000;
  if (args.includes('--cli-only')) return cliSection(count);
  if (args.includes('--aggregates-only')) return aggregatesSection();
  const framework = benchFramework();
  const plan = scoringPlan(framework, 'district');
  const items = plan.items.length;
  const assessments = [...benchAssessments(framework, count)];
  const ratings = count * items;
  console.log(`sos-kit bench: ${count.toLocaleString('en-US')} assessments × ${items} items = ${(ratings / 1e6).toFixed(1)} M ratings (Node ${process.version}, best of 3, CPU time)\n`);

  // Reference: the fastest plausible code for per-item means over the same ratings.
  const matrix = encodeAssessments(assessments, framework, { validated: true });
  const sums = new Float64Array(items);
  const counts = new Float64Array(items);
  const valueOfCode = plan.valueOfCode;
  const reference = best(3, () => {
    sums.fill(0);
    counts.fill(0);
    const codes = matrix.codes;
    for (let r = 0, k = 0; r < count; r++) {
      for (let i = 0; i < items; i++, k++) {
        const v = valueOfCode[codes[k]!]!;
        if (v === v) {
          sums[i]! += v;
          counts[i]!++;
        }
      }
    }
  });
  // Naive: per-object code as one might first write it.
  const naive = best(3, () => {
    const totals = new Map<string, { sum: number; n: number }>();
    for (const a of assessments) {
      for (const [id, rating] of Object.entries(a.ratings)) {
        if (typeof rating.value !== 'number') continue;
        const t = totals.get(id) ?? { sum: 0, n: 0 };
        t.sum += rating.value;
        t.n++;
        totals.set(id, t);
      }
    }
  });
  const encode = best(3, () => encodeAssessments(assessments, framework, { validated: true }));
  const aggregate = best(3, () => aggregateMatrixState(matrix, framework));
  const scoring = best(3, () => {
    for (const a of assessments) scoreAssessment(a, framework, { validated: true });
  });
  const validating = best(1, () => {
    for (const a of assessments.slice(0, 10_000)) scoreAssessment(a, framework);
  });

  const rows: [string, number, number][] = [
    ['reference: typed-array loop, per-item means', reference, count],
    ['naive per-object loop, per-item means', naive, count],
    ['aggregate (batch, encoded matrix)', aggregate, count],
    ['encode assessments → matrix', encode, count],
    ['aggregate incl. encoding', aggregate + encode, count],
    ['score (full result documents)', scoring, count],
    ['score with validation (10,000)', validating, 10_000],
  ];
  console.log(`${'measurement'.padEnd(46)} ${'time'.padStart(9)} ${'assessments'.padStart(12)} ${'ratings'.padStart(11)} ${'vs reference'.padStart(13)}`);
  for (const [name, seconds, n] of rows) {
    const ratio = (n * items) / seconds / (ratings / reference);
    console.log(`${name.padEnd(46)} ${`${(seconds * 1000).toFixed(0)} ms`.padStart(9)} ${perSecond(n, seconds).padStart(12)} ${perSecond(n * items, seconds).padStart(11)} ${`${ratio.toFixed(2)}×`.padStart(13)}`);
  }

  // Batch at scale, on one thread and sharded over every core with worker threads (the shipped
  // example). The 100k matrix is tiled 10× so start-up costs are amortised as in a real batch.
  const { aggregateInWorkers } = (await import('../packages/core/examples/aggregate-with-workers.mjs')) as {
    aggregateInWorkers: (matrix: typeof matrix, framework: Framework, threads: number) => Promise<{ aggregateMs: number }>;
  };
  const tiled = { ...matrix, rows: count * 10, codes: new Uint8Array(matrix.codes.length * 10) };
  for (let t = 0; t < 10; t++) tiled.codes.set(matrix.codes, t * matrix.codes.length);
  const bigReference = best(3, () => {
    sums.fill(0);
    counts.fill(0);
    const codes = tiled.codes;
    for (let k = 0; k < codes.length; k++) {
      const v = valueOfCode[codes[k]!]!;
      if (v === v) {
        const i = k % items;
        sums[i]! += v;
        counts[i]!++;
      }
    }
  });
  const bigSingle = best(3, () => aggregateMatrixState(tiled, framework));
  let bigWorkers = Number.POSITIVE_INFINITY;
  let workerCompute = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    const { aggregateMs } = await aggregateInWorkers(tiled, framework, availableParallelism());
    bigWorkers = Math.min(bigWorkers, (performance.now() - start) / 1000);
    workerCompute = Math.min(workerCompute, aggregateMs / 1000);
  }
  const bigRatings = tiled.rows * items;
  console.log(`\nbatch at scale: ${tiled.rows.toLocaleString('en-US')} assessments, ${(bigRatings / 1e6).toFixed(0)} M ratings`);
  for (const [name, seconds] of [
    ['reference: typed-array loop (1 thread)', bigReference],
    ['aggregate, 1 thread', bigSingle],
    [`aggregate, ${availableParallelism()} worker threads, wall time incl. start-up`, bigWorkers],
    [`aggregate, ${availableParallelism()} worker threads, in parallel (compute)`, workerCompute],
  ] as const) {
    console.log(`  ${name.padEnd(52)} ${`${(seconds * 1000).toFixed(0)} ms`.padStart(8)} ${perSecond(bigRatings, seconds).padStart(11)} ratings ${`${(bigReference / seconds).toFixed(2)}×`.padStart(7)}`);
  }

  // Streaming: peak memory with 1× and 10× the input, each in a fresh process.
  console.log('\nstreaming aggregation (Aggregator.add per assessment, generated lazily):');
  for (const n of [count, count * 10]) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--stream-child', String(n)], { encoding: 'utf8' });
    console.log(`  ${n.toLocaleString('en-US').padStart(11)} assessments: ${child.stdout.trim() || child.stderr.trim()}`);
  }

  await aggregatesSection();
  await cliSection(count);
}

// ---- Aggregates in bulk ------------------------------------------------------------------------
// What <sos-system-view> is given: one aggregate per organisation, as states or as results. The
// states are the built-in framework's district level at the default resolution (about 4,000
// counts each); each shape is checked by core's parse against zod's general path, and core's
// result parse against the system view's own structural check.

async function aggregatesSection(): Promise<void> {
  const organisations = 2_000;
  const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
  const plan = scoringPlan(framework, 'district');
  const next = random(11);
  const states: AggregateState[] = [];
  const results: AggregateResult[] = [];
  for (let o = 0; o < organisations; o++) {
    const aggregator = new Aggregator(framework, 'district', { key: `org-${o}` });
    for (let r = 0; r < 1 + (o % 9); r++) {
      const ratings: Assessment['ratings'] = {};
      for (const item of plan.items) if (next() < 0.9) ratings[item.id] = { value: plan.scaleValues[Math.floor(next() * plan.scaleValues.length)]! };
      aggregator.add({ schemaVersion: 1, framework: { id: framework.id, version: framework.version }, level: 'district', subject: { name: `Org ${o}`, type: 'district' }, perspective: { kind: 'self' }, status: 'draft', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ratings });
    }
    // As read from JSON: plain data, nothing shared with the aggregator.
    states.push(JSON.parse(JSON.stringify(aggregator.state())) as AggregateState);
    results.push(JSON.parse(JSON.stringify(aggregator.result())) as AggregateResult);
  }
  const counts = states[0]!.itemCounts.length + states[0]!.groupBins.length + states[0]!.groupInsufficient.length + states[0]!.overallBins.length;
  const mustPass = (ok: boolean) => {
    if (!ok) throw new Error('a valid aggregate was rejected');
  };
  const zodStates = best(3, () => states.forEach((s) => mustPass(AggregateStateSchema.safeParse(s).success)));
  const coreStates = best(5, () => states.forEach((s) => mustPass(safeParseAggregateState(s, framework).success)));
  // What the system view does with each state: validate it and turn it into statistics.
  const summarizing = best(3, () => states.forEach((s) => summarizeAggregate(s, framework)));
  const zodResults = best(3, () => results.forEach((r) => mustPass(AggregateResultSchema.safeParse(r).success)));
  const coreResults = best(5, () => results.forEach((r) => mustPass(safeParseAggregateResult(r).success)));
  // The system view's own check (its model reads @sos-kit/core from the build).
  let viewResults = Number.NaN;
  try {
    const { buildModel } = (await import('../packages/components/src/system-view/system-view.model.js')) as { buildModel: (input: unknown, framework: Framework) => unknown };
    viewResults = best(5, () => buildModel(results, framework));
  } catch (error) {
    console.log(`  (the system view's model did not load — run npm run build first: ${(error as Error).message.split('\n')[0]})`);
  }
  const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`.padStart(9);
  console.log(`\naggregates in bulk: ${organisations.toLocaleString('en-US')} organisations (built-in framework, district level; states of ${counts.toLocaleString('en-US')} counts)`);
  console.log(`  states:  zod schema alone ${ms(zodStates)}   safeParseAggregateState (shape, sums, framework) ${ms(coreStates)}   ${(zodStates / coreStates).toFixed(1)}× faster than zod`);
  console.log(`           summarizeAggregate (validate + statistics, what the system view runs per state) ${ms(summarizing)}`);
  console.log(`  results: zod schema alone ${ms(zodResults)}   safeParseAggregateResult ${ms(coreResults)}   ${(zodResults / coreResults).toFixed(1)}× faster than zod`);
  console.log(`           system view's own check (buildModel) ${ms(viewResults)}   core/system view ${(coreResults / viewResults).toFixed(2)}×`);
}

// ---- CLI ---------------------------------------------------------------------------------------
// The CLI against the library's own streaming path over the same file, each in a fresh process
// (start-up included in both): reading JSON lines, validating every assessment, and aggregating
// with aggregateStream, or scoring each one to a JSON line.

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a Node child; returns wall seconds, peak RSS in MB, and its output. */
function timedChild(args: string[]): { seconds: number; peakMb: number; stdout: string; stderr: string; status: number | null } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, SOS_KIT_REPORT_PEAK_RSS: '1' } });
  const seconds = (performance.now() - start) / 1000;
  const peak = /peak RSS (\d+) KB/.exec(child.stderr);
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN, stdout: child.stdout, stderr: child.stderr, status: child.status };
}

async function* jsonLines(file: string): AsyncGenerator<unknown> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) if (line !== '') yield JSON.parse(line);
}

/** What a developer would write with the library alone: the reference for the CLI. */
async function libraryChild(command: 'aggregate' | 'score', file: string): Promise<void> {
  process.on('exit', () => process.stderr.write(`peak RSS ${process.resourceUsage().maxRSS} KB\n`));
  const framework = benchFramework();
  if (command === 'aggregate') {
    async function* assessments(): AsyncGenerator<Assessment> {
      for await (const value of jsonLines(file)) yield value as Assessment;
    }
    const result = await aggregateStream(assessments(), framework);
    process.stdout.write(`${JSON.stringify(result).length}\n`);
    return;
  }
  const out = createWriteStream('/dev/null');
  for await (const value of jsonLines(file)) {
    const parsed = safeParseAssessment(value, framework);
    if (!parsed.success) throw parsed.error;
    if (!out.write(`${JSON.stringify(scoreAssessment(parsed.data, framework, { validated: true }))}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
}

async function cliSection(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sos-kit-bench-'));
  try {
    const framework = benchFramework();
    const frameworkFile = join(dir, 'framework.json');
    writeFileSync(frameworkFile, JSON.stringify(framework));
    const file = join(dir, 'assessments.jsonl');
    const out = createWriteStream(file);
    for (const assessment of benchAssessments(framework, count, 3)) if (!out.write(`${JSON.stringify(assessment)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
    await new Promise((resolve) => out.end(resolve));
    // The built CLI is what users run; without a build, the sources.
    const built = join(root, 'packages/core/dist/cli.js');
    const cli = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'packages/core/src/cli/bin.ts')];
    const self = ['--import', 'tsx', fileURLToPath(import.meta.url)];
    console.log(`\nCLI vs the library's streaming path: ${count.toLocaleString('en-US')} assessments as JSON lines (every one validated; fresh processes, start-up included)`);
    for (const [name, cliArgs, libraryArgs] of [
      ['aggregate', ['aggregate', '--framework', frameworkFile, file], ['--library-child', 'aggregate', file]],
      ['score --format jsonl', ['score', '--format', 'jsonl', '--framework', frameworkFile, '--out', '/dev/null', file], ['--library-child', 'score', file]],
    ] as const) {
      const library = timedChild([...self, ...libraryArgs]);
      const command = timedChild([...cli, ...cliArgs]);
      if (command.status !== 0 || library.status !== 0) throw new Error(`${name} failed: ${command.stderr}${library.stderr}`);
      console.log(
        `  ${name.padEnd(22)} library ${perSecond(count, library.seconds).padStart(8)} (${library.peakMb.toFixed(0)} MB)   CLI ${perSecond(count, command.seconds).padStart(8)} (${command.peakMb.toFixed(0)} MB)   CLI/library ${(library.seconds / command.seconds).toFixed(2)}×`,
      );
    }

    // CASE export of a 100,000-item framework: streamed JSON, core's portable SHA-1.
    const wide = wideFramework(100, 1000);
    let bytes = 0;
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures waiting.
    const cpuBefore = process.cpuUsage();
    const exportSeconds = best(1, () => {
      for (const piece of frameworkToCaseJson(wide)) bytes += piece.length;
    });
    const cpu = process.cpuUsage(cpuBefore);
    const exportCpu = (cpu.user + cpu.system) / 1e6;
    const wideFile = join(dir, 'wide.json');
    writeFileSync(wideFile, JSON.stringify(wide));
    const command = timedChild([...cli, 'export', '--format', 'case', '--framework', wideFile, '--out', '/dev/null']);
    console.log(`  CASE export, 100,100 items (${(bytes / 1e6).toFixed(0)} MB of JSON): library ${exportSeconds.toFixed(1)} s (${exportCpu.toFixed(1)} s CPU); CLI incl. start-up and reading the framework ${command.seconds.toFixed(1)} s (${command.peakMb.toFixed(0)} MB peak)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function streamChild(n: number): Promise<void> {
  const { Aggregator } = await import('../packages/core/src/index.js');
  const framework = benchFramework();
  const aggregator = new Aggregator(framework, 'district', { validated: true });
  const start = performance.now();
  for (const assessment of benchAssessments(framework, n, 7)) aggregator.add(assessment);
  const seconds = (performance.now() - start) / 1000;
  const result = aggregator.result();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`peak RSS ${peak.toFixed(0)} MB, ${perSecond(n, seconds)} assessments (${result.respondents.toLocaleString('en-US')} aggregated)`);
}

await main();
