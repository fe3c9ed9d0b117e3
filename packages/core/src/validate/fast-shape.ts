/**
 * A fast path for zod/mini schemas over big, valid documents. zod checks every value through
 * its general machinery (a payload object and an issue list per value), which costs ~0.2 ms for
 * an aggregate state's few thousand counts — a third of a second for a system view of 2,000
 * organisations. Most documents are valid, so this module compiles a schema once into plain
 * JavaScript that builds the same output zod would; the first value it does not accept hands
 * the whole document back to zod, so rejections (their issues, paths and messages) are zod's
 * own, unchanged. The schema stays the one source of every rule: what the compiler does not
 * understand (records, refinements, transforms…) is left to zod entirely.
 */
import type * as z from 'zod/mini';

/** Returned by a compiled check for a value it does not accept. */
const REJECT: unique symbol = Symbol('reject');
type Compiled = (value: unknown) => unknown;
type Test = (value: unknown) => boolean;

/** The parts of zod's definitions and checks read here. */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Definition keys that change nothing about which values pass or what comes out. */
const NEUTRAL_DEF_KEYS = new Set(['type', 'checks', 'check', 'abort', 'error']);
/** Check definition keys that do not change the check itself. */
const NEUTRAL_CHECK_KEYS = new Set(['check', 'abort', 'error', 'when', 'value', 'inclusive', 'minimum', 'maximum', 'format', 'pattern']);

/** A predicate for one of zod's value checks, or undefined for a check not understood here. */
function compileCheck(check: CheckDef): ((value: never) => boolean) | undefined {
  if (Object.keys(check).some((key) => !NEUTRAL_CHECK_KEYS.has(key))) return undefined;
  switch (check.check) {
    case 'greater_than': {
      const bound = check.value;
      if (typeof bound !== 'number') return undefined;
      return check.inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
    }
    case 'less_than': {
      const bound = check.value;
      if (typeof bound !== 'number') return undefined;
      return check.inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    }
    case 'min_length': {
      const bound = check.minimum!;
      return (v: { length: number }) => v.length >= bound;
    }
    case 'max_length': {
      const bound = check.maximum!;
      return (v: { length: number }) => v.length <= bound;
    }
    case 'string_format': {
      const pattern = check.pattern;
      if (check.format !== 'regex' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) return undefined;
      return (v: string) => pattern.test(v);
    }
    default:
      return undefined;
  }
}

/** All of a definition's checks as one predicate (undefined when any is not understood). */
function compileChecks(def: Def): ((value: never) => boolean) | null | undefined {
  const checks = (def.checks ?? []).map((c) => compileCheck(c._zod.def));
  if (checks.some((c) => c === undefined)) return undefined;
  if (checks.length === 0) return null;
  const all = checks as ((value: never) => boolean)[];
  return (value: never) => {
    for (const check of all) if (!check(value)) return false;
    return true;
  };
}

/** A plain predicate for the number and string leaves, so arrays of them run in a tight loop. */
function compileLeaf(def: Def): Test | undefined {
  const checks = def.checks ?? [];
  if (def.type === 'number') {
    if (Object.keys(def).some((key) => !NEUTRAL_DEF_KEYS.has(key) && key !== 'format')) return undefined;
    const range = numberRange(def);
    if (!range) return undefined;
    return (v) => inRange(v, range);
  }
  if (def.type === 'string') {
    if (Object.keys(def).some((key) => !NEUTRAL_DEF_KEYS.has(key)) || checks.some((c) => !compileCheck(c._zod.def))) return undefined;
    // One closure per string schema: its length bounds and patterns, read once here.
    let [min, max] = [0, Infinity];
    const patterns: RegExp[] = [];
    for (const { _zod: { def: check } } of checks) {
      if (check.check === 'min_length') min = Math.max(min, check.minimum!);
      else if (check.check === 'max_length') max = Math.min(max, check.maximum!);
      else if (check.check === 'string_format') patterns.push(check.pattern!);
      else return undefined;
    }
    const [pattern, ...more] = patterns;
    if (more.length > 0) return (v) => typeof v === 'string' && v.length >= min && v.length <= max && patterns.every((p) => p.test(v));
    return pattern ? (v) => typeof v === 'string' && v.length >= min && v.length <= max && pattern.test(v) : (v) => typeof v === 'string' && v.length >= min && v.length <= max;
  }
  if (def.type === 'boolean') {
    if (checks.length > 0 || Object.keys(def).some((key) => !NEUTRAL_DEF_KEYS.has(key))) return undefined;
    return (v) => typeof v === 'boolean';
  }
  return undefined;
}

