/**
 * Words credited to an organisation (issue 12): they belong to the organisation, never to a person, and stay apart
 * from people's quotes; who-said names the organisation and says it is no person. Made-up lines still get no match.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine.ts';
import { buildQuoteData } from '../../src/quotes/index.ts';
import { article as corpusArticle, removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { article } from './helpers.ts';

const PARAGRAPHS = [
  'Mayor Dana Whitcombe spoke at the harbour on Monday.',
  '"Flights will resume on Friday," the airline said in a statement.',
  '"We are reviewing every route," the Ministry of Transport said.',
  '"We have waited long enough," Whitcombe said.',
  'Protesters carried signs reading "No More Towers."',
];

afterAll(removeTempCorpora);

describe('organisations', () => {
  const d = buildQuoteData([article('org', PARAGRAPHS)]);

  it('keeps their words out of the quotes, credited to them by name', () => {
    expect(d.quotes.map(q => [q.paragraph, q.speaker])).toEqual([[4, 'Dana Whitcombe']]);
    expect((d.unattributed ?? []).map(q => [q.paragraph, q.speaker, q.organisation ?? null])).toEqual([
      [2, null, 'the airline'],
      [3, null, 'the Ministry of Transport'],
      [5, null, null],
    ]);
  });

  it('never takes the word after "Ministry of" for a person', () => {
    expect(d.people.map(p => p.name)).toEqual(['Dana Whitcombe']);
  });

  it('who-said names the organisation, says it is no person, and still finds nobody for made-up lines', async () => {
    const engine = Engine.build(await loadCorpus(tempCorpus({ 'org.md': corpusArticle('Harbour reopens', PARAGRAPHS) })));
    const said = engine.whoSaid('flights will resume on Friday');
    expect(said.matches[0]!.speaker).toBeNull();
    expect(said.matches[0]!.organisation).toBe('the airline');
    expect(said.notice).toMatch(/credits these words to the airline, an organisation, not to a person/);
    expect(engine.quotes(null).quotes.map(q => q.speaker)).toEqual(['Dana Whitcombe']);
    for (const fake of ['the moon is made of green cheese', 'penguins deserve the right to vote']) expect(engine.whoSaid(fake).matches).toEqual([]);
  });
});
