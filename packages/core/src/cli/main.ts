/**
 * sos-kit: validate, score, compare, aggregate and export from the command line.
 * Exit codes: 0 success, 1 invalid input, 2 usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  aggregateToCsv,
  analyzeGaps,
  assessmentsFromCsv,
  assessmentsToCsv,
  BUILT_IN_FRAMEWORKS,
  frameworkToCase,
  gapReportToCsv,
  isBuiltInFrameworkId,
  loadBuiltInFramework,
  rollupAssessments,
  aggregateAssessments,
  safeParseAssessment,
  safeParseFramework,
  scoreAssessment,
  scoreResultToCsv,
  SosValidationError,
  type Assessment,
  type Framework,
  type GapRequest,
  type SystemLevel,
} from '../index.js';

class UsageError extends Error {}
class InputError extends Error {}

interface Io {
  stdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const FRAMEWORK_HELP = `  --framework <id|file>  built-in framework id (${BUILT_IN_FRAMEWORKS.map((f) => f.id).join(', ')}) or a framework JSON file; default ca-sos-conditions-capacities`;
const COMMON_HELP = `${FRAMEWORK_HELP}
  --out <file>           write the result to a file instead of standard output
  --help                 show this help`;

const HELP: Record<string, string> = {
  main: `Usage: sos-kit <command> [options] [files...]

Commands:
  validate   check frameworks and assessments (JSON or CSV) and report every problem
  score      score assessments at every level (JSON or CSV output)
  gaps       compare: current vs target, self vs partner, baseline vs follow-up, across levels
  aggregate  summarise many assessments, optionally rolled up by county, year, type or level
  export     export a framework as CASE 1.1 JSON or as a CSV survey template

Files may be JSON (one assessment, an array, or one per line) or CSV in the wide survey layout;
"-" or no file reads standard input. Run "sos-kit <command> --help" for a command's options.
Exit codes: 0 success, 1 invalid input, 2 usage error.`,
  validate: `Usage: sos-kit validate [options] [files...]

Checks each file: a framework (JSON with "levels") or assessments (JSON or CSV), against the
framework. Prints every problem with its file and JSON path or CSV row and column.
${COMMON_HELP}
  --level <level>        level of CSV rows without a "level" column`,
  score: `Usage: sos-kit score [options] [files...]

Scores each assessment: items, conditions and roles, sections and overall.
${COMMON_HELP}
  --format json|csv      output format (default json)
  --level <level>        level of CSV rows without a "level" column
  --min-share <0..1>     share of items a group needs scored (default 0.5)`,
  gaps: `Usage: sos-kit gaps <comparison> [options]

Comparisons and their inputs (repeat an option to average a team):
  target         --current <file> [--default-target <value>]
  self-partner   --self <file> --partner <file>
  baseline       --baseline <file> --follow-up <file>
  levels         --a <file> --b <file>      (e.g. a district and its county office)
${COMMON_HELP}
  --format json|csv      output format (default json)
  --level <level>        level of CSV rows without a "level" column`,
  aggregate: `Usage: sos-kit aggregate [options] [files...]

Summarises assessments of one level: n, mean, median, min, max, SD, agreement, counts.
${COMMON_HELP}
  --by <key>             roll up by county, subject, subject-type, school-year or level
  --format json|csv      output format (default json)
  --level <level>        level of CSV rows without a "level" column`,
  export: `Usage: sos-kit export --format case|csv [options]

  --format case          the framework as a 1EdTech CASE 1.1 CFPackage (JSON)
  --format csv           an empty CSV survey template for one level (needs --level)
  --base-uri <url>       base of resolvable CASE URIs (default urn:sos-kit:case:...)
${COMMON_HELP}
  --level <level>        the level of the CSV template`,
};

const OPTIONS = {
  framework: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  level: { type: 'string' },
  help: { type: 'boolean' },
  'min-share': { type: 'string' },
  by: { type: 'string' },
  'default-target': { type: 'string' },
  current: { type: 'string', multiple: true },
  self: { type: 'string', multiple: true },
  partner: { type: 'string', multiple: true },
  baseline: { type: 'string', multiple: true },
  'follow-up': { type: 'string', multiple: true },
  a: { type: 'string', multiple: true },
  b: { type: 'string', multiple: true },
  'base-uri': { type: 'string' },
} satisfies ParseArgsConfig['options'];

const LEVELS: readonly SystemLevel[] = ['school', 'district', 'coe', 'geo-lead', 'state'];

async function readSource(file: string, io: Io): Promise<string> {
  if (file === '-') return io.stdin();
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

async function loadFramework(spec: string | undefined, io: Io): Promise<Framework> {
  const name = spec ?? 'ca-sos-conditions-capacities';
  if (isBuiltInFrameworkId(name)) return loadBuiltInFramework(name);
  const parsed = safeParseFramework(await readSource(name, io), { source: name });
  if (!parsed.success) throw new InputError(parsed.error.message);
  return parsed.data;
}

const looksLikeCsv = (file: string, text: string) => file.toLowerCase().endsWith('.csv') || !/^\s*[[{]/.test(text);

/** Reads assessments from a file: CSV, a JSON object, a JSON array, or JSON lines. */
async function readAssessments(file: string, framework: Framework, level: SystemLevel | undefined, io: Io): Promise<Assessment[]> {
  const text = await readSource(file, io);
  const name = file === '-' ? 'standard input' : file;
  if (looksLikeCsv(file, text)) {
    const { assessments, issues } = assessmentsFromCsv(text, framework, level ? { level } : {});
    if (issues.length > 0) {
      throw new InputError(issues.map((i) => `${name} row ${i.row}${i.column ? `, column ${i.column}` : ''}${i.value !== undefined ? ` (${JSON.stringify(i.value)})` : ''}: ${i.message}`).join('\n'));
    }
    return assessments;
  }
  let documents: unknown[];
  try {
    const parsed: unknown = JSON.parse(text);
    documents = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    documents = [];
    for (const [index, line] of lines.entries()) {
      try {
        documents.push(JSON.parse(line));
      } catch (error) {
        throw new InputError(`${name} line ${index + 1}: is not valid JSON (${(error as Error).message})`);
      }
    }
  }
  const problems: string[] = [];
  const assessments: Assessment[] = [];
  documents.forEach((document, index) => {
    const source = documents.length > 1 ? `${name}[${index}]` : name;
    const result = safeParseAssessment(document, framework, { source });
    if (result.success) assessments.push(result.data);
    else problems.push(result.error.message);
  });
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return assessments;
}