/** A field's output: the value itself when it passes a predicate, else what its builder makes of it (REJECT when refused). */
const outputOf = (given: unknown, test: Test | undefined, build: Compiled | undefined): unknown => (test ? (test(given) ? given : REJECT) : build!(given));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function compileObject(def: Def): Compiled | undefined {
  const catchall = def['catchall'] === undefined ? undefined : defOf(def['catchall']).type;
  // Strict objects (catchall never) reject unknown keys; plain ones (no catchall) drop them.
  if ((catchall !== undefined && catchall !== 'never') || def.checks?.length) return undefined;
  const shape = def['shape'] as Record<string, unknown>;
  const keys = Object.keys(shape);
  // A field is a predicate (its value is its output) or a builder of a new value.
  const fields: { key: string; optional: boolean; test: Test | undefined; build: Compiled | undefined }[] = [];
  for (const key of keys) {
    const fieldDef = defOf(shape[key]);
    const optional = fieldDef.type === 'optional';
    const schema = optional ? fieldDef['innerType'] : shape[key];
    const test = compileTest(schema);
    const build = test ? undefined : compile(schema);
    if ((!test && !build) || (optional && fieldDef.checks?.length)) return undefined;
    fields.push({ key, optional, test, build });
  }
  const strict = catchall === 'never';
  return (value) => {
    if (!isObject(value)) return REJECT;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let f = 0; f < fields.length; f++) {
      const { key, optional, test, build } = fields[f]!;
      const given = value[key];
      if (given === undefined) {
        // zod keeps an optional key given as undefined, and leaves out one never given.
        if (!optional) return REJECT;
        if (key in value) [out[key], present] = [undefined, present + 1];
        continue;
      }
      const output = outputOf(given, test, build);
      if (output === REJECT) return REJECT;
      out[key] = output;
      present++;
    }
    if (strict) {
      // zod finds unknown keys with for…in (inherited enumerable ones included). Counting is
      // enough: more keys than the known ones present means an unknown one, and any odd case
      // (a known key not enumerable) only sends the value to zod.
      let keys = 0;
      for (const key in value) if (key !== undefined) keys++;
      if (keys !== present) return REJECT;
    }
    return out;
  };
}

/**
 * Whether zod takes `value` as a record: an object whose constructor (if it has a function for
 * one) has a prototype object of its own carrying `isPrototypeOf`, as Object's does.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const constructor = (value as { constructor?: unknown }).constructor;
  if (typeof constructor !== 'function') return true;
  const prototype = (constructor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/**
 * A record of string keys (an assessment's ratings and targets), read as zod reads it: its own
 * enumerable keys (Reflect.ownKeys, so in the same order), an own "__proto__" left out, a symbol
 * key refused.
 */
function compileRecord(def: Def): Compiled | undefined {
  const keyType = def['keyType'] as { _zod: { def: Def; values?: unknown } };
  const keyDef = keyType._zod.def;
  // Keys checked by a pattern or drawn from an enum are zod's to read.
  if (def.checks?.length || (def['mode'] !== undefined && def['mode'] !== 'strict') || def['partial'] || keyDef.type !== 'string' || keyDef.checks?.length || keyType._zod.values !== undefined || Object.keys(keyDef).some((key) => !NEUTRAL_DEF_KEYS.has(key))) return undefined;
  const test = compileTest(def['valueType']);
  const build = test ? undefined : compile(def['valueType']);
  if (!test && !build) return undefined;
  return (value) => {
    if (!isPlainObject(value)) return REJECT;
    const keys = Reflect.ownKeys(value);
    const out: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
      if (typeof key === 'symbol') return REJECT;
      const given = value[key];
      const output = outputOf(given, test, build);
      if (output === REJECT) return REJECT;
      out[key] = output;
    }
    return out;
  };
}

