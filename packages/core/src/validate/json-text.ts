/**
 * Reading JSON text the way people write it: a byte-order mark (which editors on Windows add) is
 * ignored, a syntax error is reported with its line and column, and a key written twice in one
 * object — which `JSON.parse` resolves silently by keeping the last value — is reported, since
 * one of the two values would otherwise be lost without a word.
 */
import { issue, quote, type ValidationIssue } from './issues.js';

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Line and column (both from 1) of a character offset in `text`, for a text that itself starts at
 * `start` (a document inside a larger file, as the CLI reads them).
 * @example
 * lineAndColumn('{\n  "a": x}', 9); // { line: 2, column: 8 }
 */
export function lineAndColumn(text: string, offset: number, start: { line: number; column: number } = { line: 1, column: 1 }): { line: number; column: number } {
  let line = start.line;
  let lineStart = 1 - start.column;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function at(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
}

interface Frame {
  /** Whether the container is an object (else an array). */
  object: boolean;
  /** Keys seen so far in an object and the offsets where they first appear (most objects are small: no Map until needed). */
  keys: string[];
  offsets: number[];
  index: Map<string, number> | undefined;
  /** The key (objects) or index (arrays) of the value being read. */
  slot: string | number;
}

const SMALL_OBJECT = 8;

/** Records `key` in `frame`; returns the offset of an earlier appearance, or −1. */
function remember(frame: Frame, key: string, offset: number): number {
  if (frame.index) {
    const first = frame.index.get(key);
    if (first !== undefined) return first;
    frame.index.set(key, offset);
    return -1;
  }
  const found = frame.keys.indexOf(key);
  if (found !== -1) return frame.offsets[found]!;
  frame.keys.push(key);
  frame.offsets.push(offset);
  if (frame.keys.length > SMALL_OBJECT) frame.index = new Map(frame.keys.map((k, j) => [k, frame.offsets[j]!]));
  return -1;
}

/** What a scan found: the first syntax error (when checking syntax) and every duplicate key. */
interface Scan {
  error?: JsonSyntaxError;
  duplicates: ValidationIssue[];
}

/** Where a JSON text first breaks the grammar (a character offset) and what was expected there. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** Inside a string, the characters that end a run of plain text. */
const STRING_STOP = /["\\\u0000-\u001f]/g;
const SIMPLE_ESCAPE = /["\\/bfnrt]/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ANY_VALUE = 'a value (an object, array, string, number, true, false or null)';

/**
 * Walks JSON text once, without building values. With `strict` it checks the syntax and stops at
 * the first error; without, it trusts text `JSON.parse` has accepted and only reads keys.
 * Iterative, so nesting depth cannot overflow the stack; linear, however strings are escaped.
 * Every message says what was expected and what was found instead.
 */
function scan(text: string, strict: boolean): Scan {
  const n = text.length;
  const frames: Frame[] = [];
  const duplicates: ValidationIssue[] = [];
  let i = 0;
  const fail = (expected: string, offset = i): Scan => ({ error: { offset, message: `expected ${expected}, found ${describeChar(text, offset)}` }, duplicates });
  let stringError: Scan | undefined;
  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
  };
  /** Reads a string starting at its opening quote; returns its value, or undefined (and stringError) at an error. */
  const readString = (decode: boolean): string | undefined => {
    const open = i;
    let escaped = false;
    for (let k = open + 1; ; ) {
      STRING_STOP.lastIndex = k;
      const stop = STRING_STOP.exec(text);
      if (!stop) {
        stringError = fail('a double quote closing the string', n);
        return undefined;
      }
      const j = stop.index;
      const c = text.charCodeAt(j);
      if (c === 34) {
        i = j + 1;
        if (!decode) return '';
        return escaped ? (JSON.parse(text.slice(open, i)) as string) : text.slice(open + 1, j);
      }
      if (c !== 92) {
        // A raw control character (only strict scans meet one: JSON.parse rejects them).
        stringError = fail('an escape such as \\n instead of a control character inside a string', j);
        return undefined;
      }
      escaped = true;
      const e = text[j + 1];
      if (e === 'u') {
        if (strict && !HEX4.test(text.slice(j + 2, j + 6))) {
          let bad = j + 2;
          while (bad < j + 6 && /[0-9a-fA-F]/.test(text[bad] ?? '')) bad++;
          stringError = fail('four hexadecimal digits after "\\u"', bad);
          return undefined;
        }
        k = j + 6;
      } else {
        if (strict && !SIMPLE_ESCAPE.test(e ?? '')) {
          stringError = fail('an escape such as \\n, \\" or \\u00e9 after a backslash', j + 1);
          return undefined;
        }
        k = j + 2;
      }
    }
  };
  const pathTo = (depth: number): (string | number)[] => frames.slice(0, depth).map((f) => f.slot);

  let expecting: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (expecting === 'key') {
      if (text.charCodeAt(i) !== 34) return fail(text.charCodeAt(i) === 125 ? 'a property name in double quotes (remove the comma before "}")' : 'a property name in double quotes');
      const keyStart = i;
      const key = readString(true);
      if (key === undefined) return stringError!;
      const frame = frames[frames.length - 1]!;
      const first = remember(frame, key, keyStart);
      if (first !== -1) {
        duplicates.push(
          issue([...pathTo(frames.length - 1), key], 'duplicate_key', `appears twice in one object (${at(text, first)} and ${at(text, keyStart)}); JSON readers keep only the last value, so remove one`),
        );
      }
      frame.slot = key;
      skipSpace();
      if (text.charCodeAt(i) !== 58) return fail(`":" after the property name ${quote(key)}`);
      i++;
      expecting = 'value';
      continue;
    }
    if (expecting === 'value') {
      const c = text.charCodeAt(i);
      if (c === 123 /* { */ || c === 91 /* [ */) {
        i++;
        skipSpace();
        const closing = c === 123 ? 125 : 93;
        if (text.charCodeAt(i) === closing) {
          i++;
          expecting = 'after';
          continue;
        }
        frames.push({ object: c === 123, keys: [], offsets: [], index: undefined, slot: c === 123 ? '' : 0 });
        expecting = c === 123 ? 'key' : 'value';
        continue;
      }
      if (c === 34) {
        if (readString(false) === undefined) return stringError!;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) {
          if (c === 39 /* ' */) return fail('a string in double quotes');
          if (c === 93 && frames[frames.length - 1]?.object === false) return fail(`${ANY_VALUE} (remove the comma before "]")`);
          return fail(i >= n ? 'a value' : ANY_VALUE);
        }
        i = NUMBER.lastIndex;
      }
      expecting = 'after';
      continue;
    }
    // After a value: a separator, the end of its container, or the end of the text.
    const frame = frames[frames.length - 1];
    if (!frame) {
      if (i < n) return fail('the end of the text after the JSON value');
      return { duplicates };
    }
    const c = text.charCodeAt(i);
    const closing = frame.object ? 125 : 93;
    if (c === 44 /* , */) {
      i++;
      if (frame.object) expecting = 'key';
      else {
        frame.slot = (frame.slot as number) + 1;
        expecting = 'value';
      }
    } else if (c === closing) {
      i++;
      frames.pop();
    } else {
      return fail(`"," or "${frame.object ? '}' : ']'}"`);
    }
  }
}

