/**
 * Reading JSON documents from a stream: one value, an array of values, or values one after
 * another (JSON lines), each handed over as soon as it is complete, with the line and column
 * where it starts. Only structural characters are visited, so reading costs little beside
 * JSON.parse; memory is bounded by the longest value allowed.
 */

/** One top-level value, or one element of a top-level array, as text. */
export interface JsonText {
  text: string;
  line: number;
  column: number;
  /** Whether it is an element of an array (rather than a value on its own). */
  inArray: boolean;
  /** Its position among the array's elements, or among the file's values. */
  index: number;
  /** The value, when reading already had to parse it. */
  parsed?: unknown;
}

/** A problem with the text itself, located by line and column (both from 1). */
export interface JsonTextProblem {
  line: number;
  column: number;
  message: string;
}

export type JsonPiece = { value: JsonText; problem?: undefined } | { value?: undefined; problem: JsonTextProblem };

const IN_STRING = /["\\\n]/g;
const IN_VALUE = /["{}[\]\n]/g;
const IN_PRIMITIVE = /[\s,\]}]/g;
const BETWEEN = /[^ \t\r\ufeff]/g;

/** Splits a stream of JSON text into values; see the module comment. */
export class JsonSplitter {
  private line = 1;
  private lineStart = 0;
  private base = 0;
  private started = false;
  private arrayDepth = 0;
  private arrayIndex = 0;
  private valueIndex = 0;
  private expectElement = false;
  private collecting = false;
  private primitive = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private parts = '';
  private length = 0;
  private overflow = false;
  private startLine = 0;
  private startColumn = 0;
  private readonly out: JsonPiece[] = [];

  constructor(private readonly maxLength: number) {}

