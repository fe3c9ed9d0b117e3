/**
 * What the CLI prints about input: safe for a terminal, short enough to read, and never
 * unbounded. Input can hold escape sequences that would recolour or rewrite the terminal, cells
 * of megabytes, and millions of problems.
 */

// C0 and C1 controls (ESC, CSI, BEL, …), DEL, and the invisible characters that reorder or
// hide text (bidirectional overrides and isolates, the Arabic letter mark).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (char: string) => {
  const code = char.charCodeAt(0);
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * Text from input made safe for one terminal line: control and direction-changing characters
 * become visible escapes (`\x1b`, `\n`, `\u202e`).
 * @example
 * printable('\x1b[31mred'); // '\\x1b[31mred'
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOne);
}

/** Longest value echoed back in a message, in characters. */
export const ECHO_LIMIT = 80;

/**
 * A value from input as shown in a message: printable, quoted, and cut to {@link ECHO_LIMIT}
 * characters with an ellipsis and the full length.
 * @example
 * echo('x'.repeat(5_000_000)); // '"xxxx…xxx…" (5,000,000 characters)'
 */
export function echo(value: string): string {
  if (value.length <= ECHO_LIMIT) return JSON.stringify(printable(value));
  // Cut on a code point boundary so a surrogate pair is never split.
  const cut = [...value.slice(0, ECHO_LIMIT)].slice(0, ECHO_LIMIT - 1).join('');
  return `${JSON.stringify(`${printable(cut)}…`)} (${value.length.toLocaleString('en-US')} characters)`;
}

/** Longest line of a message printed as is; longer lines are cut (a backstop for library messages). */
const LINE_LIMIT = 400;

const fitLine = (line: string) => {
  const safe = printable(line);
  return safe.length <= LINE_LIMIT ? safe : `${safe.slice(0, LINE_LIMIT - 1)}…`;
};

/**
 * Collects problems as they are found and keeps only the first `shown` for printing; the rest
 * are counted. Memory stays bounded however many problems the input has.
 */
export class Problems {
  private readonly lines: string[] = [];
  private count = 0;
  private lastHeading: string | undefined;

  constructor(private readonly shown = 100) {}

  /** Problems found so far. */
  get total(): number {
    return this.count;
  }

  /** Adds one problem, printed on its own line. */
  add(message: string): void {
    this.count++;
    if (this.count <= this.shown) this.lines.push(...message.split('\n').map(fitLine));
  }

  /**
   * Adds the problems of one document under a heading (printed once, before the first of its
   * problems that is shown), each as an indented line.
   */
  addUnder(heading: string, messages: Iterable<string>): void {
    for (const message of messages) {
      this.count++;
      if (this.count > this.shown) continue;
      if (this.lastHeading !== heading) {
        this.lines.push(fitLine(heading));
        this.lastHeading = heading;
      }
      this.lines.push(fitLine(`  - ${message}`));
    }
  }

  /** The report: the problems kept, then how many more there were. */
  toString(): string {
    const more = this.count - Math.min(this.count, this.shown);
    return [...this.lines, ...(more > 0 ? [`… and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} (${this.count.toLocaleString('en-US')} in all)`] : [])].join('\n');
  }
}