/** A character for a message: shown when printable, else by its code point. */
function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const char = String.fromCodePoint(text.codePointAt(offset)!);
  if (char === '"') return 'a double quote';
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `"${char}"` : `character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Where JSON text first breaks the grammar, and what was expected there; undefined for valid
 * JSON (exactly what `JSON.parse` accepts). Messages quote at most one character of the text.
 * @example
 * jsonSyntaxError('{"a": }'); // { offset: 6, message: 'expected a value (an object, …), found "}"' }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  return scan(text, true).error;
}

/**
 * Decodes JSON text: the value, or issues (syntax error with line and column, duplicate keys
 * with their paths). A leading byte-order mark is skipped.
 * @example
 * decodeJsonText('\uFEFF{"a": 1}'); // { value: { a: 1 }, issues: [] }
 * decodeJsonText('{"a": 1, "a": 2}').issues[0].jsonPath; // '$.a'
 */
export function decodeJsonText(input: string): { value: unknown; issues: ValidationIssue[] } {
  // Editors do not show the mark, so columns are counted without it.
  const text = input.charCodeAt(0) === BYTE_ORDER_MARK ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = jsonSyntaxError(text);
    const what = found ? `${found.message} at ${at(text, found.offset)}` : error instanceof Error ? error.message : String(error);
    return { value: undefined, issues: [issue([], 'invalid_json', `is not valid JSON: ${what}`)] };
  }
  // A key written twice leaves one property fewer than the text has names: counting both (a
  // native regular expression over the text, a walk over the value) is several times faster than
  // the scan, which only runs to say where the duplicates are.
  return { value, issues: namesIn(text) === propertiesIn(value) ? [] : scan(text, false).duplicates };
}

/**
 * Every string in JSON text, with the ":" that makes it a property name. Only for text that
 * `JSON.parse` accepted: outside strings such text has no double quote, so matching from the
 * start visits exactly its strings, whatever they contain.
 */
const STRING_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"[\t\n\r ]*(:?)/g;

/** How many property names JSON text (accepted by `JSON.parse`) writes. */
function namesIn(text: string): number {
  let names = 0;
  STRING_TOKEN.lastIndex = 0;
  for (let match = STRING_TOKEN.exec(text); match; match = STRING_TOKEN.exec(text)) if (match[1]) names++;
  return names;
}

/** How many properties the objects of a parsed JSON value have in all; iterative, for any depth. */
function propertiesIn(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    // Own keys only (JSON.parse makes every property own, "__proto__" included), so a polluted
    // Object.prototype changes nothing.
    const children = Array.isArray(next) ? next : Object.values(next);
    if (!Array.isArray(next)) count += children.length;
    for (const child of children) if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return count;
}
