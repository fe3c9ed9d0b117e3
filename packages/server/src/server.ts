/**
 * Starting and stopping the service: database, migrations, HTTP listener.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { openDatabase, type Database } from './db.js';
import { seedDemo, type DemoCredentials } from './demo.js';
import { migrate } from './migrations.js';
import { Store } from './store.js';

export interface ServerOptions extends AppOptions {
  /** Port to listen on; 0 picks a free one (default 8787). */
  port?: number;
  /** Address to listen on (default 127.0.0.1: reachable from this machine only). */
  host?: string;
  /** `postgres://…`: use that PostgreSQL server. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database (without either, an in-memory database). */
  dataDir?: string | undefined;
  /** Seed the demo county. */
  demo?: boolean;
  /** An already open database (tests). */
  database?: Database;
}

export interface RunningServer {
  url: string;
  store: Store;
  demo?: DemoCredentials;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, and starts listening. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const db = options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  try {
    await migrate(db);
  } catch (error) {
    if (!options.database) await db.close();
    throw error;
  }
  const store = new Store(db);
  const demo = options.demo ? await seedDemo(store) : undefined;
  const app = createApp(store, options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    // autoCleanupIncoming off: the adapter would cut the connection 500 ms after an early answer
    // (413), before a slow client has finished sending and could read it; Node itself discards
    // the unread body and keeps the connection usable (bounded by requestTimeout).
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host, autoCleanupIncoming: false }, () => resolve(s as Server));
    s.once('error', reject);
  });
  // A client sending headers or a body very slowly must not hold a connection for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  // CONNECT (proxy tunnels) bypasses request handlers; Node would drop the socket unanswered.
  server.on('connect', (_request, socket: import('node:stream').Duplex) => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST, PATCH, DELETE, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    store,
    ...(demo ? { demo } : {}),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
      if (!options.database) await db.close();
    },
  };
}
