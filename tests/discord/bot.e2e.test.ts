/**
 * End to end: the real discord.js client, logged in to the fake Discord, answering every command,
 * autocomplete, page buttons and mentions; then every payload the fake received is checked. A
 * second bot checks a clean stop. (Rate limits: rate-limit.e2e.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits } from 'discord.js';
import { loadConfig } from '../../src/config.ts';
import { startBot } from '../../src/discord/bot.ts';
import { limitProblems } from '../../src/discord/render/limits.ts';
import { EXPIRED_NOTICE, NOT_YOURS_NOTICE } from '../../src/discord/pager.ts';
import { opt, type ApiMessage, type MessagePayload } from './fake-discord.ts';
import { memoryLogger, startHarness, type Harness } from './bot-harness.ts';

const EPHEMERAL = 64;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const text = (p: MessagePayload) => [p.content ?? '', ...(p.embeds ?? []).map((e) => `${e.title ?? ''}\n${e.description ?? ''}\n${e.footer?.text ?? ''}`)].join('\n');
const buttons = (p: MessagePayload) => (p.components ?? []).flatMap((r) => r.components);

/** Clicks Next until the last page; returns every page's text, in order. */
async function allPages(first: MessagePayload, message: ApiMessage): Promise<string[]> {
  const pages = [text(first)];
  let current = first;
  for (let i = 0; i < 20; i++) {
    const next = buttons(current).find((b) => b.label === 'Next');
    if (!next || next.disabled) break;
    const { payload, callbackType } = await h.fake.reply(h.fake.click(message, next.custom_id!));
    expect(callbackType).toBe(7);
    pages.push(text(payload));
    current = payload;
  }
  return pages;
}

