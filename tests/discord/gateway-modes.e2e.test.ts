/**
 * The gateway process in split mode (GATEWAY_COMMANDS=false: mentions only, slash commands served
 * by start:http) and its /healthz and /metrics on METRICS_PORT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opt } from './fake-discord.ts';
import { startHarness, type Harness } from './bot-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { GATEWAY_COMMANDS: 'false', METRICS_PORT: '0', LISTEN_HOST: '127.0.0.1', RATE_MEMBER_BURST: '1' } });
});
afterAll(async () => h?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('gateway with slash commands off', () => {
  it('leaves slash commands alone (the HTTP endpoint answers them) and still answers mentions', async () => {
    const ref = h.fake.command('search', [opt.string('query', 'Putin')]);
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who said it was the dumbest idea?`));
    const { payload } = await h.fake.channelMessage(h.fake.channelId, since);
    expect(payload.embeds![0]!.description).toContain('Lindsey Graham');
    await sleep(500);
    expect(h.fake.calls.some((c) => c.path.startsWith(`/interactions/${ref.id}/`))).toBe(false);
  });

  it('serves /healthz and /metrics on METRICS_PORT: mentions answered and refused, corpus size', async () => {
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> when was the summit?`)); // beyond a bucket of 1: one notice
    await h.fake.channelMessage(h.fake.channelId, since);
    const port = h.bot.ops!.port;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', articles: 1 });
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(text).toMatch(/storydesk_answers_total\{command="mention",outcome="answered",mode="gateway"\} 1\b/);
    expect(text).toMatch(/storydesk_rate_limited_total\{scope="member",source="mention",mode="gateway"\} 1\b/);
    expect(text).toMatch(/storydesk_corpus_articles\{mode="gateway"\} 1\b/);
  });
});
