/**
 * Reported clauses and their speakers in constructions of unseen news prose (issue 12), each rule on an invented
 * sentence: a trailing "…, the source, who …, told Reuters", "told reporters A and that B", "noted that at least …",
 * a plan after a modal that is no second report, a contrast that stays inside the report, a name in apposition
 * after a description that would point at somebody else, and kinds of people the word lists did not know.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData } from '../../src/quotes/index.ts';
import { article } from './helpers.ts';

const rowsOf = (...paragraphs: string[]) => buildQuoteData([article('r', paragraphs)]).quotes.map(q => [q.paragraph, q.speaker, q.kind, q.quote]);

describe('reported clauses: where they start and end', () => {
  it('reads the clause before "…, the source, who said …, told Reuters" and the relative clause apart', () => {
    expect(rowsOf('The ministers fled to the depot after their homes were raided, the source, who said he had spoken to a guard, told Reuters.')).toEqual([
      [1, 'the source', 'indirect', 'The ministers fled to the depot after their homes were raided'],
      [1, 'the source', 'indirect', 'he had spoken to a guard'],
    ]);
  });

  it('never takes the addressee of "told" for the speaker of a trailing attribution', () => {
    expect(rowsOf('The pumps failed twice in June, an engineer told the Tribune.')).toEqual([[1, 'an engineer', 'indirect', 'The pumps failed twice in June']]);
  });

  it('reads "told reporters A and that B" as two clauses, the first without "that"', () => {
    expect(rowsOf('Sen. Odile Varga told reporters the cost was too high and that she expected the bill to fail.')).toEqual([
      [1, 'Odile Varga', 'indirect', 'the cost was too high'],
      [1, 'Odile Varga', 'indirect', 'she expected the bill to fail'],
    ]);
  });

  it('opens a clause with a preposition after "that", or with "at least"', () => {
    expect(rowsOf('Ravi Anand said the risk was small, and noted that at least two rivals had copied the feature.')).toEqual([
      [1, 'Ravi Anand', 'indirect', 'the risk was small'],
      [1, 'Ravi Anand', 'indirect', 'at least two rivals had copied the feature'],
    ]);
    expect(rowsOf('Ravi Anand said that in May the plant had lost power.')).toEqual([[1, 'Ravi Anand', 'indirect', 'in May the plant had lost power']]);
  });

  it('takes "and would add parking staff" for part of the report, not for a second verb of saying', () => {
    expect(rowsOf('Ms. Ilse Brandt said the fair had hired cleaners this month and would add parking staff on Saturday.')).toEqual([
      [1, 'Ilse Brandt', 'indirect', 'the fair had hired cleaners this month and would add parking staff on Saturday'],
    ]);
  });

  it('keeps a contrast with no attribution of its own inside the report, and ends it where a new attribution begins', () => {
    expect(rowsOf('Tomas Ek spoke first.', 'He says the ferries are busier than ever, but the old piers are being neglected.')).toEqual([
      [2, 'Tomas Ek', 'indirect', 'the ferries are busier than ever, but the old piers are being neglected'],
    ]);
    expect(rowsOf('Tomas Ek said the ferries are busy, but Lena Holm said the piers are empty.')).toEqual([
      [1, 'Tomas Ek', 'indirect', 'the ferries are busy'],
      [1, 'Lena Holm', 'indirect', 'the piers are empty'],
    ]);
  });
});

describe('reported clauses: who reports them', () => {
  it('gives the words to the name in apposition after a description, though the description fits someone named before', () => {
    expect(rowsOf('Assistant District Attorney Joan Pike opened the case.', 'Vance’s attorney, Ruben Soto, said the tape was too blurry to identify anyone.')).toEqual([
      [2, 'Ruben Soto', 'indirect', 'the tape was too blurry to identify anyone'],
    ]);
  });

  it('knows elders, posters and commenters as people, and "many people" as a group', () => {
    expect(rowsOf('But tribal elders say they are not being heard.')).toEqual([[1, 'tribal elders', 'indirect', 'they are not being heard']]);
    expect(rowsOf('On one forum a poster wrote they found the photo "rude and tacky."')).toEqual([
      [1, 'a poster', 'indirect', 'they found the photo "rude and tacky."'],
      [1, 'a poster', 'direct', 'rude and tacky.'],
    ]);
    expect(rowsOf('Later, Mira Olsen found that many people, young and old, told her they liked the picture.')).toEqual([
      [1, 'many people', 'indirect', 'they liked the picture'],
    ]);
    expect(rowsOf('People say the lake is haunted.')).toEqual([]);
  });
});

describe('reported clauses and quoted words: more constructions', () => {
  it('takes "said as she stacked the loaves" for a time, and "said as many as …" for a clause', () => {
    expect(rowsOf('"It gets harder," Nadia Farouk, 52, said as she stacked the loaves.')).toEqual([[1, 'Nadia Farouk', 'direct', 'It gets harder,']]);
    expect(rowsOf('Nadia Farouk said as many as ten shops had closed.')).toEqual([[1, 'Nadia Farouk', 'indirect', 'as many as ten shops had closed']]);
  });

  it('gives the words of "said one, a retired nurse who …" to the description', () => {
    expect(rowsOf('"I love it here," said one, a retired nurse who declined to give her name.')).toEqual([[1, 'a retired nurse', 'direct', 'I love it here,']]);
  });

  it('labels the quoted words after "accused her of", with no reported clause', () => {
    expect(rowsOf('Opposition leader Mark Tulloch accused her of "living in a fantasy."')).toEqual([[1, 'Mark Tulloch', 'direct', 'living in a fantasy.']]);
  });

  it('reports "she had “no regrets”": "had" is the verb when the quotation opens with a noun phrase, not when it opens with a verb', () => {
    expect(rowsOf('Helena Vasquez said she had "no regrets."')).toEqual([
      [1, 'Helena Vasquez', 'indirect', 'she had "no regrets."'],
      [1, 'Helena Vasquez', 'direct', 'no regrets.'],
    ]);
    expect(rowsOf('Helena Vasquez said he had "failed to act."')).toEqual([[1, 'Helena Vasquez', 'direct', 'failed to act.']]);
  });

  it('gives the words to a name alone between commas before the verb, whatever the words before it', () => {
    expect(rowsOf('The old guard\'s fixer, John Marsh, said in 2019 that the reform was "long overdue."')).toEqual([
      [1, 'John Marsh', 'indirect', 'the reform was "long overdue."'],
      [1, 'John Marsh', 'direct', 'long overdue.'],
    ]);
  });

  it('reads a passive verb of criticism inside a report as part of it', () => {
    expect(rowsOf('Tomas Ek said the ferries are busy, but local knowledge is being dismissed as folklore.')).toEqual([
      [1, 'Tomas Ek', 'indirect', 'the ferries are busy, but local knowledge is being dismissed as folklore'],
    ]);
  });
});
