/**
 * The in-memory rate limiter, on a clock the spec controls: the limit holds over any window of
 * that length, not per calendar minute.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from '../src/rate-limit.js';

function clock(start: number) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('rate limiter', () => {
  it('lets `max` requests through, then asks the client to wait until the oldest leaves the window', () => {
    const time = clock(1_000_000);
    const limiter = new RateLimiter(3, 60_000, time.now);
    for (let i = 0; i < 3; i++) assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.blocked('a'), 60);
    assert.ok(limiter.take('a') > 0, 'the fourth request is over the limit');
    assert.equal(limiter.blocked('b'), 0, 'other clients are not affected');
  });

  it('keeps counting across a minute boundary (a fixed window let the budget be spent twice)', () => {
    const time = clock(60_000 * 1000 - 2_000); // two seconds before a whole minute
    const limiter = new RateLimiter(3, 60_000, time.now);
    for (let i = 0; i < 3; i++) {
      limiter.take('a');
      time.advance(1_000);
    }
    assert.ok(limiter.blocked('a') > 0, 'three requests within three seconds fill a limit of three per minute');
    time.advance(57_500);
    assert.equal(limiter.blocked('a'), 0, 'once the first request is a minute old, one more may go');
  });

  it('forgets clients that have been idle for a whole window', () => {
    const time = clock(5_000_000);
    const limiter = new RateLimiter(2, 1_000, time.now);
    limiter.take('a');
    limiter.take('a');
    time.advance(1_000);
    assert.equal(limiter.blocked('z'), 0);
    assert.equal((limiter as unknown as { clients: Map<string, unknown> }).clients.size, 0);
  });
});
