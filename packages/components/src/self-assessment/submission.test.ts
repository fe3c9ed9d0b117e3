import { expect } from '@open-wc/testing';
import { newIdempotencyKey, postAssessment, retryAfterSeconds, serverIssues } from './submission.js';

/** A fetch that answers once with the given response (or throws), recording the request. */
function answering(response: Response | Error) {
  const seen: { headers: Headers; body: string }[] = [];
  const fetcher = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ headers: new Headers(init?.headers), body: String(init?.body) });
    if (response instanceof Error) throw response;
    return response;
  }) as typeof fetch;
  return { fetcher, seen };
}

describe('submission: talking to a collection service', () => {
  it('makes a new random UUID per submission', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores nonsense', () => {
    expect(retryAfterSeconds('120')).to.equal(120);
    expect(retryAfterSeconds('Mon, 23 Nov 2026 12:01:00 GMT', Date.parse('2026-11-23T12:00:00Z'))).to.equal(60);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
    expect(retryAfterSeconds(null)).to.equal(undefined);
  });

  it('keeps only well-formed issues from a 422 body', () => {
    expect(serverIssues({ issues: [{ jsonPath: '$.a', message: 'bad' }, { message: 'no path' }, 'text', { jsonPath: '$.b' }] })).to.deep.equal([
      { jsonPath: '$.a', message: 'bad' },
      { jsonPath: '$', message: 'no path' },
    ]);
    expect(serverIssues('not an object')).to.deep.equal([]);
  });

  it('sends the JSON with its Idempotency-Key and reads the receipt', async () => {
    const service = answering(new Response(JSON.stringify({ id: 'a1', version: 2, receivedAt: '2026-11-23T12:00:00Z' }), { status: 201 }));
    const outcome = await postAssessment('/collect', '{"x":1}', 'key-1', service.fetcher);
    expect(outcome).to.deep.equal({ ok: true, receipt: { id: 'a1', version: 2, receivedAt: '2026-11-23T12:00:00Z' } });
    expect(service.seen[0]!.headers.get('idempotency-key')).to.equal('key-1');
    expect(service.seen[0]!.headers.get('content-type')).to.equal('application/json');
    expect(service.seen[0]!.body).to.equal('{"x":1}');
  });

  it('classifies every failure so the person can be told what to do, and never throws', async () => {
    const outcome = async (response: Response | Error) => {
      const result = await postAssessment('/collect', '{}', 'k', answering(response).fetcher);
      return result.ok ? 'ok' : result.failure;
    };
    expect(await outcome(new TypeError('Failed to fetch'))).to.deep.equal({ kind: 'network' });
    expect(await outcome(new Response('', { status: 409 }))).to.deep.equal({ kind: 'closed', status: 409 });
    expect(await outcome(new Response('', { status: 413 }))).to.deep.equal({ kind: 'too-large', status: 413 });
    expect(await outcome(new Response('', { status: 429 }))).to.deep.equal({ kind: 'busy', status: 429 });
    expect(await outcome(new Response('', { status: 503, headers: { 'retry-after': '5' } }))).to.deep.equal({ kind: 'busy', status: 503, retryAfterSeconds: 5 });
    expect(await outcome(new Response('', { status: 503 }))).to.deep.equal({ kind: 'server', status: 503 });
    expect(await outcome(new Response('not json', { status: 422 }))).to.deep.equal({ kind: 'server', status: 422 });
    expect(await outcome(new Response('<html>', { status: 200 }))).to.equal('ok');
  });
});
