/** COOLDOWN_SECONDS: a second expensive command too soon gets a friendly private notice; others are not held up. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { opt } from './fake-discord.ts';
import { startHarness, type Harness } from './bot-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { COOLDOWN_SECONDS: '30' } });
});
afterAll(async () => h?.stop());

it('holds back the same user on the same expensive command, not others', async () => {
  const first = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Putin')], h.fake.member));
  expect(first.payload.embeds![0]!.title).toBe('Search: Putin');
  const second = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Putin')], h.fake.member));
  expect(second.payload.flags).toBe(64);
  expect(second.payload.embeds![0]!.description).toMatch(/^Easy there: you can use \/search again in (29|30) seconds\.$/);
  const other = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Putin')], h.fake.admin));
  expect(other.payload.embeds![0]!.title).toBe('Search: Putin');
  const help = await h.fake.reply(h.fake.command('help', [], h.fake.member));
  expect(help.payload.embeds![0]!.title).toBe('Storydesk: ask the story');
  const ask = await h.fake.reply(h.fake.command('ask', [opt.string('question', 'Who is Putin?')], h.fake.member));
  expect(ask.payload.flags ?? 0).toBe(0);
});
