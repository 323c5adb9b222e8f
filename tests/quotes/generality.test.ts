/**
 * Attribution rules for constructions of unseen news prose (issue 12), each on an invented paragraph: descriptors
 * after an inverted verb, a description with a name in apposition, a colon or a sentence that hands a quotation to
 * the subject before it, names inside the quoted words, past-perfect reports, relative clauses after a name, clauses
 * that end in a quotation, and words credited to organisations or to nobody that stay unattributed.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData } from '../../src/quotes/index.ts';
import type { Quote } from '../../src/quotes/types.ts';
import { article } from './helpers.ts';

const PARAGRAPHS = [
  /* 1 */ 'Mayor Dana Whitcombe spoke at the harbour on Monday.',
  /* 2 */ '"We tried," she said. "Nobody listened."',
  /* 3 */ '"The money is gone. The council knew it."',
  /* 4 */ 'The mayor summed it up with a joke. "We have more potholes than voters."',
  /* 5 */ '"The pier is unsafe," said harbour master Anke Vogelsang.',
  /* 6 */ '"We are reviewing the contract," said a company spokesperson when reached by phone.',
  /* 7 */ '"The budget is a mess," said chief inspector Rolf Brandt from the county police.',
  /* 8 */ 'Councillor Ivo Marsh warned against a "bad deal" with the developer.',
  /* 9 */ 'Tove Lindahl had written that she "would never sign it."',
  /* 10 */ 'Councillor Priya Natarajan, who voted against the measure, said the city had ignored warnings for years.',
  /* 11 */ '"We asked," she said. "Nobody came."',
  /* 12 */ 'The Ashford fire chief, Mara Quinn, has argued that the station is too small.',
  /* 13 */ '"Flights will resume on Friday," the airline said in a statement.',
  /* 14 */ '"Everything was lost," her father, Bernd, said in a statement yesterday.',
  /* 15 */ "Oskar Brill's anger grew. \"Natarajan is a liar,\" he said.",
  /* 16 */ 'Hannah Brill summed up the season: "It was the worst in decades."',
  /* 17 */ 'But it\'s also a promise "that somebody is watching," Quinn said.',
  /* 18 */ 'They were "so expensive that we gave up," Quinn said.',
  /* 19 */ 'He called it "a scam," Quinn said.',
  /* 20 */ 'A flaw in the ticket system lets anyone skip the queue, according to a programmer who studied it.',
];

const data = buildQuoteData([article('g', PARAGRAPHS)]);
const rows = (qs: Quote[]) => qs.map(q => [q.speaker, q.kind, q.quote]);
const at = (n: number) => rows(data.quotes.filter(q => q.paragraph === n));
const loose = (n: number) => (data.unattributed ?? []).filter(q => q.paragraph === n).map(q => q.quote);

describe('quotes: speakers named after the verb', () => {
  it('reads a lowercase role or a description between the verb and the speaker', () => {
    expect(at(5)).toEqual([['Anke Vogelsang', 'direct', 'The pier is unsafe,']]);
    expect(at(6)).toEqual([['a company spokesperson', 'direct', 'We are reviewing the contract,']]);
    expect(at(7)).toEqual([['Rolf Brandt', 'direct', 'The budget is a mess,']]);
  });

  it('gives the words to the name in apposition after a description', () => {
    expect(at(12)).toEqual([['Mara Quinn', 'indirect', 'the station is too small']]);
    expect(at(14)).toEqual([['Bernd', 'direct', 'Everything was lost,']]);
  });

  it('takes "Councillor" as a title, and keeps the speaker of a name with a relative clause for her next quotes', () => {
    expect(at(8)).toEqual([['Ivo Marsh', 'direct', 'bad deal']]);
    expect(at(10)).toEqual([['Priya Natarajan', 'indirect', 'the city had ignored warnings for years']]);
    expect(at(11)).toEqual([
      ['Priya Natarajan', 'direct', 'We asked,'],
      ['Priya Natarajan', 'direct', 'Nobody came.'],
    ]);
  });
});