/**
 * A union told apart by a literal field (an assessment's perspective, by `kind`): zod runs the
 * one option whose literal the value's field holds, and rejects a value no option claims.
 */
function compileDiscriminatedUnion(def: Def): Compiled | undefined {
  if (def.checks?.length || def['unionFallback']) return undefined;
  const discriminator = def['discriminator'];
  if (typeof discriminator !== 'string') return undefined;
  const byValue = new Map<unknown, Compiled>();
  for (const option of def['options'] as readonly unknown[]) {
    const optionDef = defOf(option);
    const tag = optionDef.type === 'object' ? (optionDef['shape'] as Record<string, unknown>)[discriminator] : undefined;
    if (tag === undefined || defOf(tag).type !== 'literal' || defOf(tag).checks?.length) return undefined;
    const built = compile(option);
    if (!built) return undefined;
    for (const literal of defOf(tag)['values'] as readonly unknown[]) {
      if (byValue.has(literal)) return undefined;
      byValue.set(literal, built);
    }
  }
  return (value) => {
    if (!isObject(value)) return REJECT;
    const option = byValue.get(value[discriminator]);
    return option ? option(value) : REJECT;
  };
}

/** The bounds of a number schema made only of bound checks, for the tight loop over counts. */
interface NumberRange {
  integer: boolean;
  min: number;
  minInclusive: boolean;
  max: number;
  maxInclusive: boolean;
}

function numberRange(def: Def): NumberRange | undefined {
  if (def.type !== 'number' || (def['format'] !== undefined && def['format'] !== 'safeint')) return undefined;
  if (Object.keys(def).some((key) => !NEUTRAL_DEF_KEYS.has(key) && key !== 'format')) return undefined;
  const range: NumberRange = { integer: def['format'] === 'safeint', min: -Infinity, minInclusive: true, max: Infinity, maxInclusive: true };
  for (const { _zod: { def: check } } of def.checks ?? []) {
    if (!compileCheck(check)) return undefined;
    const bound = check.value as number;
    const inclusive = check.inclusive === true;
    if (check.check === 'greater_than' && (bound > range.min || (bound === range.min && !inclusive))) [range.min, range.minInclusive] = [bound, inclusive];
    else if (check.check === 'less_than' && (bound < range.max || (bound === range.max && !inclusive))) [range.max, range.maxInclusive] = [bound, inclusive];
    else if (check.check !== 'greater_than' && check.check !== 'less_than') return undefined;
  }
  return range;
}

/** Whether `v` is a number in `range`: finite (zod's numbers), a safe integer if asked (z.int()). */
function inRange(v: unknown, { integer, min, minInclusive, max, maxInclusive }: NumberRange): boolean {
  if (typeof v !== 'number' || !(integer ? Number.isSafeInteger(v) : Number.isFinite(v))) return false;
  return !(v < min || (v === min && !minInclusive) || v > max || (v === max && !maxInclusive));
}

/** Whether every entry of `values` is a number in `range`. */
function allInRange(values: readonly unknown[], range: NumberRange): boolean {
  for (let k = 0; k < values.length; k++) if (!inRange(values[k], range)) return false;
  return true;
}