async function readAll(files: readonly string[], framework: Framework, level: SystemLevel | undefined, io: Io): Promise<Assessment[]> {
  const list = files.length === 0 ? ['-'] : files;
  const all: Assessment[] = [];
  const problems: string[] = [];
  for (const file of list) {
    try {
      all.push(...(await readAssessments(file, framework, level, io)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return all;
}

function option<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${HELP.main!}\n`);
    return command ? 0 : 2;
  }
  if (!HELP[command] || command === 'main') throw new UsageError(`unknown command "${command}"; expected validate, score, gaps, aggregate or export`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${HELP[command]!}\n`);
    return 0;
  }
  const level = option(values.level, LEVELS, 'level');
  const format = option(values.format, command === 'export' ? (['case', 'csv'] as const) : (['json', 'csv'] as const), 'format');
  const minShare = values['min-share'] === undefined ? undefined : Number(values['min-share']);
  if (minShare !== undefined && !(minShare >= 0 && minShare <= 1)) throw new UsageError(`--min-share must be a number from 0 to 1; got "${values['min-share']}"`);
  const framework = await loadFramework(values.framework, io);
  let output: string;

  switch (command) {
    case 'validate': {
      const files = positionals.length === 0 ? ['-'] : positionals;
      const problems: string[] = [];
      for (const file of files) {
        const text = await readSource(file, io).catch((error: InputError) => error);
        if (text instanceof Error) {
          problems.push(text.message);
          continue;
        }
        if (!looksLikeCsv(file, text) && /"levels"\s*:/.test(text) && !/"ratings"\s*:/.test(text)) {
          const result = safeParseFramework(text, { source: file });
          if (result.success) io.stdout(`${file}: valid framework "${result.data.id}" ${result.data.version}\n`);
          else problems.push(result.error.message);
          continue;
        }
        try {
          const assessments = await readAssessments(file, framework, level, { ...io, stdin: async () => text });
          io.stdout(`${file}: ${assessments.length} valid assessment${assessments.length === 1 ? '' : 's'}\n`);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(error.message);
        }
      }
      if (problems.length > 0) throw new InputError(problems.join('\n'));
      return 0;
    }
    case 'score': {
      const assessments = await readAll(positionals, framework, level, io);
      const results = assessments.map((a) => scoreAssessment(a, framework, { validated: true, ...(minShare === undefined ? {} : { minScoredShare: minShare }) }));
      output = format === 'csv' ? results.map((r) => scoreResultToCsv(r, framework)).join('') : json(results.length === 1 ? results[0] : results);
      break;
    }
    case 'gaps': {
      const comparison = positionals[0];
      const needs: Record<string, [string, string[] | undefined][]> = {
        target: [['current', values.current ?? positionals.slice(1)]],
        'self-partner': [['self', values.self], ['partner', values.partner]],
        baseline: [['baseline', values.baseline], ['follow-up', values['follow-up']]],
        levels: [['a', values.a], ['b', values.b]],
      };
      const inputs = comparison === undefined ? undefined : needs[comparison];
      if (!inputs) throw new UsageError(`gaps needs a comparison: target, self-partner, baseline or levels${comparison ? `; got "${comparison}"` : ''}`);
      // Usage problems first: no file is read until every required input is named.
      for (const [flag, files] of inputs) if (!files || files.length === 0) throw new UsageError(`gaps ${comparison} needs --${flag} <file>`);
      const sides = await Promise.all(inputs.map(([, files]) => readAll(files!, framework, level, io)));
      const [first, second] = sides as [Assessment[], Assessment[] | undefined];
      const defaultTarget = values['default-target'] === undefined ? undefined : Number(values['default-target']);
      const request: GapRequest =
        comparison === 'target'
          ? { comparison: 'current-vs-target', current: first, ...(defaultTarget === undefined ? {} : { defaultTarget }) }
          : comparison === 'self-partner'
            ? { comparison: 'self-vs-partner', self: first, partner: second! }
            : comparison === 'baseline'
              ? { comparison: 'baseline-vs-follow-up', baseline: first, followUp: second! }
              : { comparison: 'across-levels', a: first, b: second! };
      const report = analyzeGaps(framework, request, { validated: true, ...(minShare === undefined ? {} : { minScoredShare: minShare }) });
      output = format === 'csv' ? gapReportToCsv(report) : json(report);
      break;
    }
    case 'aggregate': {
      const assessments = await readAll(positionals, framework, level, io);
      const by = option(values.by, ['county', 'subject', 'subject-type', 'school-year', 'level'] as const, 'by');
      const common = { validated: true, ...(minShare === undefined ? {} : { minScoredShare: minShare }) };
      const results = by ? rollupAssessments(assessments, framework, { ...common, by }) : [aggregateAssessments(assessments, framework, { ...common, ...(level ? { level } : {}) })];
      output = format === 'csv' ? results.map((r) => aggregateToCsv(r, framework)).join('') : json(by ? results : results[0]);
      break;
    }
    case 'export': {
      if (!format) throw new UsageError('export needs --format case or --format csv');
      if (format === 'case') output = json(frameworkToCase(framework, values['base-uri'] ? { baseUri: values['base-uri'] } : {}));
      else {
        if (!level) throw new UsageError('export --format csv needs --level: the template is for one level');
        if (!framework.levels.some((l) => l.id === level)) throw new InputError(`framework "${framework.id}" has no "${level}" level`);
        output = assessmentsToCsv([], framework, { level });
      }
      break;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
  if (values.out) await writeFile(values.out, output);
  else io.stdout(output);
  return 0;
}

/** Runs the CLI and returns its exit code; errors are written to stderr, never thrown. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sos-kit: ${error.message}\nRun "sos-kit --help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof SosValidationError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`sos-kit: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
