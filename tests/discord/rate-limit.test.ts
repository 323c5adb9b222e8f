/** The fair rate limits: per-member and per-server token buckets, and what a refusal says. */
import { describe, expect, it } from 'vitest';
import { limitsSummary, RateLimiter, refusalNotice, type RateLimits } from '../../src/discord/rate-limit.ts';
import { loadConfig } from '../../src/config.ts';

const limits: RateLimits = { member: { burst: 5, refillMs: 2000 }, server: { burst: 8, refillMs: 500 } };

describe('RateLimiter', () => {
  it('lets a burst of 5 through at once, then one more every 2 s', () => {
    let now = 0;
    const r = new RateLimiter({ ...limits, server: { burst: 0, refillMs: 1 } }, () => now);
    for (let i = 0; i < 5; i++) expect(r.take('ann', 'g')).toEqual({ ok: true });
    const refused = r.take('ann', 'g');
    expect(refused).toMatchObject({ ok: false, scope: 'member', waitMs: 2000, first: true });
    expect(r.take('ann', 'g')).toMatchObject({ ok: false, first: false });
    now = 1500;
    expect(r.take('ann', 'g')).toMatchObject({ ok: false, waitMs: 500, first: false });
    now = 2000;
    expect(r.take('ann', 'g')).toEqual({ ok: true });
    // After a question let through, the next refusal is told again.
    expect(r.take('ann', 'g')).toMatchObject({ ok: false, first: true });
    // Other members have their own bucket.
    expect(r.take('bob', 'g')).toEqual({ ok: true });
  });

  it('never refuses a person asking at a normal pace', () => {
    let now = 0;
    const r = new RateLimiter(limits, () => now);
    // A quick burst of follow-ups, 1.5 s apart...
    for (let i = 0; i < 8; i++, now += 1500) expect(r.take('ann', 'g').ok).toBe(true);
    // ...and then one every 2 s (the refill rate) for a long while.
    for (let i = 0; i < 200; i++, now += 2000) expect(r.take('ann', 'g').ok).toBe(true);
  });

  it('a server budget keeps one busy server from taking everything, and refuses without taking member tokens', () => {
    let now = 0;
    const r = new RateLimiter(limits, () => now);
    const members = ['a', 'b', 'c', 'd'];
    let allowed = 0;
    for (const m of members) for (let i = 0; i < 3; i++) if (r.take(m, 'busy').ok) allowed += 1;
    expect(allowed).toBe(8);
    const refused = r.take('e', 'busy');
    expect(refused).toMatchObject({ ok: false, scope: 'server', waitMs: 500 });
    // Another server is untouched, and e's refusal cost e nothing.
    for (let i = 0; i < 5; i++) expect(r.take('e', 'quiet').ok).toBe(true);
    // DMs have no server budget.
    now = 10_000;
    expect(r.take('z', null).ok).toBe(true);
  });

  it('burst 0 turns a rule off', () => {
    const r = new RateLimiter({ member: { burst: 0, refillMs: 2000 }, server: { burst: 0, refillMs: 1 } });
    for (let i = 0; i < 100; i++) expect(r.take('ann', 'g').ok).toBe(true);
  });

  it('words the notices and the /help line from the configured limits', () => {
    expect(refusalNotice({ ok: false, scope: 'member', waitMs: 1200, first: true }, limits)).toBe('Easy there: you can ask again in 2 seconds (5 questions at once, then one every 2 s).');
    expect(refusalNotice({ ok: false, scope: 'server', waitMs: 300, first: true }, limits)).toBe('This server is asking a lot right now: please try again in 1 second.');
    expect(limitsSummary(limits)).toBe('Rate limits: each member may ask 5 questions at once, then one more every 2 s; a server 8 at once, then one every 0.5 s (slash commands and mentions alike; /help is free).');
  });
});

describe('rate-limit configuration', () => {
  it('defaults to 5 at once and one every 2 s per member', () => {
    expect(loadConfig({}).rateLimits).toEqual({ member: { burst: 5, refillMs: 2000 }, server: { burst: 60, refillMs: 250 } });
  });
  it('reads and validates the variables', () => {
    expect(loadConfig({ RATE_MEMBER_BURST: '3', RATE_MEMBER_REFILL_SECONDS: '1.5', RATE_SERVER_BURST: '0' }).rateLimits).toEqual({ member: { burst: 3, refillMs: 1500 }, server: { burst: 0, refillMs: 250 } });
    expect(() => loadConfig({ RATE_MEMBER_BURST: 'many', RATE_MEMBER_REFILL_SECONDS: '0' })).toThrow(/RATE_MEMBER_BURST must be a whole number[\s\S]*RATE_MEMBER_REFILL_SECONDS must be a positive number of seconds/);
  });
});
