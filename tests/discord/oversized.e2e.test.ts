/**
 * Limits whatever the corpus holds: a 20,000-word paragraph, long quotes, one-sentence dated
 * paragraphs, a huge title, markdown and mention syntax in the text. Every reply of every command
 * must fit Discord's limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/discord/render/limits.ts';
import { article } from '../helpers/corpus-dir.ts';
import { opt, type MessagePayload } from './fake-discord.ts';
import { startHarness, type Harness } from './bot-harness.ts';

const WORDS = ['cybersecurity', 'unit', '**bold**', '_under_', '`tick`', '@everyone', 'dumbest', 'idea', 'airship', 'Monday'];
/** n words; with `sentences`, a full stop every 17 words, otherwise one endless sentence. */
function giant(n: number, sentences = true): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentences && i % 17 === 16 ? `${WORDS[i % WORDS.length]}.` : WORDS[i % WORDS.length]!);
  return out.join(' ');
}

const HUGE = article(
  `${'A very long headline about the airship summit '.repeat(40)}[with brackets] (and parens)`,
  [
    `On Monday, July 10, 2017, ${giant(20_000)}`,
    ...[1, 2, 3, 4].map((i) => `"${giant(1_500 + i)}," Graham said on Tuesday.`),
    ...['On Monday, July 10, 2017', 'On Tuesday, July 11, 2017', 'In 2016', 'On Friday, July 7, 2017'].map((d) => `${d}, ${giant(2_000, false)}`),
    `${'x'.repeat(6000)} airship`,
  ],
  { source: `"${'Wire '.repeat(100)}"`, published: '2017-07-11', url: `"https://example.com/${'long-path/'.repeat(80)}"` },
);

let h: Harness;
const payloads: MessagePayload[] = [];

beforeAll(async () => {
  h = await startHarness({ files: { 'huge.md': HUGE } });
});
afterAll(async () => h?.stop());

async function run(name: string, options: unknown[] = [], user = h.fake.member): Promise<MessagePayload> {
  const { payload } = await h.fake.reply(h.fake.command(name, options, user), 15_000);
  payloads.push(payload);
  return payload;
}

describe('an oversized corpus', () => {
  it('loaded the 20,000-word paragraph', () => {
    const huge = h.bot.store.engine.corpus.articles.find((a) => a.id === 'huge')!;
    expect(huge.paragraphs[0]!.text.split(' ').length).toBeGreaterThan(20_000);
  });

  it('every command answers within the limits', async () => {
    await run('search', [opt.string('query', 'cybersecurity unit airship')]);
    await run('search', [opt.string('query', 'x'.repeat(480))]);
    await run('ask', [opt.string('question', 'What about the dumbest airship idea?')]);
    await run('who', [opt.sub('said', [opt.string('quote', 'cybersecurity unit dumbest idea airship Monday')])]);
    await run('who', [opt.sub('is', [opt.string('name', 'Graham')])]);
    await run('quotes', [opt.string('speaker', 'Graham')]);
    await run('timeline');
    await run('timeline', [opt.string('about', 'airship')]);
    await run('articles');
    await run('help');
    await run('reload', [], h.fake.admin);
    const target = h.fake.userMessage(giant(600), { mention: false });
    const menu = await h.fake.reply(h.fake.messageMenu('Find in story', target), 15_000);
    payloads.push(menu.payload);
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> ${giant(300)}`));
    payloads.push((await h.fake.channelMessage(h.fake.channelId, since, 15_000)).payload);

    expect(payloads).toHaveLength(13);
    // Fitting is the renderers' job: the last-resort stand-in for an oversized reply was never needed.
    expect(h.logs.filter((l) => l.includes('reply broke a Discord limit'))).toEqual([]);
    for (const p of payloads) {
      expect(p.embeds?.[0]?.description).not.toContain('That answer was too long to show');
      expect(limitProblems(p as Parameters<typeof limitProblems>[0])).toEqual([]);
      expect(p.allowed_mentions?.parse).toEqual([]);
    }
  });

  it('the search answer shows the long passage trimmed, with the highlight and a citation kept', () => {
    const d = payloads[0]!.embeds![0]!.description!;
    expect(d).toMatch(/\*\*(cybersecurity|airship)/);
    expect(d).toMatch(/\n\[1\] /);
    expect(d).not.toMatch(/@everyone/);
  });

  it('every page of every paged answer fits too', async () => {
    const { payload, message } = await h.fake.reply(h.fake.command('articles'));
    let current = payload;
    for (let i = 0; i < 10; i++) {
      expect(limitProblems(current as Parameters<typeof limitProblems>[0])).toEqual([]);
      const next = (current.components ?? []).flatMap((r) => r.components).find((b) => b.label === 'Next');
      if (!next || next.disabled) break;
      current = (await h.fake.reply(h.fake.click(message!, next.custom_id!))).payload;
    }
    for (const p of h.fake.messagePayloads()) expect(limitProblems(p as Parameters<typeof limitProblems>[0])).toEqual([]);
  });
});
