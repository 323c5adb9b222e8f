import { describe, expect, it } from 'vitest';
import { cite, passageLink, textFragment } from '../../src/corpus/citation.ts';
import type { Article } from '../../src/corpus/types.ts';

const art: Article = {
  id: 'a', file: 'a.md', title: 'T', source: 'S', url: 'https://example.com/story#top', published: '2020-01-02', authors: [], hash: 'h',
  paragraphs: [{ n: 1, text: 'Short one.', kind: 'text' }, { n: 2, text: 'A much longer sentence, with commas - and dashes & ampersands, that goes on for a while. Then more.', kind: 'text' }],
};

describe('citations', () => {
  it('carry article, title, source, date and paragraph', () => {
    expect(cite(art, 1)).toEqual({ article: 'a', title: 'T', source: 'S', url: 'https://example.com/story#:~:text=Short%20one.', published: '2020-01-02', paragraph: 1 });
  });

  it('link long passages by their first and last words, encoding - , and &', () => {
    const link = cite(art, 2).url!;
    expect(link.startsWith('https://example.com/story#:~:text=')).toBe(true);
    const directive = link.split('#:~:text=')[1]!;
    const [start, end] = directive.split(',');
    expect(decodeURIComponent(start!)).toBe('A much longer sentence,');
    expect(decodeURIComponent(end!)).toBe('on for a while.');
    expect(textFragment('a - b, c & d')).toBe(':~:text=a%20%2D%20b%2C%20c%20%26%20d');
  });

  it('have no link without a URL', () => {
    expect(passageLink(null, 'x')).toBeNull();
    expect(cite({ ...art, url: null }, 1).url).toBeNull();
  });
});
