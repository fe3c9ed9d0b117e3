/**
 * @sos-kit/server: the reference collection service for sos-kit assessments.
 * @example
 * import { startServer } from '@sos-kit/server';
 * const server = await startServer({ port: 8787, dataDir: './data' });
 * console.log(server.url);
 */
export { createApp, suppressForViewer, API_PATHS, type AppOptions } from './app.js';
export { openDatabase, openPglite, openPostgres, type Database, type DatabaseConfig, type Sql } from './db.js';
export { seedDemo, DEMO_COUNTY, type DemoCredentials } from './demo.js';
export { migrate, MIGRATIONS, type Migration } from './migrations.js';
export { openApiDocument } from './openapi.js';
export { createService, startServer, type RunningServer, type ServerOptions, type Service } from './server.js';
export { RequestError, Store, type ApiKeyInfo, type Collection, type Principal, type RespondentLink, type Role, type SubmissionReceipt } from './store.js';
