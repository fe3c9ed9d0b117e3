// Aggregating a large batch on every core: encode once into shared memory, let each worker
// thread aggregate a slice of the rows, then merge the partial states. Because partial
// aggregates merge exactly (merge(a, b) equals aggregating a and b together), the result is
// identical to a single-threaded run. The same shape works across processes or machines:
// states are plain JSON.
//
//   node examples/aggregate-with-workers.mjs          (from packages/core, after npm run build)
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { aggregateMatrixState, encodeAssessments, loadBuiltInFramework, mergeAggregateStates, parseFramework, summarizeAggregate } from '@sos-kit/core';

/**
 * Aggregates `matrix` on `threads` worker threads. Returns the merged partial state and how long
 * the slowest worker spent aggregating (start-up excluded), in milliseconds.
 * @param {import('@sos-kit/core').RatingMatrix} matrix
 * @param {import('@sos-kit/core').Framework} framework any framework, built-in or your own: it is plain data
 */
export async function aggregateInWorkers(matrix, framework, threads = availableParallelism()) {
  const shared = new Uint8Array(new SharedArrayBuffer(matrix.codes.length));
  shared.set(matrix.codes);
  const width = matrix.items.length;
  const perThread = Math.ceil(matrix.rows / threads);
  const states = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const first = t * perThread;
      const rows = Math.max(0, Math.min(perThread, matrix.rows - first));
      return new Promise((resolve, reject) => {
        const worker = new Worker(fileURLToPath(import.meta.url), {
          workerData: { framework, level: matrix.level, items: matrix.items, codes: shared, offset: first * width, rows },
        });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  return {
    state: states.map((s) => s.state).reduce((a, b) => mergeAggregateStates(a, b)),
    aggregateMs: Math.max(...states.map((s) => s.ms)),
  };
}

if (!isMainThread) {
  // A worker: aggregate its slice of the shared matrix and send back the partial state.
  const { framework: data, level, items, codes, offset, rows } = workerData;
  const framework = parseFramework(data);
  const slice = codes.subarray(offset, offset + rows * items.length);
  const start = performance.now();
  const state = aggregateMatrixState({ framework: { id: framework.id, version: framework.version }, level, rows, items, codes: slice }, framework).state();
  parentPort.postMessage({ state, ms: performance.now() - start });
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Demonstration: 20,000 generated district self-assessments.
  const framework = await loadBuiltInFramework('ca-sos-conditions-capacities');
  const values = [1, 2, 3, 4, 5, 'not-applicable', 'dont-know'];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const items = framework.conditions.flatMap((c) => c.elements.map((e) => e.id));
  const assessments = Array.from({ length: 20_000 }, (_, n) => ({
    schemaVersion: 1,
    framework: { id: framework.id, version: framework.version },
    level: 'district',
    subject: { name: `District ${n}`, type: 'district' },
    perspective: { kind: 'self' },
    status: 'draft',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ratings: Object.fromEntries(items.map((id) => [id, { value: values[Math.floor(next() * values.length)] }])),
  }));
  const matrix = encodeAssessments(assessments, framework);
  const merged = summarizeAggregate((await aggregateInWorkers(matrix, framework, 2)).state, framework);
  const single = summarizeAggregate(aggregateMatrixState(matrix, framework).state(), framework);
  const same = JSON.stringify(merged) === JSON.stringify(single);
  console.log(`aggregated ${merged.respondents} assessments on 2 worker threads; identical to one thread: ${same}`);
  console.log(`overall mean ${merged.overall.mean}, ${merged.groups[0].id} median ${merged.groups[0].median}`);
  if (!same) process.exitCode = 1;
}
