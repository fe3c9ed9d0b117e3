// The bench's load generator, run in a worker thread so the clients' own work (building and
// parsing HTTP messages) does not run on the service's event loop: in a deployment, clients are
// browsers elsewhere. Keep-alive connections, one per client, as browsers keep them.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { url, path, bodies, clients } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: clients });

function post(body, key) {
  return new Promise((resolve, reject) => {
    const req = request(url + path, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'idempotency-key': key } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`${res.statusCode} ${text}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const latencies = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (next < bodies.length) {
      const i = next++;
      const t = performance.now();
      await post(bodies[i], `k-${i}`);
      latencies.push(performance.now() - t);
    }
  }),
);
const elapsed = performance.now() - started;
agent.destroy();
parentPort.postMessage({ elapsed, latencies });
