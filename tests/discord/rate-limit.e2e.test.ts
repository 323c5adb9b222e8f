/**
 * Fair rate limits end to end, with the default rules (5 questions at once per member, one more
 * every 2 s): the real discord.js client against the fake Discord. Timing assertions keep wide
 * margins (Discord's 3 s deadline is the bound; CI is 2 busy cores).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opt, snowflake, type FakeUser, type MessagePayload } from './fake-discord.ts';
import { startHarness, type Harness } from './bot-harness.ts';

const EPHEMERAL = 64;
const SLOW_DOWN = /^Easy there: you can ask again in \d+ seconds? \(5 questions at once, then one every 2 s\)\.$/;
let h: Harness;

const user = (name: string): FakeUser => ({ id: snowflake(), username: name });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const description = (p: MessagePayload) => p.embeds?.[0]?.description ?? '';

beforeAll(async () => {
  // The defaults, as an operator gets them: the harness turns limits off, so clear its values.
  h = await startHarness({ env: { RATE_MEMBER_BURST: '', RATE_SERVER_BURST: '' } });
});
afterAll(async () => h?.stop());

describe('fair rate limits (defaults)', () => {
  it('one member asking three questions 1.5 s apart gets three answers', async () => {
    const ann = user('ann');
    for (const q of ['Putin', 'cyber security unit', 'sanctions']) {
      const { payload } = await h.fake.reply(h.fake.command('search', [opt.string('query', q)], ann));
      expect(payload.flags ?? 0).toBe(0);
      expect(payload.embeds![0]!.title).toBe(`Search: ${q}`);
      await sleep(1500);
    }
    // A mention follow-up right after counts against the same bucket, and is answered too.
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who said it was not the dumbest idea?`, { author: ann }));
    const { payload } = await h.fake.channelMessage(h.fake.channelId, since);
    expect(description(payload)).not.toMatch(/Easy there/);
  });

  it("40 slash commands at once: each acknowledged within 3 s, at most 5 answered, the rest told privately to slow down; another member is answered within 3 s", async () => {
    const flood = user('flood');
    const other = user('other');
    const refs = Array.from({ length: 40 }, () => h.fake.command('search', [opt.string('query', 'Putin')], flood));
    const bystander = h.fake.command('who', [opt.sub('said', [opt.string('quote', 'impenetrable cyber security unit')])], other);
    const replies = await Promise.all(refs.map((r) => h.fake.reply(r, 10_000)));
    for (const r of replies) expect(r.ackMs).toBeLessThan(3000);
    const answered = replies.filter((r) => r.payload.embeds?.[0]?.title === 'Search: Putin');
    const refused = replies.filter((r) => SLOW_DOWN.test(description(r.payload)));
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.length).toBeLessThanOrEqual(5);
    expect(answered.length + refused.length).toBe(40);
    for (const r of refused) {
      expect(r.payload.flags).toBe(EPHEMERAL);
      expect(r.callbackType).toBe(4);
    }
    const b = await h.fake.reply(bystander, 10_000);
    expect(b.ackMs).toBeLessThan(3000);
    expect(b.payload.flags ?? 0).toBe(0);
    expect(description(b.payload)).not.toMatch(/Easy there|asking a lot/);
  });

  it('10 mentions at once get at most 5 answers and a single notice, then silence', async () => {
    const talker = user('talker');
    const since = h.fake.calls.length;
    const mine = Array.from({ length: 10 }, (_, i) => h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> what did Putin say? (${i})`, { author: talker })));
    const ids = new Set(mine.map((m) => m.id));
    const replies = () =>
      h.fake.calls
        .slice(since)
        .filter((c) => c.method === 'POST' && c.path === `/channels/${h.fake.channelId}/messages` && ids.has(String((c.body?.message_reference as { message_id?: string } | undefined)?.message_id)))
        .map((c) => c.body as MessagePayload);
    const isNotice = (p: MessagePayload) => SLOW_DOWN.test(description(p));
    await expect.poll(() => replies().filter(isNotice).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => replies().filter((p) => !isNotice(p)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await sleep(2000); // anything still coming would arrive by now
    const all = replies();
    const notices = all.filter((p) => SLOW_DOWN.test(description(p)));
    const answers = all.filter((p) => !SLOW_DOWN.test(description(p)));
    expect(notices).toHaveLength(1);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.length).toBeLessThanOrEqual(5);
    expect(all.length).toBeLessThanOrEqual(6);
  });

  it('/help is free and says what the limits are', async () => {
    const { payload } = await h.fake.reply(h.fake.command('help', [], user('curious')));
    expect(description(payload)).toContain('Rate limits: each member may ask 5 questions at once, then one more every 2 s');
  });
});