describe('start-up', () => {
  it('talks to the fake only: DISCORD_API_BASE is the REST base, the gateway URL comes from GET /gateway/bot', () => {
    expect(h.config.apiBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(h.bot.client.rest.options.api).toBe(h.fake.apiBase);
    expect(h.fake.calls.some((c) => c.method === 'GET' && c.path === '/gateway/bot')).toBe(true);
    expect(h.fake.connections).toHaveLength(1);
    expect(Object.fromEntries(h.fake.connections[0]!)).toEqual({ v: '10', encoding: 'json' });
  });

  it('identifies with the Guilds and GuildMessages intents only (no MessageContent), uncompressed', () => {
    const identify = h.fake.received.find((p) => p.op === 2)?.d as { intents: number; compress: boolean; shard: number[] };
    expect(identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(identify.compress).toBe(false);
    expect(identify.shard).toEqual([0, 1]);
  });

  it('logs one ready line, and the token in no line', () => {
    const ready = h.logs.filter((l) => l.includes('Discord bot ready'));
    expect(ready).toHaveLength(1);
    expect(JSON.parse(ready[0]!)).toMatchObject({ user: 'storydesk', guilds: 1, commands: 11, articles: 1 });
    expect(h.logs.join('')).not.toContain(h.fake.token);
    expect(h.logs.join('')).not.toContain(h.fake.token.split('.')[2]);
  });

  it('a wrong token fails start-up with a clear error and logs no part of it', async () => {
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong1.secretpartthatmustnotleak';
    const logs: string[] = [];
    const config = loadConfig({ DISCORD_TOKEN: wrong, DISCORD_API_BASE: h.fake.apiBase, CORPUS_DIR: h.dir });
    await expect(startBot(config, { log: memoryLogger(logs), store: h.bot.store })).rejects.toThrow(/invalid token/i);
    expect(logs.join('')).not.toContain('secretpartthatmustnotleak');
  });

  it('registered the commands in the guild through the deploy code', () => {
    expect(h.deployed.scope).toBe('guild');
    const registered = h.fake.commands.get(h.fake.guildId)!;
    const byName = new Map(registered.map((c) => [c.name, c as Record<string, unknown>]));
    expect(['Find in story', 'articles', 'ask', 'corpus', 'help', 'quotes', 'reload', 'search', 'story', 'timeline', 'who']);
    const who = byName.get('who') as { options: Array<{ name: string; options: Array<{ name: string; autocomplete?: boolean }> }> };
    expect(who.options.map((o) => o.name)).toEqual(['said', 'is']);
    expect(who.options[1]!.options[0]).toMatchObject({ name: 'name', autocomplete: true });
    expect((byName.get('quotes') as { options: Array<{ name: string; autocomplete?: boolean }> }).options[0]).toMatchObject({ name: 'speaker', autocomplete: true });
    expect((byName.get('timeline') as { options: Array<{ name: string; required?: boolean }> }).options.map((o) => [o.name, o.required ?? false])).toEqual([
      ['about', false],
      ['from', false],
      ['to', false],
    ]);
    for (const name of ['search', 'ask']) expect((byName.get(name) as { options: Array<{ name: string; type: number }> }).options).toContainEqual(expect.objectContaining({ name: 'private', type: 5 }));
    expect(byName.get('reload')).toMatchObject({ default_member_permissions: '32' });
    expect(byName.get('Find in story')).toMatchObject({ type: 3 });
    expect(h.fake.calls.find((c) => c.method === 'PUT')!.authorization).toBe(`Bot ${h.fake.token}`);
  });
});

describe('commands', () => {
  it('/who said quote:dumbest idea names Lindsey Graham and cites ¶13, within 3 s', async () => {
    const ref = h.fake.command('who', [opt.sub('said', [opt.string('quote', 'dumbest idea')])]);
    const { payload, ackMs } = await h.fake.reply(ref, 3000);
    expect(ackMs).toBeLessThan(3000);
    const embed = payload.embeds![0]!;
    expect(embed.description).toContain('Said by **Lindsey Graham**.');
    expect(embed.description).toMatch(/\[1\] \[Trump on his 'impenetrable' cybersecurity unit with Putin: I didn't mean it, CNBC, 2017-07-10, ¶13\]\(https:\/\/www\.cnbc\.com\/.+#:~:text=.+\)/);
    expect(embed.footer?.text).toMatch(/^1 article · 2\d paragraphs · \d+ quotes · \d+ events$/);
  });

  it('/who is name: gives a person card with the quote count and their quotes', async () => {
    const { payload } = await h.fake.reply(h.fake.command('who', [opt.sub('is', [opt.string('name', 'Graham')])]));
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Lindsey Graham');
    expect(embed.description).toMatch(/\*\*Quoted\*\* \d+ times? · \*\*mentioned\*\*/);
    expect(embed.description).toContain('¶13');
  });

  it('/quotes speaker: lists the quotes of a person found by surname', async () => {
    const { payload } = await h.fake.reply(h.fake.command('quotes', [opt.string('speaker', 'Rubio')]));
    expect(payload.embeds![0]!.title).toBe('Quotes of Marco Rubio');
    expect(payload.embeds![0]!.description).toMatch(/\*\*Marco Rubio\*\*.*: “.*Chemical Weapons Unit.*”\n\[1\] \[.*¶\d+\]/);
  });

  it('autocompletes people for /quotes and /who is, within the limits', async () => {
    const quotes = await h.fake.choices(h.fake.autocomplete('quotes', [opt.string('speaker', 'rub', true)]));
    expect(quotes.map((c) => c.value)).toContain('Marco Rubio');
    const who = await h.fake.choices(h.fake.autocomplete('who', [opt.sub('is', [opt.string('name', 'gra', true)])]));
    expect(who.map((c) => c.name)).toContain('Lindsey Graham');
    const all = await h.fake.choices(h.fake.autocomplete('quotes', [opt.string('speaker', '', true)]));
    expect(all.length).toBeGreaterThan(1);
    for (const c of [...quotes, ...who, ...all]) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(all.length).toBeLessThanOrEqual(25);
  });

  it('/timeline lists 2016, 2017-07-07, 2017-07-08 and 2017-07-09 in order, across its pages', async () => {
    const ref = h.fake.command('timeline');
    const { payload, message } = await h.fake.reply(ref);
    const pages = await allPages(payload, message!);
    const all = pages.join('\n');
    const dates = [...all.matchAll(/\*\*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\*\*/g)].map((m) => m[1]!);
    const firsts = ['2016', '2017-07-07', '2017-07-08', '2017-07-09'].map((d) => dates.indexOf(d));
    expect(firsts.every((i) => i >= 0)).toBe(true);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(dates).toEqual([...dates].sort());
    expect(all).toContain('¶');
  });

  it('/timeline from: and to: filter, and a bad date gets a notice', async () => {
    const { payload } = await h.fake.reply(h.fake.command('timeline', [opt.string('from', '2017-07-08'), opt.string('to', '2017-07-08')]));
    expect(payload.embeds![0]!.title).toBe('Timeline from 2017-07-08, to 2017-07-08');
    expect(payload.embeds![0]!.description).toContain('**2017-07-08**');
    expect(payload.embeds![0]!.description).not.toContain('**2016**');
    const bad = await h.fake.reply(h.fake.command('timeline', [opt.string('from', 'yesterday')]));
    expect(bad.payload.embeds![0]!.title).toBe('Timeline');
    expect(bad.payload.embeds![0]!.description).toBe('The "from" date "yesterday" is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD (for example 2021-03-09).');
  });

  it('/search highlights the words, cites each passage and pages with Previous/Next', async () => {
    const ref = h.fake.command('search', [opt.string('query', 'cybersecurity unit')]);
    const { payload, message, callbackType } = await h.fake.reply(ref);
    expect(callbackType).toBe(4);
    expect(payload.flags ?? 0).toBe(0);
    const d = payload.embeds![0]!.description!;
    expect(d).toContain('**cybersecurity unit**');
    expect(d).toMatch(/^> .+\n\[1\] \[.+, CNBC, 2017-07-10, ¶\d+\]\(https:/);
    expect(d).toContain('[3] [');
    const [prev, next] = buttons(payload);
    expect(prev).toMatchObject({ label: 'Previous', disabled: true });
    expect(next).toMatchObject({ label: 'Next', disabled: false });
    expect(payload.embeds![0]!.footer?.text).toMatch(/page 1\/\d+$/);

    const turned = await h.fake.reply(h.fake.click(message!, next!.custom_id!));
    expect(turned.callbackType).toBe(7);
    expect(turned.payload.embeds![0]!.footer?.text).toMatch(/page 2\/\d+$/);
    expect(turned.payload.embeds![0]!.description).toContain('[4] [');
    expect(buttons(turned.payload)[0]).toMatchObject({ label: 'Previous', disabled: false });

    const back = await h.fake.reply(h.fake.click(message!, buttons(turned.payload)[0]!.custom_id!));
    expect(back.payload.embeds![0]!.footer?.text).toMatch(/page 1\/\d+$/);
    expect(back.payload.embeds![0]!.description).toBe(d);
  });

  it('the last page disables Next', async () => {
    const { payload, message } = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Russia')]));
    let current = payload;
    for (let i = 0; i < 20 && !buttons(current)[1]!.disabled; i++) current = (await h.fake.reply(h.fake.click(message!, buttons(current)[1]!.custom_id!))).payload;
    expect(buttons(current)[1]).toMatchObject({ label: 'Next', disabled: true });
    expect(buttons(current)[0]).toMatchObject({ label: 'Previous', disabled: false });
  });

  it('only the invoker can turn the pages; others get a private notice', async () => {
    const { payload, message } = await h.fake.reply(h.fake.command('search', [opt.string('query', 'cybersecurity unit')], h.fake.member));
    const { payload: refusal, callbackType } = await h.fake.reply(h.fake.click(message!, buttons(payload)[1]!.custom_id!, h.fake.admin));
    expect(callbackType).toBe(4);
    expect(refusal.flags).toBe(EPHEMERAL);
    expect(text(refusal)).toContain(NOT_YOURS_NOTICE);
  });

  it('an expired list answers privately instead of failing', async () => {
    const { message } = await h.fake.reply(h.fake.command('search', [opt.string('query', 'cybersecurity unit')]));
    const { payload, callbackType } = await h.fake.reply(h.fake.click(message!, 'page:gone00000000:1:n'));
    expect(callbackType).toBe(4);
    expect(payload.flags).toBe(EPHEMERAL);
    expect(text(payload)).toContain(EXPIRED_NOTICE);
  });

  it('/search private:true and /ask private:true reply ephemerally', async () => {
    const search = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Kremlin'), opt.bool('private', true)]));
    expect(search.payload.flags).toBe(EPHEMERAL);
    expect(text(search.payload)).toContain('Kremlin');
    const ask = await h.fake.reply(h.fake.command('ask', [opt.string('question', 'Who met with a lawyer?'), opt.bool('private', true)]));
    expect(ask.payload.flags).toBe(EPHEMERAL);
  });

  it('/ask puts the best sentence first and cites it', async () => {
    const { payload } = await h.fake.reply(h.fake.command('ask', [opt.string('question', 'Who called it the dumbest idea?')]));
    const d = payload.embeds![0]!.description!;
    expect(d).toMatch(/^\*\*.*dumbest idea.*\*\* \[1\]/);
    expect(d).toContain('¶13');
  });

  it('/articles lists title, source, date and paragraph count', async () => {
    const { payload } = await h.fake.reply(h.fake.command('articles'));
    expect(payload.embeds![0]!.title).toBe('Articles (1)');
    expect(payload.embeds![0]!.description).toMatch(/\*\*\[Trump on his 'impenetrable' cybersecurity unit with Putin: I didn't mean it\]\(https:\/\/www\.cnbc\.com\/.+\)\*\*\nCNBC · 2017-07-10 · 2\d paragraphs/);
  });

  it('/help lists every command privately', async () => {
    const { payload } = await h.fake.reply(h.fake.command('help'));
    expect(payload.flags).toBe(EPHEMERAL);
    for (const usage of ['/who said', '/who is', '/quotes', '/timeline', '/search', '/ask', '/articles', '/story', '/reload', '/help', 'Find in story']) expect(text(payload)).toContain(`**${usage}**`);
  });

  it('"Find in story" searches with the text of the chosen message', async () => {
    const target = h.fake.userMessage('this is the dumbest idea I have ever heard', { mention: false });
    const { payload } = await h.fake.reply(h.fake.messageMenu('Find in story', target));
    expect(payload.flags).toBe(EPHEMERAL);
    expect(payload.embeds![0]!.description).toContain('**dumbest idea**');
    expect(payload.embeds![0]!.description).toContain('¶13');
  });

  it('a failing handler answers a short private error with an id that is logged, and the bot keeps answering', async () => {
    const engine = h.bot.store.engine;
    const search = engine.search;
    engine.search = () => {
      throw new Error('index exploded');
    };
    try {
      const { payload } = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Putin')]));
      expect(payload.flags).toBe(EPHEMERAL);
      const id = /error ([0-9a-f]{8})/.exec(text(payload))?.[1];
      expect(id).toBeDefined();
      expect(h.logs.some((l) => l.includes(`"errorId":"${id}"`) && l.includes('index exploded'))).toBe(true);
    } finally {
      engine.search = search;
    }
    const again = await h.fake.reply(h.fake.command('search', [opt.string('query', 'Putin')]));
    expect(text(again.payload)).toContain('Putin');
  });
});

describe('mentions', () => {
  it('answers a mention in a thread, in that thread, as a reply', async () => {
    const since = h.fake.calls.length;
    const asked = h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who called it the dumbest idea?`, { channelId: h.fake.threadId }));
    const { payload } = await h.fake.channelMessage(h.fake.threadId, since);
    expect(payload.message_reference?.message_id).toBe(asked.id);
    expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(payload.embeds![0]!.description).toContain('Lindsey Graham');
    expect(payload.embeds![0]!.description).toContain('¶13');
  });

  it('a follow-up in the thread leans on the previous answer', async () => {
    let since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> and what did Rubio say?`, { channelId: h.fake.threadId }));
    const rubio = (await h.fake.channelMessage(h.fake.threadId, since)).payload;
    expect(rubio.embeds![0]!.title).toBe('Quotes of Marco Rubio');
    expect(rubio.embeds![0]!.description).toContain('Chemical Weapons Unit');

    since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> when was that?`, { channelId: h.fake.threadId }));
    const when = (await h.fake.channelMessage(h.fake.threadId, since)).payload;
    // The date of the previous answer's passage (Rubio's quote, ¶17), not the whole timeline.
    expect(when.embeds![0]!.title).toMatch(/^Timeline/);
    expect(text(when)).toContain('¶17');
    expect(text(when)).toContain('gives no date of its own: it was published on 2017-07-10');
    expect(text(when)).not.toMatch(/¶(?!17\b)\d+/);

    since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who is he?`, { channelId: h.fake.threadId }));
    const card = (await h.fake.channelMessage(h.fake.threadId, since)).payload;
    expect(card.embeds![0]!.title).toBe('Marco Rubio');
  });

  it('outside a thread a follow-up leans on the previous answer only when it replies to it', async () => {
    let since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who said dumbest idea`, { channelId: h.fake.channelId }));
    const answer = await h.fake.channelMessage(h.fake.channelId, since);
    expect(answer.payload.embeds![0]!.description).toContain('Lindsey Graham');

    since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> when was that?`, { channelId: h.fake.channelId, author: h.fake.admin }));
    const unrelated = (await h.fake.channelMessage(h.fake.channelId, since)).payload.embeds![0]!;
    expect(unrelated.title).toBe('Timeline');
    expect(unrelated.description).not.toContain('dumbest idea');
    expect(unrelated.description).toMatch(/^\*\*2016\*\*/);

    since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> when was that?`, { channelId: h.fake.channelId, replyTo: answer.message.id }));
    const dated = text((await h.fake.channelMessage(h.fake.channelId, since)).payload);
    expect(dated).toContain('¶13');
    expect(dated).toContain('gives no date of its own: it was published on 2017-07-10');
  });

  it('"when ..." by mention gives the dates about its topic', async () => {
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> when did Trump meet Putin?`, { channelId: h.fake.channelId }));
    const { payload } = await h.fake.channelMessage(h.fake.channelId, since);
    expect(payload.embeds![0]!.title).toMatch(/^Timeline about “Trump (meet )?Putin”$/);
    expect(payload.embeds![0]!.description).toContain('**2017-07-07**');
  });

  it('a bare mention gets a short help', async () => {
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}>`, { channelId: h.fake.channelId }));
    const { payload } = await h.fake.channelMessage(h.fake.channelId, since);
    expect(payload.embeds![0]!.title).toBe('Ask me about the story');
  });

  it('ignores other bots, itself, and messages that do not mention it', async () => {
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who said dumbest idea`, { author: h.fake.otherBot }));
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> who said dumbest idea`, { author: h.fake.bot }));
    h.fake.post(h.fake.userMessage('who said dumbest idea', { mention: false }));
    // A later mention is answered: if any of the three had been, its reply would come first.
    const marker = h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> articles about Kremlin`));
    const { payload } = await h.fake.channelMessage(h.fake.channelId, since);
    expect(payload.message_reference?.message_id).toBe(marker.id);
    expect(h.fake.calls.slice(since).filter((c) => c.path.endsWith('/messages') && c.method === 'POST')).toHaveLength(1);
  });
});

