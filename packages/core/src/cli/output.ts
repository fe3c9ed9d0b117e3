/**
 * Writing the CLI's results as they are produced: small pieces are gathered into larger writes,
 * and the writer waits whenever the destination is behind, so memory stays bounded however
 * much is written and however slow the reader (a pipe, a disk) is.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** The output could not be written (exit code 1, one line, no stack trace). */
export class OutputError extends Error {}

const describe = (error: NodeJS.ErrnoException) =>
  error.code === 'ENOENT' ? 'no such directory' : error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : error.code === 'EISDIR' ? 'it is a directory' : error.code === 'ENOSPC' ? 'the disk is full' : (error.code ?? error.message);

export class Output {
  private buffer = '';
  private failure: OutputError | undefined;

  private constructor(
    private readonly stream: Writable,
    name: string,
    private readonly owned: boolean,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.failure ??= new OutputError(`sos-kit: cannot write ${name}: ${describe(error)}`);
    });
  }

  /** Standard output. */
  static stdout(stream: Writable): Output {
    return new Output(stream, 'standard output', false);
  }

  /** A file, opened (or its failure reported) before any input is read. */
  static async file(path: string): Promise<Output> {
    const stream = createWriteStream(path);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) => reject(new OutputError(`sos-kit: cannot write ${path}: ${describe(error)}`)));
    });
    return new Output(stream, path, true);
  }

  /** Adds text; returns a promise to await when the destination needs time to catch up. */
  write(text: string): Promise<void> | undefined {
    this.buffer += text;
    return this.buffer.length >= 1 << 16 ? this.flush() : undefined;
  }

  /** Writes what is buffered, waiting for the destination if it is full. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer === '') return;
    const text = this.buffer;
    this.buffer = '';
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done).on('error', done).on('close', done);
      });
    }
    if (this.failure) throw this.failure;
  }

  /** Writes the rest; for a file, closes it and reports any failure. */
  async end(): Promise<void> {
    await this.flush();
    if (!this.owned) return;
    this.stream.end();
    await finished(this.stream).catch(() => undefined);
    if (this.failure) throw this.failure;
  }
}
