/**
 * Starting and stopping the service: database, migrations, HTTP listener.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi, type AppOptions } from './app.js';
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

/** The service without a listener: for mounting inside another Node HTTP server. */
export interface Service {
  /** The Hono app; `app.fetch` is a standard `(Request) => Response` handler. */
  app: ReturnType<typeof createApi>['app'];
  /** A Node `(request, response)` listener for `http.createServer` or another server's routes. */
  listener: ReturnType<typeof getRequestListener>;
  store: Store;
  demo?: DemoCredentials;
  /** Closes the database (unless it was passed in). */
  close(): Promise<void>;
}

/** Opens the database, applies migrations, seeds the demo when asked, and builds the app. */
export async function createService(options: Omit<ServerOptions, 'port' | 'host'> = {}): Promise<Service> {
  const db = options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  try {
    await migrate(db);
    const store = new Store(db);
    await store.backfillContributions();
    const demo = options.demo ? await seedDemo(store) : undefined;
    const { app, serveSubmission } = createApi(store, options);
    // autoCleanupIncoming off: the adapter would cut the connection 500 ms after an early answer
    // (413), before a slow client has finished sending and could read it; Node itself discards
    // the unread body and keeps the connection usable (bounded by requestTimeout).
    const appListener = getRequestListener(app.fetch, { autoCleanupIncoming: false });
    // Respondents' submissions, the busiest route, are served straight from Node's request (HTTP/1).
    const listener: Service['listener'] = async (incoming, outgoing) => {
      if (!(incoming instanceof IncomingMessage && serveSubmission(incoming, outgoing as ServerResponse))) await appListener(incoming, outgoing);
    };
    return { app, listener, store, ...(demo ? { demo } : {}), close: async () => (options.database ? undefined : db.close()) };
  } catch (error) {
    if (!options.database) await db.close();
    throw error;
  }
}

/** Opens the database, applies migrations, and starts listening. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const service = await createService(options);
  const { store, demo } = service;
  const host = options.host ?? '127.0.0.1';
  const server = createServer(service.listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => resolve());
  }).catch(async (error: unknown) => {
    await service.close();
    throw error;
  });
  // A client sending headers or a body very slowly must not hold a connection for ever.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  // Idle keep-alive connections stay open longer than clients and load balancers keep them
  // (60 s is common), so a client never sends its next request on a socket the server is just
  // closing (Node's default of 5 s made busy clients see ECONNRESET).
  server.keepAliveTimeout = 65_000;
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
      await service.close();
    },
  };
}
