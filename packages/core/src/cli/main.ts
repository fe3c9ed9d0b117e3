/**
 * sos-kit: validate, score, compare, aggregate and export from the command line.
 * Exit codes: 0 success, 1 invalid input (or output that cannot be written), 2 usage error.
 *
 * Every command reads its files as streams and writes results as they are produced, so
 * statewide exports of any length run in bounded memory.
 */
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  aggregateToCsv,
  Aggregator,
  assessmentsToCsv,
  BUILT_IN_FRAMEWORKS,
  GapAnalysis,
  gapReportToCsv,
  instrumentFor,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
  localize,
  NOT_SET,
  safeParseFramework,
  scoreAssessment,
  scoreResultToCsv,
  SosValidationError,
  type AggregateResult,
  type Assessment,
  type Framework,
  type GapComparison,
  type Lang,
  type ScoreResult,
  type SystemLevel,
  SYSTEM_LEVELS,
} from '../index.js';
import { frameworkToCaseJson } from '../interchange/case.js';
import { DEFAULT_CSV_LIMITS } from '../interchange/csv-text.js';
import { assessmentsIn, documentsIn, InputError, type ReadContext } from './input.js';
import { Output, OutputError } from './output.js';
import { echo, printable, Problems } from './report.js';

class UsageError extends Error {}

/** Where the CLI reads and writes: the process's streams, or a test's. */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: (text: string) => void;
}

const DEFAULT_JSON_RECORD = 64 * 1024 * 1024;

const FRAMEWORK_HELP = `  --framework <id|file>  built-in framework id (${BUILT_IN_FRAMEWORKS.map((f) => f.id).join(', ')}) or a framework JSON file; default ca-sos-conditions-capacities`;
const READ_HELP = `  --level <level>        level of CSV rows without a "level" column
  --max-field <chars>    longest CSV field read (default ${DEFAULT_CSV_LIMITS.maxFieldLength.toLocaleString('en-US')})
  --max-record <chars>   longest CSV row or JSON document read (default ${DEFAULT_CSV_LIMITS.maxRecordLength.toLocaleString('en-US')} for CSV, ${DEFAULT_JSON_RECORD.toLocaleString('en-US')} for JSON)`;
const COMMON_HELP = `${FRAMEWORK_HELP}
  --out <file>           write the result to a file instead of standard output
  --help                 show this help`;

const COMMANDS = ['validate', 'score', 'gaps', 'aggregate', 'export', 'frameworks'] as const;
type Command = (typeof COMMANDS)[number];