describe('quotes: speakers from around the quotation', () => {
  it('gives a second quote after the attribution, and a quote-only paragraph, to the same speaker', () => {
    expect(at(2)).toEqual([
      ['Dana Whitcombe', 'direct', 'We tried,'],
      ['Dana Whitcombe', 'direct', 'Nobody listened.'],
    ]);
    expect(at(3)).toEqual([['Dana Whitcombe', 'direct', 'The money is gone. The council knew it.']]);
  });

  it('hands a quotation to the subject of the sentence before it, or before its colon', () => {
    expect(at(4)).toEqual([['Dana Whitcombe', 'direct', 'We have more potholes than voters.']]);
    expect(at(16)).toEqual([['Hannah Brill', 'direct', 'It was the worst in decades.']]);
  });

  it('never takes a name inside the quoted words for "he"; a possessive subject introduces its owner', () => {
    expect(at(15)).toEqual([['Oskar Brill', 'direct', 'Natarajan is a liar,']]);
  });

  it('reads a past-perfect report with a quoted fragment', () => {
    expect(at(9)).toEqual([['Tove Lindahl', 'direct', 'would never sign it.']]);
  });

  it('reads "according to" a kind of person the lexicon knows', () => {
    expect(at(20)).toEqual([['a programmer', 'indirect', 'A flaw in the ticket system lets anyone skip the queue']]);
  });
});

describe('quotes: clauses that end in a quotation', () => {
  it('reports the clause when its own verb stands outside the marks, and keeps the quoted words as a direct quote', () => {
    expect(at(17)).toEqual([
      ['Mara Quinn', 'indirect', 'But it\'s also a promise "that somebody is watching,"'],
      ['Mara Quinn', 'direct', 'that somebody is watching,'],
    ]);
    expect(at(18)).toEqual([
      ['Mara Quinn', 'indirect', 'They were "so expensive that we gave up,"'],
      ['Mara Quinn', 'direct', 'so expensive that we gave up,'],
    ]);
  });

  it('reports no clause whose verb is itself a verb of saying', () => {
    expect(at(19)).toEqual([['Mara Quinn', 'direct', 'a scam,']]);
  });
});

describe('quotes: precision', () => {
  it('leaves the words of an organisation unattributed', () => {
    expect(at(13)).toEqual([]);
    expect(loose(13)).toEqual(['Flights will resume on Friday,']);
  });
});

describe('quotes: bullets and headings', () => {
  const paras = [
    'Mayor Dana Whitcombe spoke on Monday.',
    'She also said:',
    '- the harbour needs a new crane',
    '- ferries will run every hour.',
    '"Keep the Pier Open"',
    '"We will rebuild," Whitcombe said.',
    '"Nobody told us anything."',
  ];
  const d = buildQuoteData([article('b', paras)]);
  const of = (n: number) => d.quotes.filter(q => q.paragraph === n).map(q => [q.speaker, q.kind, q.quote]);

  it('gives each bullet after "She also said:" to her as an indirect statement', () => {
    expect(of(3)).toEqual([['Dana Whitcombe', 'indirect', 'the harbour needs a new crane']]);
    expect(of(4)).toEqual([['Dana Whitcombe', 'indirect', 'ferries will run every hour']]);
  });

  it('takes a quoted title-case line for a heading, not for a quote continuing the speaker before', () => {
    expect(of(5)).toEqual([]);
    expect((d.unattributed ?? []).filter(q => q.paragraph === 5).map(q => q.quote)).toEqual(['Keep the Pier Open']);
    expect(of(7)).toEqual([['Dana Whitcombe', 'direct', 'Nobody told us anything.']]);
  });
});

describe('quotes: the person spoken of', () => {
  it('keeps "of the mayor" after the verb out of the speaker', () => {
    const d = buildQuoteData([article('o', ['Mayor Ana Ruiz spoke at the hearing. Tom Berg listened from the back.', '"She never listens," he said of the mayor.', '"She never listens," said Berg of the mayor.', '"It works," said Lena Roe of the Brookings Institution.'])]);
    expect(d.quotes.map(q => [q.paragraph, q.speaker])).toEqual([[2, 'Tom Berg'], [3, 'Tom Berg'], [4, 'Lena Roe']]);
  });
});