function compileArray(def: Def): Compiled | undefined {
  const checks = compileChecks(def);
  if (checks === undefined) return undefined;
  const accepts = (value: unknown): value is unknown[] => Array.isArray(value) && (!checks || checks(value as never));
  const range = numberRange(defOf(def['element']));
  if (range) {
    // Counts: one tight loop, then a copy (zod returns a new array too).
    return (value) => (accepts(value) && allInRange(value, range) ? value.slice() : REJECT);
  }
  const element = compile(def['element']);
  if (!element) return undefined;
  return (value) => {
    if (!accepts(value)) return REJECT;
    const out = new Array<unknown>(value.length);
    for (let k = 0; k < value.length; k++) {
      const checked = element(value[k]);
      if (checked === REJECT) return REJECT;
      out[k] = checked;
    }
    return out;
  };
}

/** A predicate for schemas whose output is their input: numbers, strings, literals, enums. */
function compileTest(schema: unknown): Test | undefined {
  const def = defOf(schema);
  const leaf = compileLeaf(def);
  if (leaf) return leaf;
  if (def.checks?.length) return undefined;
  switch (def.type) {
    case 'literal': {
      const values = def['values'] as readonly unknown[];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const entries = Object.values(def['entries'] as Record<string, unknown>);
      // Numeric TypeScript enums carry reverse mappings zod filters out: leave those to zod.
      if (entries.some((v) => typeof v !== 'string')) return undefined;
      const values = new Set(entries);
      return (value) => values.has(value);
    }
    case 'union': {
      if (!plainUnion(def)) return undefined;
      const options = (def['options'] as readonly unknown[]).map(compileTest);
      if (options.some((o) => !o)) return undefined;
      const all = options as Test[];
      return (value) => all.some((test) => test(value));
    }
    default:
      return undefined;
  }
}

/** Unions zod resolves by trying each option in turn (not discriminated, not exclusive). */
const plainUnion = (def: Def): boolean => def['inclusive'] !== false && def['discriminator'] === undefined;

/** Compiles a schema, or returns undefined when any part of it is beyond this fast path. */
function compile(schema: unknown): Compiled | undefined {
  const test = compileTest(schema);
  if (test) return (value) => (test(value) ? value : REJECT);
  const def = defOf(schema);
  if (def.checks?.length && def.type !== 'array') return undefined;
  switch (def.type) {
    case 'object':
      return compileObject(def);
    case 'array':
      return compileArray(def);
    case 'record':
      return compileRecord(def);
    case 'union': {
      if (def['discriminator'] !== undefined) return compileDiscriminatedUnion(def);
      if (!plainUnion(def)) return undefined;
      const options = (def['options'] as readonly unknown[]).map(compile);
      if (options.some((o) => !o)) return undefined;
      const all = options as Compiled[];
      // zod returns the first option that accepts the value.
      return (value) => {
        for (const option of all) {
          const built = option(value);
          if (built !== REJECT) return built;
        }
        return REJECT;
      };
    }
    default:
      return undefined;
  }
}

const compiled = new WeakMap<object, Compiled | null>();

function compiledFor(schema: z.ZodMiniType): Compiled | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema) ?? null;
    compiled.set(schema, check);
  }
  return check;
}

/**
 * `schema.safeParse(value)` with the same result, faster for valid documents: a compiled check
 * builds zod's output directly, and anything it does not accept is parsed by zod itself, so
 * every rejection carries zod's own issues.
 * @example
 * const checked = fastSafeParse(AggregateStateSchema, JSON.parse(text));
 * if (!checked.success) console.warn(checked.error.issues);
 */
export function fastSafeParse<T>(schema: z.ZodMiniType<T>, value: unknown): ReturnType<z.ZodMiniType<T>["safeParse"]> {
  const check = compiledFor(schema);
  if (check) {
    const out = check(value);
    if (out !== REJECT) return { success: true, data: out as T } as ReturnType<z.ZodMiniType<T>["safeParse"]>;
  }
  return schema.safeParse(value);
}

/** Whether {@link fastSafeParse} has a compiled path for `schema` (for specs and benchmarks). */
export function hasFastPath(schema: z.ZodMiniType): boolean {
  return compiledFor(schema) !== null;
}