const HELP = new Map<'main' | Command, string>([
  [
    'main',
    `Usage: sos-kit <command> [options] [files...]

Commands:
  validate    check frameworks and assessments (JSON or CSV) and report every problem
  score       score assessments at every level (JSON, JSON lines or CSV output)
  gaps        compare: current vs target, self vs partner, baseline vs follow-up, across levels
  aggregate   summarize many assessments, optionally rolled up by county, year, type or level
  export      export a framework as CASE 1.1 JSON or as a CSV survey template
  frameworks  list the built-in frameworks: levels, conditions, roles and item counts

Files may be JSON (one assessment, an array, or one per line) or CSV in the wide survey layout;
"-" or no file reads standard input. Files of any size are read and written as streams.
Run "sos-kit <command> --help" for a command's options.
Exit codes: 0 success, 1 invalid input or unwritable output, 2 usage error.`,
  ],
  [
    'validate',
    `Usage: sos-kit validate [options] [files...]

Checks each file: a framework (JSON with "levels") or assessments (JSON or CSV), against the
framework. Prints every problem with its file and JSON path, line and column, or CSV row and
column (the first 100; then how many more).
${COMMON_HELP}
${READ_HELP}`,
  ],
  [
    'score',
    `Usage: sos-kit score [options] [files...]

Scores each assessment: items, conditions and roles, sections and overall. Results are written
as each assessment is read; assessments with problems are reported and left out (exit code 1).
${COMMON_HELP}
  --format json|jsonl|csv  output: one result or a JSON array (default), one result per line,
                         or CSV rows (ending with the assessment's id and subject)
  --min-share <0..1>     share of items a group needs scored (default 0.5)
${READ_HELP}`,
  ],
  [
    'gaps',
    `Usage: sos-kit gaps <comparison> [options]

Comparisons and their inputs (repeat an option, or give a file of many, to average a team;
teams of any size are read in constant memory):
  target         --current <file> [--default-target <value>]
  self-partner   --self <file> --partner <file>
  baseline       --baseline <file> --follow-up <file>
  levels         --a <file> --b <file>      (e.g. a district and its county office)
${COMMON_HELP}
  --format json|csv      output format (default json)
  --lang en|es           language of the sides' and rows' names (default en)
  --min-share <0..1>     share of items a group needs scored (default 0.5)
${READ_HELP}`,
  ],
  [
    'aggregate',
    `Usage: sos-kit aggregate [options] [files...]

Summarizes assessments of one level: n, mean, median, min, max, SD, agreement, counts. Any
number of assessments is aggregated in constant memory.
${COMMON_HELP}
  --by <key>             roll up by county, subject, subject-type, school-year or level
  --format json|csv      output format (default json)
  --min-share <0..1>     share of items a group needs scored (default 0.5)
${READ_HELP}`,
  ],
  [
    'export',
    `Usage: sos-kit export --format case|csv [options]

  --format case          the framework as a 1EdTech CASE 1.1 CFPackage (JSON, one object per line)
  --format csv           an empty CSV survey template for one level (needs --level)
  --base-uri <url>       base of resolvable CASE URIs (default urn:sos-kit:case:...)
${COMMON_HELP}
  --level <level>        the level of the CSV template`,
  ],
  [
    'frameworks',
    `Usage: sos-kit frameworks [framework files...]

Without files: an overview of the built-in frameworks (levels, conditions, elements, roles and
capacities per level). With files: checks each as a framework, like "sos-kit validate".
  --out <file>           write the overview to a file instead of standard output
  --help                 show this help`,
  ],
]);

const OPTIONS = {
  framework: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  level: { type: 'string' },
  help: { type: 'boolean' },
  'min-share': { type: 'string' },
  by: { type: 'string' },
  'default-target': { type: 'string' },
  lang: { type: 'string' },
  current: { type: 'string', multiple: true },
  self: { type: 'string', multiple: true },
  partner: { type: 'string', multiple: true },
  baseline: { type: 'string', multiple: true },
  'follow-up': { type: 'string', multiple: true },
  a: { type: 'string', multiple: true },
  b: { type: 'string', multiple: true },
  'base-uri': { type: 'string' },
  'max-field': { type: 'string' },
  'max-record': { type: 'string' },
} satisfies ParseArgsConfig['options'];

const LEVELS: readonly SystemLevel[] = SYSTEM_LEVELS;
const ROLLUP_KEYS = ['county', 'subject', 'subject-type', 'school-year', 'level'] as const;
type RollupBy = (typeof ROLLUP_KEYS)[number];

function option<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got ${echo(value)}`);
  return value as T;
}

/** A number flag: text that is a finite number (never "" or blanks, which Number() reads as 0). */
function numberOption(value: string | undefined, name: string, valid: (n: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const number = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(number) || !valid(number)) throw new UsageError(`--${name} must be ${expected}; got ${echo(value)}`);
  return number;
}

/** A built-in framework (with its texts in `lang` beside the English ones), or a framework file. */
async function loadFramework(spec: string | undefined, lang: Lang | undefined): Promise<Framework> {
  const name = spec ?? 'ca-sos-conditions-capacities';
  if (isBuiltInFrameworkId(name)) return loadBuiltInFramework(name, lang ? { lang } : {});
  let text: string;
  try {
    text = await readFile(name, 'utf8');
  } catch (error) {
    throw new InputError(`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const parsed = safeParseFramework(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { source: name });
  if (!parsed.success) throw new InputError(parsed.error.message);
  return parsed.data;
}

