import { describe, expect, it } from 'vitest';
import { toChoices } from '../../src/discord/choices.ts';
import { embedLength, fitEmbed, LIMITS, limitProblems, trimText } from '../../src/discord/render/limits.ts';
import { renderPages } from '../../src/discord/render/list-view.ts';
import { fitMarked, fitText } from '../../src/discord/render/markdown.ts';

const words = (n: number, word = 'word') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Sentence number ${i} says something about the story.`).join(' ');

/** Every word of the trimmed text (its ellipsis removed) is a whole word of the source. */
function wholeWords(trimmed: string, source: string): boolean {
  const sourceWords = new Set(source.split(/\s+/));
  return trimmed
    .replace(/\s?\u2026$/, '')
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => sourceWords.has(w));
}

describe('trimText', () => {
  it('leaves text that fits alone', () => {
    expect(trimText('short text.', 20)).toBe('short text.');
  });

  it('cuts at the last sentence end that fits, when it is past half the room', () => {
    const text = sentences(50);
    const out = trimText(text, 300);
    expect(out.length).toBeLessThanOrEqual(300);
    expect(out).toMatch(/story\. \u2026$/);
    expect(text.startsWith(out.slice(0, -2))).toBe(true);
  });

  it('otherwise cuts between words, never inside one', () => {
    const text = words(5000);
    for (const max of [10, 57, 100, 1024, 4096]) {
      const out = trimText(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith('\u2026')).toBe(true);
      expect(wholeWords(out, text)).toBe(true);
    }
  });

  it('cuts a single overlong word only as a last resort, and never splits a surrogate pair', () => {
    const out = trimText('\u{1F600}'.repeat(100), 11);
    expect(out.length).toBeLessThanOrEqual(11);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('fitMarked / fitText', () => {
  it('escapes markdown and highlights marks, within the room, in whole words', () => {
    const text = `${words(3000)} *stars* and __under__ and @everyone`;
    const out = fitMarked(text, [[0, 5]], 500);
    expect(out.length).toBeLessThanOrEqual(500);
    expect(out.startsWith('**word0**')).toBe(true);
    expect(wholeWords(out.replace(/\*\*/g, ''), text)).toBe(true);
  });

  it('escapes formatting characters and defuses mentions', () => {
    const out = fitText('**bold** _it_ `code` <@123456789012345678> @everyone @here [x](http://a.b)', 500);
    expect(out).not.toContain('**bold**');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).not.toMatch(/@everyone|@here|<@\d/);
  });

  it('drops marks past the cut and keeps the bold pairs balanced', () => {
    const text = `${words(200)} target`;
    const out = fitMarked(text, [[text.length - 6, text.length], [0, 5]], 300);
    expect(out).not.toContain('target');
    expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('embeds', () => {
  it('fitEmbed brings every part and the total within the limits', () => {
    const huge = words(20_000);
    const embed = fitEmbed({ title: huge, description: huge, footer: { text: huge }, fields: Array.from({ length: 40 }, () => ({ name: huge, value: huge })) });
    expect(limitProblems({ embeds: [embed] })).toEqual([]);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('limitProblems reports what breaks a limit', () => {
    expect(limitProblems({ content: 'x'.repeat(2001) })).toHaveLength(1);
    expect(limitProblems({ embeds: [{ description: 'x'.repeat(4097) }] })[0]).toContain('description');
    expect(limitProblems({ embeds: [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(4000) }] })[0]).toContain('total');
  });

  it('renderPages packs items into pages that each fit, whatever the items hold', () => {
    const items = Array.from({ length: 30 }, (_, i) => `item ${i} ${words(2000)}`);
    const pages = renderPages({ title: words(300), colour: 1, intro: words(1000), items, footer: 'corpus' });
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(limitProblems({ embeds: [page] })).toEqual([]);
    expect(pages[0]!.footer?.text).toBe(`corpus \u00b7 page 1/${pages.length}`);
  });

  it('renderPages shows the empty notice when there is nothing', () => {
    const [page] = renderPages({ title: 'T', colour: 1, items: [], empty: 'Nothing matches.', footer: 'f' });
    expect(page!.description).toBe('Nothing matches.');
  });
});

describe('toChoices', () => {
  it('gives at most 25 distinct choices of 1 to 100 characters', () => {
    const names = ['A', 'A', '', ...Array.from({ length: 40 }, (_, i) => `${i} ${words(40)}`)];
    const choices = toChoices(names);
    expect(choices.length).toBe(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});
