import type * as z from 'zod/mini';
import { TEXT_FORMATS } from '../model/patterns.js';
import { describeValue, issue, valueAt, type ValidationIssue } from './issues.js';

type ZodIssue = z.core.$ZodIssue;

/** Plain-word descriptions of the model's text formats, by the regex source zod reports. */
const FORMAT_DESCRIPTIONS: ReadonlyMap<string, string> = new Map(TEXT_FORMATS.map((format) => [format.pattern.source, format.description]));

const TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  ['string', 'a string'],
  ['number', 'a number'],
  ['int', 'an integer'],
  ['object', 'an object'],
  ['array', 'an array'],
  ['boolean', 'true or false'],
  ['record', 'an object'],
]);

function expectedOf(zodIssue: ZodIssue): string {
  switch (zodIssue.code) {
    case 'invalid_type':
      return TYPE_NAMES.get(zodIssue.expected) ?? zodIssue.expected;
    case 'invalid_value':
      return zodIssue.values.length === 1
        ? JSON.stringify(zodIssue.values[0])
        : `one of ${zodIssue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'a valid value';
  }
}

function sizeMessage(zodIssue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>, got: unknown): string {
  const small = zodIssue.code === 'too_small';
  const bound = small ? zodIssue.minimum : zodIssue.maximum;
  const inclusive = zodIssue.inclusive !== false;
  const word = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  switch (zodIssue.origin) {
    case 'string':
      return Number(bound) === 1 && small ? 'must not be empty' : `must be ${word} ${String(bound)} characters long`;
    case 'array':
      return `must have ${word} ${String(bound)} ${Number(bound) === 1 ? 'entry' : 'entries'}, got ${describeValue(got)}`;
    default:
      return `must be ${word} ${String(bound)}, got ${describeValue(got)}`;
  }
}

/**
 * What a union accepts, in words. A discriminated union that matched no branch reports its
 * discriminator values (`options`) and no branch errors.
 */
function unionAlternatives(zodIssue: Extract<ZodIssue, { code: 'invalid_union' }>): string[] {
  const options = (zodIssue as { options?: unknown }).options;
  if (zodIssue.errors.length === 0 && Array.isArray(options) && options.length > 0) {
    return [options.length === 1 ? JSON.stringify(options[0]) : `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`];
  }
  const named = zodIssue.errors.map((errs) => (errs[0] ? expectedOf(errs[0]) : 'a valid value'));
  return named.length > 0 ? [...new Set(named)] : ['a valid value'];
}

/** Picks the union branch that got furthest into the value: its issues explain the problem best. */
function deepestBranch(errors: ZodIssue[][]): ZodIssue[] | undefined {
  const deep = errors.filter((branch) => branch.some((i) => i.path.length > 0 || i.code === 'unrecognized_keys'));
  return deep.length === 1 ? deep[0] : undefined;
}

/**
 * Converts zod's issues (which carry no messages under zod/mini) into issues with JSON paths and
 * readable messages, reading the offending values from the input.
 */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown, prefix: (string | number)[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const zodIssue of issues) {
    const path = [...prefix, ...(zodIssue.path as (string | number)[])];
    const got = valueAt(input, path);
    switch (zodIssue.code) {
      case 'invalid_type':
        out.push(
          got === undefined
            ? issue(path, 'missing', `is required: expected ${expectedOf(zodIssue)}`)
            : issue(path, 'invalid_type', `expected ${expectedOf(zodIssue)}, got ${describeValue(got)}`),
        );
        break;
      case 'invalid_value':
        out.push(
          got === undefined
            ? issue(path, 'missing', `is required: expected ${expectedOf(zodIssue)}`)
            : issue(path, 'invalid_value', `expected ${expectedOf(zodIssue)}, got ${describeValue(got)}`),
        );
        break;
      case 'invalid_format': {
        const pattern = 'pattern' in zodIssue && typeof zodIssue.pattern === 'string' ? zodIssue.pattern.replace(/^\/|\/[a-z]*$/g, '') : '';
        const name = FORMAT_DESCRIPTIONS.get(pattern) ?? `text matching ${pattern || zodIssue.format}`;
        out.push(issue(path, 'invalid_format', `expected ${name}, got ${describeValue(got)}`));
        break;
      }
      case 'too_small':
      case 'too_big':
        out.push(issue(path, zodIssue.code, sizeMessage(zodIssue, got)));
        break;
      case 'unrecognized_keys':
        for (const key of zodIssue.keys) {
          out.push(issue([...path, key], 'unknown_property', `is not a known property here; check its spelling or remove it`));
        }
        break;
      case 'invalid_union': {
        const branch = deepestBranch(zodIssue.errors);
        if (branch) {
          for (const found of fromZodIssues(branch, input, path)) out.push(found);
        } else {
          const alternatives = unionAlternatives(zodIssue);
          out.push(
            got === undefined
              ? issue(path, 'missing', `is required: expected ${alternatives.join(' or ')}`)
              : issue(path, 'invalid_type', `expected ${alternatives.join(' or ')}, got ${describeValue(got)}`),
          );
        }
        break;
      }
      default:
        out.push(issue(path, zodIssue.code, zodIssue.message && zodIssue.message !== 'Invalid input' ? zodIssue.message : `is not valid (got ${describeValue(got)})`));
    }
  }
  return out;
}