// The attribute each --by key rolls up by, as the library's rollupAssessments reads it.
// (The core rework keeps the same table, private, in aggregate/batch.ts: once merged, export
// that one and use it here.)
const ROLLUP_ATTRIBUTES = new Map<RollupBy, (assessment: Assessment) => string | undefined>([
  ['county', (a) => a.subject.county],
  ['subject', (a) => a.subject.id ?? a.subject.name],
  ['subject-type', (a) => a.subject.type],
  ['school-year', (a) => a.schoolYear],
  ['level', (a) => a.level],
]);

/** Writes an overview of the built-in frameworks. */
async function overview(out: Output): Promise<void> {
  await out.write("sos-kit: self-assessment for California's Statewide System of Support\n\n");
  for (const info of BUILT_IN_FRAMEWORKS) {
    const framework = await loadBuiltInFramework(info.id);
    await out.write(`${localize(framework.title)}\n  id ${framework.id} · version ${framework.version} · scale: ${framework.scale.levels.map((l) => `${l.value} ${localize(l.label)}`).join(', ')}\n`);
    for (const level of framework.levels) {
      const instrument = instrumentFor(framework, level.id)!;
      const elements = instrument.items.filter((i) => i.kind === 'element').length;
      const roles = instrument.groups.filter((g) => g.kind === 'role').length;
      const conditions = instrument.groups.length - roles;
      const parts = [`${elements} elements in ${conditions} conditions`, ...(roles > 0 ? [`${instrument.items.length - elements} capacities in ${roles} roles`] : [])];
      await out.write(`  ${localize(level.name).padEnd(46)} ${String(instrument.items.length).padStart(3)} items: ${parts.join(', ')}\n`);
    }
    await out.write('\n');
  }
  await out.write('Check your own documents:  sos-kit validate my-framework.json\n');
  await out.write('                           sos-kit validate responses.csv --framework my-framework.json\n');
}