describe('mentions in queries', () => {
  it('@everyone in a query or a mention pings nobody and is shown defused', async () => {
    const { payload } = await h.fake.reply(h.fake.command('search', [opt.string('query', '@everyone <@&123456789012345678> Kremlin')]));
    expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(text(payload)).not.toMatch(/@everyone|<@&\d+>/);
    const since = h.fake.calls.length;
    h.fake.post(h.fake.userMessage(`<@${h.fake.bot.id}> @everyone @here who said dumbest idea`));
    const reply = (await h.fake.channelMessage(h.fake.channelId, since)).payload;
    expect(reply.allowed_mentions?.parse).toEqual([]);
    expect(text(reply)).not.toMatch(/@everyone|@here/);
  });
});

describe('every payload', () => {
  it('sets allowed_mentions.parse to [] on every message the bot sent', () => {
    const payloads = h.fake.messagePayloads();
    expect(payloads.length).toBeGreaterThan(30);
    for (const p of payloads) expect(p.allowed_mentions?.parse).toEqual([]);
  });

  it('breaks no Discord limit, without needing the last-resort stand-in', () => {
    for (const p of h.fake.messagePayloads()) expect(limitProblems(p as Parameters<typeof limitProblems>[0])).toEqual([]);
    expect(h.logs.filter((l) => l.includes('reply broke a Discord limit'))).toEqual([]);
  });

  it('every REST call reached the fake and succeeded, authorised with the bot token (but the wrong-token test)', () => {
    const refused = h.fake.calls.filter((c) => (c.status ?? 0) >= 400);
    expect(refused.map((c) => `${c.status} ${c.method} ${c.path}`)).toEqual(['401 GET /gateway/bot']);
    const authed = h.fake.calls.filter((c) => !c.path.startsWith('/interactions/') && !c.path.startsWith('/webhooks/') && c.status === 200);
    expect(authed.length).toBeGreaterThan(1);
    for (const c of authed) expect(c.authorization).toBe(`Bot ${h.fake.token}`);
  });
});

describe('a second bot', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.stop());

  it('stop() closes the gateway connection normally and removes its process listener', async () => {
    const listeners = process.listenerCount('unhandledRejection');
    await h.bot.stop();
    expect(h.bot.client.isReady()).toBe(false);
    await expect.poll(() => h.fake.closes, { timeout: 3000 }).toEqual([1000]);
    expect(process.listenerCount('unhandledRejection')).toBe(listeners - 1);
    expect(h.logs.filter((l) => /gateway (reconnecting|disconnected)/.test(l))).toEqual([]);
    await h.bot.stop(); // a second stop (say SIGTERM after SIGINT) is harmless
  });
});
