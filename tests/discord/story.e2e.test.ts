/**
 * /story through the real discord.js client and the fake Discord, on the invented four-outlet story plus the bundled
 * article: one reply, within every limit, in which every line that states something links to its places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/discord/render/limits.ts';
import { startHarness, type Harness } from './bot-harness.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/story');
let h: Harness;

beforeAll(async () => {
  const files = Object.fromEntries(readdirSync(FIXTURES).map((f) => [f, readFileSync(path.join(FIXTURES, f), 'utf8')]));
  h = await startHarness({ files });
});
afterAll(async () => h?.stop());

describe('/story', () => {
  it('answers in one reply within the limits, every line cited', async () => {
    const before = h.fake.messagePayloads().length;
    const { payload, ackMs } = await h.fake.reply(h.fake.command('story'), 3000);
    expect(ackMs).toBeLessThan(3000);
    expect(h.fake.messagePayloads().length - before).toBe(1);
    expect(payload.embeds).toHaveLength(1);
    expect(limitProblems(payload)).toEqual([]);
    expect(payload.allowed_mentions?.parse ?? []).toEqual([]);
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('The story in brief');
    const d = embed.description!;
    expect(d).toMatch(/^\*\*5 articles\*\* from /);
    for (const section of ['**Top events**', '**Top quotes**', '**Most quoted**']) expect(d).toContain(section);
    // The statement carried by four outlets and the event told by four lead their lists, with their sources.
    expect(d).toMatch(/\*\*Dana Whitfield\*\*: “The bridge will reopen before the summer festival, and the city will cover the cost of the detour buses,” — 4 sources: /);
    expect(d).toContain('Sources differ');
    expect(d).toMatch(/\*\*2024-03-08\*\*: The council voted to close the Riverside bridge.* — 4 sources: /);
    const headings = /^\*\*[^*]+\*\*$/;
    const lines = d.split('\n').filter((l) => l.trim() && !headings.test(l.trim()));
    expect(lines.length).toBeGreaterThan(8);
    // A claim links to its places; a "sources differ" line under it refers to those numbered links.
    for (const line of lines) expect(line, line).toMatch(line.trim().startsWith('*Sources differ:*') ? /“.+” (\[\d\])+/ : /\]\(https:\/\/[^)\s]+\)/);
  });
});