async function run(argv: readonly string[], io: Io, problems: Problems): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? io.stdout.write.bind(io.stdout) : io.stderr)(`${HELP.get('main')!}\n`);
    return command ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command ${echo(command)}; expected ${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS.at(-1)}`);
  const name = command as Command;
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(printable((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${HELP.get(name)!}\n`);
    return 0;
  }
  // Every flag is checked before any file is opened: a typo costs nothing.
  const level = option(values.level, LEVELS, 'level');
  const format = option(values.format, name === 'export' ? (['case', 'csv'] as const) : name === 'score' ? (['json', 'jsonl', 'csv'] as const) : (['json', 'csv'] as const), 'format');
  const minShare = numberOption(values['min-share'], 'min-share', (n) => n >= 0 && n <= 1, 'a number from 0 to 1');
  const defaultTarget = numberOption(values['default-target'], 'default-target', () => true, 'a number on the framework\'s scale');
  const maxField = numberOption(values['max-field'], 'max-field', (n) => Number.isInteger(n) && n > 0, 'a whole number of characters above 0');
  const maxRecord = numberOption(values['max-record'], 'max-record', (n) => Number.isInteger(n) && n > 0, 'a whole number of characters above 0');
  const by = option(values.by, ROLLUP_KEYS, 'by');
  const lang = option(values.lang, ['en', 'es'] as const, 'lang');
  if (lang !== undefined && name !== 'gaps') throw new UsageError(`--lang names a gap report's sides and rows; ${name} has no such names`);
  if (name === 'export' && !format) throw new UsageError('export needs --format case or --format csv');
  if (name === 'export' && format === 'csv' && !level) throw new UsageError('export --format csv needs --level: the template is for one level');
  if (name === 'gaps') {
    const comparison = positionals[0];
    if (comparison === undefined || !GAP_INPUTS.has(comparison)) throw new UsageError(`gaps needs a comparison: target, self-partner, baseline or levels${comparison ? `; got ${echo(comparison)}` : ''}`);
    // Usage problems first: no file is read until every required input is named.
    for (const flag of GAP_INPUTS.get(comparison)!) {
      const files = flag === 'current' ? (values.current ?? positionals.slice(1)) : values[flag];
      if (!files || files.length === 0) throw new UsageError(`gaps ${comparison} needs --${flag} <file>`);
    }
  }
  if (name === 'frameworks' && positionals.length === 0) {
    const out = values.out ? await Output.file(values.out) : Output.stdout(io.stdout);
    await overview(out);
    await out.end();
    return 0;
  }

  const framework = await loadFramework(values.framework, lang);
  const out = values.out ? await Output.file(values.out) : Output.stdout(io.stdout);
  const context: ReadContext = {
    framework,
    level,
    problems,
    stdin: io.stdin,
    // JSON documents (a framework above all) may be far longer than a CSV row; each format has
    // its own default unless --max-record sets both.
    limits: { maxField: maxField ?? DEFAULT_CSV_LIMITS.maxFieldLength, maxCsvRecord: maxRecord ?? DEFAULT_CSV_LIMITS.maxRecordLength, maxJsonRecord: maxRecord ?? DEFAULT_JSON_RECORD },
  };
  const scoring = { validated: true, ...(minShare === undefined ? {} : { minScoredShare: minShare }) };

  switch (name) {
    case 'validate':
    case 'frameworks': {
      for (const file of positionals.length === 0 ? ['-'] : positionals) {
        const before = problems.total;
        let assessments = 0;
        const frameworks: Framework[] = [];
        try {
          for await (const document of documentsIn(file, context, { frameworks: true })) {
            if (document.framework) frameworks.push(document.framework);
            else assessments++;
          }
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.add(error.message);
        }
        if (problems.total > before) continue;
        for (const found of frameworks) await out.write(`${printable(file)}: valid framework ${echo(found.id)} ${printable(found.version)}\n`);
        if (assessments > 0 || frameworks.length === 0) await out.write(`${printable(file)}: ${assessments.toLocaleString('en-US')} valid assessment${assessments === 1 ? '' : 's'}\n`);
      }
      break;
    }
    case 'score': {
      // JSON: a single result stays an object; from the second on, the results form an array
      // written one element per line, as they come.
      let first: ScoreResult | undefined;
      let count = 0;
      for await (const { assessment } of assessmentsIn(positionals, context)) {
        const result = scoreAssessment(assessment, framework, scoring);
        count++;
        let piece: string;
        if (format === 'jsonl') piece = `${JSON.stringify(result)}\n`;
        else if (format === 'csv') piece = scoreResultToCsv(result, framework, { header: count === 1 });
        else if (count === 1) {
          first = result;
          continue;
        } else {
          piece = `${count === 2 ? `[\n${JSON.stringify(first)},\n` : ',\n'}${JSON.stringify(result)}`;
          first = undefined;
        }
        const wait = out.write(piece);
        if (wait) await wait;
      }
      if (format === undefined || format === 'json') await out.write(count === 0 ? '[]\n' : count === 1 ? `${JSON.stringify(first, null, 2)}\n` : '\n]\n');
      break;
    }
    case 'gaps': {
      // Streamed like the other commands: each side's assessments go into running sums, so a
      // team of any size is compared in constant memory.
      const comparison = positionals[0]!;
      const analysis = new GapAnalysis(framework, GAP_COMPARISONS.get(comparison)!, { ...scoring, ...(defaultTarget === undefined ? {} : { defaultTarget }), ...(lang ? { lang } : {}) });
      for (const flag of GAP_INPUTS.get(comparison)!) {
        const files = flag === 'current' ? (values.current ?? positionals.slice(1)) : values[flag]!;
        const side = flag === 'follow-up' ? 'followUp' : flag;
        for await (const { assessment } of assessmentsIn(files, context)) if (problems.total === 0) analysis.add(side, assessment);
      }
      if (problems.total > 0) break;
      const report = analysis.report();
      await out.write(format === 'csv' ? gapReportToCsv(report, lang ? { lang } : {}) : `${JSON.stringify(report, null, 2)}\n`);
      break;
    }
    case 'aggregate': {
      const results = await aggregate(positionals, context, { ...(minShare === undefined ? {} : { minScoredShare: minShare }), level, by });
      if (!results || problems.total > 0) break;
      if (format === 'csv') for (const [k, result] of results.entries()) await out.write(aggregateToCsv(result, framework, { header: k === 0 }));
      else await out.write(`${JSON.stringify(by ? results : results[0], null, 2)}\n`);
      break;
    }
    case 'export': {
      if (format === 'case') {
        // Core's own SHA-1 is used: per identifier (a few dozen bytes) it measured faster than
        // node:crypto, whose per-call set-up outweighs its speed on such short input.
        for (const piece of frameworkToCaseJson(framework, values['base-uri'] ? { baseUri: values['base-uri'] } : {})) {
          const wait = out.write(piece);
          if (wait) await wait;
        }
      } else {
        if (!framework.levels.some((l) => l.id === level)) throw new InputError(`framework ${echo(framework.id)} has no "${level}" level`);
        await out.write(assessmentsToCsv([], framework, { level: level! }));
      }
      break;
    }
  }
  await out.end();
  return problems.total > 0 ? 1 : 0;
}

