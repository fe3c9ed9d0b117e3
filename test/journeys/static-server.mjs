// A static server over the BUILT demo: the drop-in bundle from packages/components/dist, the
// framework JSON and the demo pages, under the same strict Content-Security-Policy the demo
// uses. Journeys answer API calls themselves (page.route), so this serves files only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MOUNTS = [
  ['/sos-kit/', join(root, 'packages/components/dist/drop-in')],
  ['/frameworks/', join(root, 'packages/core/frameworks')],
  ['/', join(root, 'demo')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json' };
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
export const DROP_IN = join(root, 'packages/components/dist/drop-in/sos-kit.js');

/** Starts the server on 127.0.0.1 and a free port; resolves with its URL and a close function. */
export async function startStaticServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      response.end(body);
    };
    const [prefix, directory] = MOUNTS.find(([p]) => url.pathname.startsWith(p));
    const relative = normalize(decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
    const path = join(directory, relative);
    if (path !== directory && !path.startsWith(directory + sep)) return send(403, 'Forbidden');
    try {
      const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
      return send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(404, 'Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