  /** Reads a chunk; returns the values (and problems) it completed. */
  push(chunk: string): JsonPiece[] {
    let i = 0;
    const n = chunk.length;
    if (!this.started && n > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) {
        // A byte-order mark is not text: columns count from after it.
        i = 1;
        this.lineStart = 1;
      }
    }
    let from = i;
    while (i < n) {
      if (this.collecting && this.inString) {
        if (this.escape) {
          this.escape = false;
          i++;
          continue;
        }
        IN_STRING.lastIndex = i;
        const m = IN_STRING.exec(chunk);
        if (!m) break;
        const j = m.index;
        const c = chunk.charCodeAt(j);
        if (c === 92) {
          if (j + 1 < n) i = j + 2;
          else {
            this.escape = true;
            i = n;
          }
          continue;
        }
        if (c === 10) this.newline(j);
        else {
          this.inString = false;
          if (!this.primitive && this.depth === 0) {
            // A string on its own is a whole value.
            this.finish(chunk, from, j + 1);
            i = j + 1;
            continue;
          }
        }
        i = j + 1;
        continue;
      }
      if (this.collecting && this.primitive) {
        IN_PRIMITIVE.lastIndex = i;
        const m = IN_PRIMITIVE.exec(chunk);
        if (!m) break;
        this.finish(chunk, from, m.index);
        i = m.index;
        continue;
      }
      if (this.collecting) {
        IN_VALUE.lastIndex = i;
        const m = IN_VALUE.exec(chunk);
        if (!m) break;
        const j = m.index;
        const c = chunk.charCodeAt(j);
        i = j + 1;
        if (c === 34) this.inString = true;
        else if (c === 10) this.newline(j);
        else if (c === 123 || c === 91) this.depth++;
        else if (--this.depth === 0) {
          this.finish(chunk, from, j + 1);
        }
        continue;
      }
      // Between values: find where the next one starts.
      BETWEEN.lastIndex = i;
      const m = BETWEEN.exec(chunk);
      if (!m) {
        i = n;
        break;
      }
      const j = m.index;
      const c = chunk.charCodeAt(j);
      i = j + 1;
      if (c === 10) this.newline(j);
      else if (this.arrayDepth > 0 && c === 44 && !this.expectElement) this.expectElement = true;
      else if (this.arrayDepth > 0 && c === 93 && (!this.expectElement || this.arrayIndex === 0)) {
        this.arrayDepth = 0;
        this.expectElement = false;
      } else if (this.arrayDepth === 0 && c === 91 && this.valueIndex === 0) {
        // A file that is one array: its elements are the values.
        this.arrayDepth = 1;
        this.expectElement = true;
        this.valueIndex++;
      } else if (this.arrayDepth > 0 && c === 93) {
        this.problem(j, 'a comma before "]" with no element after it');
        this.arrayDepth = 0;
        this.expectElement = false;
      } else if (c === 44 || c === 93 || c === 125 || c === 58) {
        this.problem(j, `unexpected "${String.fromCharCode(c)}"${this.arrayDepth > 0 ? ': expected a value' : ''}`);
      } else if (this.arrayDepth > 0 && !this.expectElement) {
        this.problem(j, 'expected "," or "]" between the elements of the array');
        this.start(j, c);
      } else if (c === 123 && this.arrayDepth === 0 && this.jsonLine(chunk, j)) {
        i = chunk.indexOf('\n', j);
        continue;
      } else this.start(j, c);
      from = this.collecting ? j : i;
    }
    if (this.collecting) this.keep(chunk.slice(from));
    this.base += n;
    return this.take();
  }

  /** Ends the input; reports a value or array left open. */
  end(): JsonPiece[] {
    if (this.collecting) {
      const at = { line: this.startLine, column: this.startColumn };
      if (this.primitive) this.emit();
      else {
        // Brackets alone cannot tell a cut-off file from a wrong one ({"a": [1, }): the value's own
        // text says where it first goes wrong, unless it simply ends too early.
        const found = this.overflow ? undefined : jsonSyntaxError(this.parts);
        const early = found && found.offset < this.parts.trimEnd().length ? found : undefined;
        if (early) this.out.push({ problem: { ...positionIn(this.parts, early.offset, at.line, at.column), message: early.message } });
        else this.out.push({ problem: { ...at, message: this.inString ? 'a string is never closed: the file may be cut off' : 'a value is never closed (a "}" or "]" is missing): the file may be cut off' } });
        this.reset();
      }
    } else if (this.arrayDepth > 0) {
      this.out.push({ problem: { line: this.line, column: this.base - this.lineStart + 1, message: 'the array is never closed (a "]" is missing): the file may be cut off' } });
    }
    return this.take();
  }

  private take(): JsonPiece[] {
    return this.out.splice(0, this.out.length);
  }

  private newline(j: number): void {
    this.line++;
    this.lineStart = this.base + j + 1;
  }

  private start(j: number, c: number): void {
    this.collecting = true;
    this.startLine = this.line;
    this.startColumn = this.base + j - this.lineStart + 1;
    this.primitive = !(c === 123 || c === 91 || c === 34);
    this.inString = c === 34;
    this.depth = c === 123 || c === 91 ? 1 : 0;
    this.expectElement = false;
  }

  /**
   * JSON lines, the common case, without scanning: a document that starts a line and parses up
   * to the line's end is that line. Anything else (a pretty-printed document) is scanned.
   */
  private jsonLine(chunk: string, j: number): boolean {
    const end = chunk.indexOf('\n', j);
    if (end < 0 || end - j > this.maxLength) return false;
    const text = chunk.slice(j, end);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return false;
    }
    this.out.push({ value: { text, line: this.line, column: this.base + j - this.lineStart + 1, inArray: false, index: this.valueIndex++, parsed } });
    return true;
  }

  private keep(text: string): void {
    this.length += text.length;
    if (this.overflow) return;
    if (this.length > this.maxLength) {
      this.overflow = true;
      this.parts = '';
    } else this.parts += text;
  }

  private finish(chunk: string, from: number, to: number): void {
    this.keep(chunk.slice(from, to));
    this.emit();
  }

  private emit(): void {
    const at = { line: this.startLine, column: this.startColumn };
    if (this.overflow) {
      this.out.push({ problem: { ...at, message: `the JSON value starting here is longer than ${this.maxLength.toLocaleString('en-US')} characters, the limit for one document (--max-record)` } });
    } else {
      const inArray = this.arrayDepth > 0;
      this.out.push({ value: { text: this.parts, ...at, inArray, index: inArray ? this.arrayIndex++ : this.valueIndex++ } });
    }
    this.reset();
  }

  private reset(): void {
    this.collecting = false;
    this.primitive = false;
    this.inString = false;
    this.escape = false;
    this.depth = 0;
    this.parts = '';
    this.length = 0;
    this.overflow = false;
  }

  private problem(j: number, message: string): void {
    this.out.push({ problem: { line: this.line, column: this.base + j - this.lineStart + 1, message } });
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_STOP = /["\\\u0000-\u001f]/g;

/**
 * Where a JSON text first breaks the grammar, and how: for a message with line and column that
 * never quotes the text itself. Iterative, so any depth of nesting is fine.
 * @example
 * jsonSyntaxError('{"a": }'); // { offset: 6, message: 'expected a value' }
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | undefined {
  const stack: number[] = [];
  let state: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' = 'value';
  let i = 0;
  const n = text.length;
  const fail = (message: string) => ({ offset: i, message });
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return stack.length === 0 && state === 'after' ? undefined : fail('the text ends before the JSON value does');
    const c = text[i]!;
    if (state === 'value' || state === 'first-value') {
      if (c === '{') {
        stack.push(1);
        state = 'first-key';
        i++;
      } else if (c === '[') {
        stack.push(2);
        state = 'first-value';
        i++;
      } else if (c === ']' && state === 'first-value') {
        stack.pop();
        state = 'after';
        i++;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return end;
        [i, state] = [end, 'after'];
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail('a number is malformed');
        i = NUMBER.lastIndex;
        state = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return fail(c === "'" ? 'strings need double quotes' : 'expected a value (an object, array, string, number, true, false or null)');
        i += word.length;
        state = 'after';
      }
    } else if (state === 'key' || state === 'first-key') {
      if (c === '}' && state === 'first-key') {
        stack.pop();
        state = 'after';
        i++;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return end;
        [i, state] = [end, 'colon'];
      } else return fail(state === 'first-key' ? 'expected a property name in double quotes, or "}"' : 'expected a property name in double quotes (a trailing comma?)');
    } else if (state === 'colon') {
      if (c !== ':') return fail('expected ":" after the property name');
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return fail('unexpected text after the JSON value');
      if (c === ',') {
        i++;
        state = top === 1 ? 'key' : 'value';
      } else if ((c === '}' && top === 1) || (c === ']' && top === 2)) {
        stack.pop();
        i++;
      } else return fail(top === 1 ? 'expected "," or "}" after a property value' : 'expected "," or "]" after an array element');
    }
  }
}

function stringEnd(text: string, start: number): number | { offset: number; message: string } {
  let i = start + 1;
  for (;;) {
    STRING_STOP.lastIndex = i;
    const m = STRING_STOP.exec(text);
    if (!m) return { offset: start, message: 'a string is never closed' };
    const j = m.index;
    const c = text[j]!;
    if (c === '"') return j + 1;
    if (c !== '\\') return { offset: j, message: 'a control character (such as a line break) inside a string must be escaped' };
    const next = text[j + 1];
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { offset: j, message: 'a \\u escape needs four hexadecimal digits' };
      i = j + 6;
    } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i = j + 2;
    else return { offset: j, message: 'an unknown escape in a string' };
  }
}

/** Line and column (from 1) of `offset` in `text`, for a text starting at `line`, `column`. */
export function positionIn(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  let l = line;
  let lineStart = -column + 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
    l++;
    lineStart = k + 1;
  }
  return { line: l, column: offset - lineStart + 1 };
}