const GAP_COMPARISONS = new Map<string, GapComparison>([
  ['target', 'current-vs-target'],
  ['self-partner', 'self-vs-partner'],
  ['baseline', 'baseline-vs-follow-up'],
  ['levels', 'across-levels'],
]);

const GAP_INPUTS = new Map<string, readonly ('current' | 'self' | 'partner' | 'baseline' | 'follow-up' | 'a' | 'b')[]>([
  ['target', ['current']],
  ['self-partner', ['self', 'partner']],
  ['baseline', ['baseline', 'follow-up']],
  ['levels', ['a', 'b']],
]);


/** Aggregates (or rolls up) a stream of assessments with the library's Aggregator: constant memory. */
async function aggregate(
  files: readonly string[],
  context: ReadContext,
  options: { minScoredShare?: number; level: SystemLevel | undefined; by: RollupBy | undefined },
): Promise<AggregateResult[] | undefined> {
  const { framework, problems } = context;
  const aggregators = new Map<string, Aggregator>();
  const attribute = options.by && ROLLUP_ATTRIBUTES.get(options.by)!;
  const common = { validated: true, ...(options.minScoredShare === undefined ? {} : { minScoredShare: options.minScoredShare }) };
  let single: Aggregator | undefined = options.level ? new Aggregator(framework, options.level, common) : undefined;
  for await (const { assessment, source } of assessmentsIn(files, context)) {
    let aggregator: Aggregator;
    if (attribute) {
      const found = attribute(assessment);
      const key = found === undefined || found === '' ? NOT_SET : found;
      const slot = `${key}\u0000${assessment.level}`;
      aggregator = aggregators.get(slot) ?? new Aggregator(framework, assessment.level, { ...common, key });
      aggregators.set(slot, aggregator);
    } else aggregator = single ??= new Aggregator(framework, assessment.level, common);
    try {
      aggregator.add(assessment);
    } catch (error) {
      if (!(error instanceof SosValidationError)) throw error;
      problems.addUnder(`Cannot aggregate (${source}): ${error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`}`, error.issues.map((i) => `${i.jsonPath}: ${i.message}`));
    }
  }
  if (options.by) {
    const levelOrder = framework.levels.map((l) => l.id);
    return [...aggregators.values()].sort((x, y) => (x.key! < y.key! ? -1 : x.key! > y.key! ? 1 : levelOrder.indexOf(x.level) - levelOrder.indexOf(y.level))).map((a) => a.result());
  }
  if (!single) {
    if (problems.total === 0) problems.add('there are no assessments to aggregate (give --level to summarize an empty set)');
    return undefined;
  }
  return [single.result()];
}

/** Runs the CLI and returns its exit code; errors are written to stderr, never thrown. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const problems = new Problems();
  let code: number;
  try {
    code = await run(argv, io, problems);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sos-kit: ${error.message}\nRun "sos-kit --help" for usage.\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`${printable(error.message)}\n`);
      return 1;
    }
    if (error instanceof InputError || error instanceof SosValidationError) problems.add(error.message);
    else {
      io.stderr(`sos-kit: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      return 1;
    }
    code = 1;
  }
  if (problems.total > 0) io.stderr(`${problems.toString()}\n`);
  return code;
}
