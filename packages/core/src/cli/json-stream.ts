/**
 * Reading JSON documents from a stream: one value, an array of values, or values one after
 * another (JSON lines), each handed over as soon as it is complete, with the line and column
 * where it starts. Only structural characters are visited, so reading costs little beside
 * JSON.parse; memory is bounded by the longest value allowed. A value that does not parse is
 * located with the library's own JSON scanner, so the CLI and the parse functions word syntax
 * errors alike.
 */
import { jsonSyntaxError, lineAndColumn } from '../validate/json-text.js';

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
        if (early) this.out.push({ problem: { ...lineAndColumn(this.parts, early.offset, at), message: early.message } });
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
