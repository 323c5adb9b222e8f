/** Labelled events of the bundled CNBC article (published Monday 2017-07-10): the acceptance floor of issue #4. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/timeline/index.ts';
import { articleFromMarkdown } from './helpers/markdownArticle.ts';

const article = articleFromMarkdown(path.resolve(import.meta.dirname, '../../corpus/cnbc-2017-07-trump-putin-cyber-unit.md'));
const events = extractEvents([article]);
const paragraphsOf = (e: { sources: { paragraph: number }[] }) => e.sources.map(s => s.paragraph);
const at = (paragraph: number) => events.filter(e => paragraphsOf(e).includes(paragraph));

describe('default article timeline', () => {
  it('resolves each labelled expression to its date and precision', () => {
    const labelled: [number, string, string, string][] = [
      [6, 'last year', '2016', 'year'],
      [18, 'in 2016', '2016', 'year'],
      [5, 'on Friday', '2017-07-07', 'day'],
      [21, 'on Saturday', '2017-07-08', 'day'],
      [1, 'late Sunday', '2017-07-09', 'day'],
      [3, 'late Sunday', '2017-07-09', 'day'],
      [18, 'Sunday', '2017-07-09', 'day'],
      [22, 'on Sunday', '2017-07-09', 'day'],
    ];
    for (const [paragraph, expression, date, precision] of labelled) {
      const hit = at(paragraph).find(e => e.expression === expression);
      expect(hit, `¶${paragraph} "${expression}"`).toBeDefined();
      expect(hit!.date, `¶${paragraph} "${expression}"`).toBe(date);
      expect(hit!.precision).toBe(precision);
    }
  });

  it('lists the events in timeline order: 2016, Friday, Saturday, then Sunday', () => {
    const dates = events.map(e => e.date);
    expect(dates.slice(0, 4)).toEqual(['2016', '2016', '2017-07-07', '2017-07-08']);
    expect(dates.slice(4).every(d => d === '2017-07-09')).toBe(true);
    // within 2016, article order: "last year" (¶6) before "in 2016" (¶18)
    expect(events[0]!.expression).toBe('last year');
  });

  it('merges the late-Sunday tweet told in the key point and the body into one event with two sources', () => {
    const tweet = events.filter(e => e.expression === 'late Sunday');
    expect(tweet).toHaveLength(1);
    expect(paragraphsOf(tweet[0]!)).toEqual([1, 3]);
    expect(tweet[0]!.modifier).toBe('late');
    expect(tweet[0]!.text).toContain('tweeted late Sunday');
  });

  it('keeps distinct Sunday happenings apart', () => {
    const sunday = events.filter(e => e.date === '2017-07-09');
    const places = sunday.map(e => paragraphsOf(e)[0]);
    expect(new Set(places).size).toBe(sunday.length);
    expect(places).toEqual(expect.arrayContaining([1, 18, 22]));
  });

  it('finds no event in "G-20" or "G-19 plus one", nor in the show named "This Week"', () => {
    for (const e of events) expect(e.expression).not.toMatch(/G-\d|This Week/);
    expect(at(10)).toHaveLength(0); // the "G-19 plus one" paragraph
  });

  it('shows excerpts taken verbatim from the cited paragraph', () => {
    for (const e of events) {
      const paragraph = article.paragraphs[paragraphsOf(e)[0]! - 1]!;
      expect(paragraph.text).toContain(e.text);
      expect(e.text).toContain(e.expression);
    }
  });

  it('stays plain JSON', () => {
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });
});
