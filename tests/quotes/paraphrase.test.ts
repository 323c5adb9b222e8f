/** Who said a paraphrase: other inflections and WordNet synonyms of the quote's words find it; made-up lines do not. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { syntheticArticle } from '../timeline/helpers/markdownArticle.ts';

const engine = Engine.build({
  dir: '/nowhere',
  articles: [
    syntheticArticle('2022-04-01', [
      'Harbour master Oskar Velloni said the new quay was "the silliest scheme this council has ever approved, and the costliest."',
      'Mayor Jane Roe said the pier would bring the ferryboat back to the town by the spring.',
      '"Fares will stay where they are," the ferry operator Lena Marsh said.',
    ]),
  ],
  problems: [],
});

describe('who said, paraphrased', () => {
  it('finds a quote told with another inflection of its words', () => {
    expect(engine.whoSaid('the scheme was silly').matches[0]?.speaker).toBe('Oskar Velloni');
    expect(engine.whoSaid('a costly scheme the council approves').matches[0]?.speaker).toBe('Oskar Velloni');
  });

  it('finds a quote told with WordNet synonyms of its words', () => {
    expect(engine.whoSaid('the wharf would bring the ferry back').matches[0]?.speaker).toBe('Jane Roe');
  });

  it('ranks a quote in the asker own words above one in other words', () => {
    const own = engine.whoSaid('the silliest scheme').matches[0]!.score;
    const other = engine.whoSaid('the scheme was silly').matches[0]!.score;
    expect(own).toBeGreaterThan(other);
  });

  it('still rejects made-up lines', () => {
    for (const line of ['the harbour was silly to flood', 'the council will approve higher fares for schools', 'the weather was lovely in the spring']) {
      expect(engine.whoSaid(line).matches, line).toEqual([]);
    }
  });
});
