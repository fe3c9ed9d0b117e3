/**
 * One SQL dialect (PostgreSQL's) on two engines: PGlite, Postgres compiled to WebAssembly with its
 * data in a directory (the embedded default), and a PostgreSQL server through node-postgres
 * (`DATABASE_URL`). Every query the service runs goes through this interface, so both engines
 * execute exactly the same statements and migrations.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Runs statements. Parameters are `$1, $2, …`; JSON goes in as text and is cast with `::jsonb`. */
export interface Sql {
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/** A connection (pool) to one database. */
export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
   * On PostgreSQL a serialization failure or deadlock is retried (the work must be safe to rerun).
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the embedded engine. `dataDir` keeps the data between runs; without it the database
 * lives in memory and disappears on close.
 * @example
 * const db = await openPglite('./data');
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const lite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    engine: 'pglite',
    async query(text, params = []) {
      const result = await lite.query(text, params as unknown[]);
      return result.rows as never;
    },
    async exec(script) {
      await lite.exec(script);
    },
    async transaction(work) {
      // PGlite has one connection: its transaction holds it, so other queries wait their turn.
      return lite.transaction(async (tx) =>
        work({
          query: async (text, params = []) => (await tx.query(text, params as unknown[])).rows as never,
          exec: async (script) => void (await tx.exec(script)),
        }),
      );
    },
    async close() {
      if (!lite.closed) await lite.close();
    },
  };
}

const RETRYABLE = new Set(['40001', '40P01']);

/** Socket errors and PostgreSQL states that mean "no database connection", not "bad request". */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P02', '57P03']);

/**
 * True when `error` says the database cannot be reached (down, restarting, network gone), so a
 * request may succeed later unchanged: the service answers 503 with Retry-After rather than 500.
 * @example
 * databaseUnreachable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })); // true
 */
export function databaseUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  // SQLSTATE class 08: connection exception.
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  // node-postgres reports a connection lost mid-query or a pool timeout without a code.
  return typeof message === 'string' && /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/.test(message);
}

/**
 * Opens a pool on a PostgreSQL server.
 * @example
 * const db = await openPostgres(process.env.DATABASE_URL!);
 */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client losing its connection (server restart, failover) must not take the process down.
  pool.on('error', (error) => console.error(`sos-kit-server: idle database connection failed: ${error.message}`));
  await pool.query('SELECT 1');
  return {
    engine: 'postgres',
    async query(text, params = []) {
      return (await pool.query(text, params as unknown[])).rows as never;
    },
    async exec(script) {
      await pool.query(script);
    },
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work({
            query: async (text, params = []) => (await client.query(text, params as unknown[])).rows as never,
            exec: async (script) => void (await client.query(script)),
          });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = (error as { code?: string }).code;
          if (attempt < 5 && code !== undefined && RETRYABLE.has(code)) continue;
          throw error;
        } finally {
          client.release();
        }
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Where the data lives: a PostgreSQL URL wins over an embedded data directory. */
export interface DatabaseConfig {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}

/** Opens PostgreSQL when `databaseUrl` is set, else the embedded engine. */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
