/** CORPUS_WATCH=true: a file added to the corpus folder is picked up without /reload. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { article } from '../helpers/corpus-dir.ts';
import { opt } from './fake-discord.ts';
import { startHarness, type Harness } from './bot-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { CORPUS_WATCH: 'true' }, bot: { watchDebounceMs: 100 } });
});
afterAll(async () => h?.stop());

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

it('reloads after a file change, once, debounced', async () => {
  expect(h.bot.store.engine.stats.articles).toBe(1);
  const file = path.join(h.dir, 'airship.md');
  writeFileSync(file, article('Airship news', ['The airship docked at noon.']));
  writeFileSync(file, article('Airship news', ['The airship docked at noon.', 'Crowds watched the airship.']));
  await until(() => h.bot.store.engine.stats.articles === 2);
  await new Promise((r) => setTimeout(r, 300));
  expect(h.logs.filter((l) => l.includes('corpus reloaded after a file change'))).toHaveLength(1);
  const { payload } = await h.fake.reply(h.fake.command('search', [opt.string('query', 'airship')]));
  expect(payload.embeds![0]!.description).toContain('Airship news');
});
