/**
 * The database goes away under a running service (restart, failover, network): requests are
 * answered 503 with Retry-After — "try again shortly", nothing stored — and the log says so in one
 * line, not a stack trace per request; once the database is back, the same service answers again.
 * PostgreSQL only: the embedded engine lives in the service's own process and cannot go away.
 */
import assert from 'node:assert/strict';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { openPostgres } from '../src/db.js';
import { startServer, type RunningServer } from '../src/server.js';
import { ENGINES, freshPostgresUrl } from './engines.js';
import { assessmentFor, call, collectionWithLinks, conditionsFramework, submitPath, type Service } from './helpers.js';

/** A TCP relay in front of PostgreSQL that can be cut (the database "goes down") and reopened on the same port. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Stops accepting and drops every open connection, as a database that stopped does. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (ENGINES.includes('postgres')) {
  describe('the database goes down under a running service (PostgreSQL)', { timeout: 300_000 }, () => {
    let relay: Relay;
    let server: RunningServer;
    let service: Service;
    const logged: string[] = [];
    const consoleError = console.error;
    let close = async () => undefined;

    before(async () => {
      const direct = new URL(await freshPostgresUrl());
      relay = new Relay({ host: direct.hostname, port: Number(direct.port) });
      await relay.open();
      const viaRelay = new URL(direct.href);
      viaRelay.port = String(relay.port);
      const database = await openPostgres(viaRelay.href);
      server = await startServer({ port: 0, database, requestsPerMinute: 0, authFailuresPerMinute: 0 });
      const admin = await server.store.createKey({ role: 'county-admin', county: 'Sierra Vista', label: 'test admin' }, undefined);
      service = { ...server, engine: 'postgres', admin: admin.key, viewer: '', stop: async () => undefined };
      close = async () => {
        await server.close();
        await database.close();
      };
      console.error = (...parts: unknown[]) => void logged.push(parts.map((p) => (p instanceof Error ? `${p.stack}` : String(p))).join(' '));
    });
    after(async () => {
      console.error = consoleError;
      await close();
      await relay.cut();
    });

    it('answers 503 with Retry-After while it is down, logs one line a request, and answers again once it is back', async () => {
      const fw = await conditionsFramework();
      const { team } = await collectionWithLinks(service);
      assert.equal((await call(server.url, 'GET', '/healthz')).status, 200);

      await relay.cut();
      const health = await call(server.url, 'GET', '/healthz');
      assert.equal(health.status, 503, `health check while the database is down: ${health.text}`);
      assert.equal(health.body.error, 'database_unavailable');
      assert.match(health.body.message, /database cannot be reached/);
      assert.ok(Number(health.headers.get('retry-after')) > 0, 'Retry-After tells clients when to try again');

      const document = assessmentFor(fw, { seed: 1, id: 'while-down' });
      const refused = await call(server.url, 'POST', submitPath(team), { body: document, headers: { 'idempotency-key': 'while-down-1' } });
      assert.equal(refused.status, 503, `a submission while the database is down: ${refused.text}`);
      assert.match(refused.body.message, /nothing was stored/);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);

      assert.ok(logged.length >= 2, 'each failed request is logged');
      for (const line of logged) {
        assert.match(line, /database cannot be reached/);
        assert.doesNotMatch(line, /\n\s+at /, `a log line, not a stack trace: ${line}`);
      }

      await relay.open();
      // The pool notices the dropped connections on its next use; allow it a few tries.
      let back = await call(server.url, 'GET', '/healthz');
      for (let i = 0; back.status !== 200 && i < 20; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        back = await call(server.url, 'GET', '/healthz');
      }
      assert.equal(back.status, 200, `healthy again once the database is back: ${back.text}`);
      const stored = await call(server.url, 'POST', submitPath(team), { body: document, headers: { 'idempotency-key': 'while-down-1' } });
      assert.equal(stored.status, 201, `the retried submission is stored: ${stored.text}`);
      assert.equal(stored.headers.get('idempotent-replayed'), null, 'stored now, not a replay: nothing was stored while down');
    });
  });
}
