import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/text/closest.ts';

const COMMANDS = ['search', 'ask', 'who-said', 'quotes', 'people', 'timeline', 'articles'];

describe('closest', () => {
  it('suggests the nearest command for one or two typos', () => {
    expect(closest('serch', COMMANDS)).toBe('search');
    expect(closest('SEARCH', COMMANDS)).toBe('search');
    expect(closest('timelin', COMMANDS)).toBe('timeline');
    expect(closest('artciles', COMMANDS)).toBe('articles');
    expect(closest('jsn', ['json', 'corpus', 'speaker'])).toBe('json');
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('serach', 'search')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('abcd', 'dcba')).toBeGreaterThan(1);
    expect(closest('aks', COMMANDS)).toBe('ask');
  });

  it('suggests nothing for a word far from every candidate', () => {
    expect(closest('zebra', COMMANDS)).toBeNull();
    expect(closest('x', ['json'])).toBeNull();
    expect(closest('', COMMANDS)).toBeNull();
  });

  it('formats the suffix of an error message', () => {
    expect(didYouMean('jsn', ['json'], (s) => `--${s}`)).toBe(' (did you mean --json?)');
    expect(didYouMean('zzzz', ['json'])).toBe('');
  });
});
