/**
 * Reading JSON text the way people write it: a byte-order mark (which editors on Windows add) is
 * ignored, a syntax error is reported with its line and column, and a key written twice in one
 * object — which `JSON.parse` resolves silently by keeping the last value — is reported, since
 * one of the two values would otherwise be lost without a word.
 */
import { issue, quote, type ValidationIssue } from './issues.js';

const BYTE_ORDER_MARK = 0xfeff;

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
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
  error?: { offset: number; what: string };
  duplicates: ValidationIssue[];
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const SIMPLE_ESCAPE = /["\\/bfnrt]/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Walks JSON text once, without building values. With `strict` it checks the syntax and stops at
 * the first error; without, it trusts text `JSON.parse` has accepted and only reads keys.
 * Iterative, so nesting depth cannot overflow the stack.
 */
function scan(text: string, strict: boolean): Scan {
  const n = text.length;
  const frames: Frame[] = [];
  const duplicates: ValidationIssue[] = [];
  let i = 0;
  const fail = (what: string, offset = i): Scan => ({ error: { offset, what }, duplicates });
  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
  };
  /** Reads a string starting at its opening quote; returns its value, or undefined at an error. */
  const readString = (decode: boolean): string | undefined => {
    const open = i;
    let escaped = false;
    for (let k = open + 1; ; ) {
      const close = text.indexOf('"', k);
      if (close === -1) {
        i = n;
        return undefined;
      }
      const slash = text.indexOf('\\', k);
      if (slash !== -1 && slash < close) {
        escaped = true;
        if (strict) {
          const e = text[slash + 1] ?? '';
          if (e === 'u' ? !HEX4.test(text.slice(slash + 2, slash + 6)) : !SIMPLE_ESCAPE.test(e)) {
            i = slash;
            return undefined;
          }
        }
        k = slash + (text[slash + 1] === 'u' ? 6 : 2);
        continue;
      }
      if (strict) {
        for (let c = k; c < close; c++) {
          if (text.charCodeAt(c) < 0x20) {
            i = c;
            return undefined;
          }
        }
      }
      i = close + 1;
      if (!decode) return '';
      return escaped ? (JSON.parse(text.slice(open, i)) as string) : text.slice(open + 1, close);
    }
  };
  const pathTo = (depth: number): (string | number)[] => frames.slice(0, depth).map((f) => f.slot);

  let expecting: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (expecting === 'key') {
      if (text.charCodeAt(i) !== 34) return fail(i >= n ? 'the text ends where a property name was expected' : `expected a property name in double quotes, found ${describeChar(text, i)}`);
      const keyStart = i;
      const key = readString(true);
      if (key === undefined) return fail(i >= n ? 'a string is not closed' : 'a string has an invalid escape or control character');
      const frame = frames[frames.length - 1]!;
      const first = remember(frame, key, keyStart);
      if (first !== -1) {
        duplicates.push(
          issue([...pathTo(frames.length - 1), key], 'duplicate_key', `appears twice in one object (${at(text, first)} and ${at(text, keyStart)}); JSON readers keep only the last value, so remove one`),
        );
      }
      frame.slot = key;
      skipSpace();
      if (text.charCodeAt(i) !== 58) return fail(`expected ":" after the property name ${quote(key)}, found ${describeChar(text, i)}`);
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
        if (readString(false) === undefined) return fail(i >= n ? 'a string is not closed' : 'a string has an invalid escape or control character');
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail(i >= n ? 'the text ends where a value was expected' : `expected a value, found ${describeChar(text, i)}`);
        i = NUMBER.lastIndex;
      }
      expecting = 'after';
      continue;
    }
    // After a value: a separator, the end of its container, or the end of the text.
    const frame = frames[frames.length - 1];
    if (!frame) {
      if (i < n) return fail(`unexpected ${describeChar(text, i)} after the end of the JSON value`);
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
      return fail(i >= n ? `the text ends inside ${frame.object ? 'an object' : 'an array'}` : `expected "," or "${frame.object ? '}' : ']'}", found ${describeChar(text, i)}`);
    }
  }
}

function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const char = String.fromCodePoint(text.codePointAt(offset)!);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `"${char}"` : `character U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
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
    const found = scan(text, true).error;
    const what = found ? `${found.what} at ${at(text, found.offset)}` : error instanceof Error ? error.message : String(error);
    return { value: undefined, issues: [issue([], 'invalid_json', `is not valid JSON: ${what}`)] };
  }
  return { value, issues: scan(text, false).duplicates };
}
