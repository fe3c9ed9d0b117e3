/**
 * Behind a load balancer that ends TLS (as the deployment notes advise), the `submitUrl` of a new
 * respondent link is the address respondents' browsers use — https and the public host name — not
 * the plain-HTTP address the balancer forwards to; an https county page could not submit to an
 * http URL (mixed content). Forwarded headers count only with `trustProxy`: without it a client
 * could make the service hand out links to another host.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES } from './engines.js';
import { call, collectionWithLinks, startService, type Service } from './helpers.js';

for (const engine of ENGINES) {
  describe(`respondent links behind a TLS load balancer on ${engine}`, { timeout: 300_000 }, () => {
    let trusting: Service;
    let direct: Service;
    before(async () => {
      trusting = await startService(engine, { trustProxy: true });
      direct = await startService(engine);
    });
    after(async () => {
      await trusting?.stop();
      await direct?.stop();
    });

    /** Creates a team link through `service` with the forwarded `headers`; returns the submitUrl and the token. */
    const linkVia = async (service: Service, headers: Record<string, string>) => {
      const { collection, owner } = await collectionWithLinks(service);
      const created = await call(service.url, 'POST', `/v1/collections/${collection.id}/links`, { key: owner, body: { perspective: 'self', label: 'team' }, headers });
      assert.equal(created.status, 201, created.text);
      return { submitUrl: created.body.submitUrl as string, path: `/v1/respond/${created.body.token}` };
    };

    it('with --trust-proxy, gives an https URL when the balancer says it ended TLS, on the Host it passed through', async () => {
      const { submitUrl, path } = await linkVia(trusting, { 'x-forwarded-proto': 'https' });
      assert.equal(submitUrl, `${trusting.url.replace(/^http:/, 'https:')}${path}`);
    });

    it('takes the host from X-Forwarded-Host when the balancer rewrites Host, and the first value of a list', async () => {
      const { submitUrl, path } = await linkVia(trusting, { 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'assess.sierravista.example, internal:8787' });
      assert.equal(submitUrl, `https://assess.sierravista.example${path}`);
    });

    it('ignores forwarded headers it cannot use (another scheme, a host with a path)', async () => {
      const { submitUrl, path } = await linkVia(trusting, { 'x-forwarded-proto': 'javascript', 'x-forwarded-host': 'evil.example/path' });
      assert.equal(submitUrl, `${trusting.url}${path}`);
    });

    it('without --trust-proxy, ignores forwarded headers and answers with the address it was reached at', async () => {
      const { submitUrl, path } = await linkVia(direct, { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'assess.sierravista.example' });
      assert.equal(submitUrl, `${direct.url}${path}`);
    });
  });
}
