/** Small synthetic articles, one per attribution pattern, with the negatives each rule must leave alone. */
import { describe, expect, it } from 'vitest';
import { buildQuoteData } from '../../src/quotes/index.ts';
import type { Quote } from '../../src/quotes/types.ts';
import { article } from './helpers.ts';

const quotesOf = (...paragraphs: string[]) => buildQuoteData([article('t', paragraphs)]);
const direct = (qs: Quote[]) => qs.filter(q => q.kind !== 'indirect').map(q => [q.paragraph, q.speaker, q.quote]);
const indirect = (qs: Quote[]) => qs.filter(q => q.kind === 'indirect').map(q => [q.paragraph, q.speaker, q.quote]);

describe('direct quotes', () => {
  it('reads the attribution after the quote, in either order, with straight or curly marks', () => {
    const d = quotesOf(
      'Gov. Maria Alvarez, a Democrat from Tucson, spoke on Monday.',
      '“We will rebuild the bridge by spring,” Alvarez said.',
      '"The money is already there," said Peter Okafor, the state treasurer.',
    );
    expect(direct(d.quotes)).toEqual([
      [2, 'Maria Alvarez', 'We will rebuild the bridge by spring,'],
      [3, 'Peter Okafor', 'The money is already there,'],
    ]);
  });

  it('reads a colon attribution before the quote', () => {
    const d = quotesOf('Council member Dana Whitfield said: “This vote is a disgrace to the city.”');
    expect(direct(d.quotes)).toEqual([[1, 'Dana Whitfield', 'This vote is a disgrace to the city.']]);
  });

  it('gives both halves of an interrupted quote to the speaker', () => {
    const d = quotesOf('“We tried everything,” said coach Rita Moreno. “Nothing worked tonight.”');
    expect(direct(d.quotes)).toEqual([
      [1, 'Rita Moreno', 'We tried everything,'],
      [1, 'Rita Moreno', 'Nothing worked tonight.'],
    ]);
  });

  it('continues a quote over paragraphs: an unclosed quote and a quotation-only paragraph take the speaker', () => {
    const d = quotesOf(
      'Mayor Thomas Reed spoke to reporters after the storm.',
      '“The water came up faster than anyone expected,” Reed said. “We lost three pumping stations in an hour.',
      '“Nobody who lives near the river should go home tonight.”',
    );
    expect(direct(d.quotes)).toEqual([
      [2, 'Thomas Reed', 'The water came up faster than anyone expected,'],
      [2, 'Thomas Reed', 'We lost three pumping stations in an hour.'],
      [3, 'Thomas Reed', 'Nobody who lives near the river should go home tonight.'],
    ]);
  });

  it('resolves he and she to the nearest compatible speaker', () => {
    const d = quotesOf(
      'Prosecutor Helen Park questioned the witness, John Miller, for three hours.',
      '“The timeline does not add up,” she said.',
      'Miller later spoke outside the courthouse. “I told the truth,” he said.',
    );
    expect(direct(d.quotes)).toEqual([
      [2, 'Helen Park', 'The timeline does not add up,'],
      [3, 'John Miller', 'I told the truth,'],
    ]);
  });

  it('resolves surnames with Mr./Ms. and titled forms to the person introduced earlier', () => {
    const d = quotesOf(
      'Sen. Robert Lang, a Republican from Ohio, and Maya Chen, a spokeswoman for the agency, disagreed.',
      '“We cannot afford this,” Mr. Lang said.',
      '“The agency has done nothing wrong,” Ms. Chen said.',
      '“I will keep asking,” Sen. Lang said.',
    );
    expect(direct(d.quotes).map(q => q[1])).toEqual(['Robert Lang', 'Maya Chen', 'Robert Lang']);
    const lang = d.people.find(p => p.name === 'Robert Lang')!;
    expect(lang.roles).toEqual(expect.arrayContaining(['Sen.', 'a Republican from Ohio']));
    expect(lang.aliases).toEqual(expect.arrayContaining(['Lang', 'Sen. Lang']));
    expect(lang.quotes).toBe(2);
  });

  it('keeps a short quoted word inside a reported sentence as the speaker\'s words', () => {
    const d = quotesOf('Gov. Alan Brooks called the ruling “outrageous.”');
    expect(direct(d.quotes)).toEqual([[1, 'Alan Brooks', 'outrageous.']]);
  });

  it('attributes a quote after "according to" and a description tied to a name', () => {
    const d = quotesOf(
      'Laura Simmons, the agency spokeswoman, declined to name the contractor.',
      'The spokeswoman said the work was “badly delayed.”',
    );
    expect(direct(d.quotes)).toEqual([[2, 'Laura Simmons', 'badly delayed.']]);
  });
});

describe('descriptions and name forms', () => {
  it('resolves "the senator" and "the congressman" to the titled people of the article', () => {
    const d = quotesOf(
      'Sen. Maria Lopez, a Democrat from Nevada, and Rep. Carl Hunt sparred on Tuesday.',
      'The senator said the bill would pass by June.',
      'The congressman later told reporters he had not read the bill.',
    );
    expect(indirect(d.quotes).map(q => q[1])).toEqual(['Maria Lopez', 'Carl Hunt']);
  });

  it('keeps an unnamed speaker as a short description, lowercase when it starts with a common noun', () => {
    const d = quotesOf('“We are reviewing the decision,” a spokesman for the union said.', 'Officials said the road would stay closed.');
    expect(d.quotes.map(q => q.speaker)).toEqual(['a spokesman for the union', 'officials']);
    expect(d.people).toEqual([]);
  });

  it('keeps name particles: "de Blasio" is the mayor introduced as Bill de Blasio', () => {
    const d = quotesOf('Mayor Bill de Blasio, who was not at the event, said the city welcomed the jobs.', '“It is a great day for New York,” de Blasio said.');
    expect(d.quotes.map(q => q.speaker)).toEqual(['Bill de Blasio', 'Bill de Blasio']);
    expect(d.people[0]!.aliases).toContain('de Blasio');
  });
});

describe('what is not a person\'s quote', () => {
  it('leaves scare quotes and labels without a verb of saying unattributed', () => {
    const d = quotesOf('Critics call it a “reform” in name only, and the so-called “blue ribbon” panel never met.');
    expect(d.quotes).toEqual([]);
    expect((d.unattributed ?? []).map(q => q.speaker)).toEqual([null, null]);
  });

  it('drops titles of shows and works', () => {
    const d = quotesOf('Sen. Robert Lang said on CBS\'s "Face the Nation" that the bill was dead.');
    expect([...d.quotes, ...(d.unattributed ?? [])].map(q => q.quote)).not.toContain('Face the Nation');
    expect(indirect(d.quotes)).toEqual([[1, 'Robert Lang', 'the bill was dead']]);
  });

  it('does not give words attributed to publications, reports or organisations to a person', () => {
    const d = quotesOf(
      'Mayor Thomas Reed opened the meeting.',
      '“The city is broke,” the Daily Ledger reported.',
      'The audit found “systemic failures,” the report said.',
      'The police department posted the photo with the caption, “Help us find him!”',
    );
    expect(d.quotes).toEqual([]);
  });

  it('does not invent a speaker for generic people or ads', () => {
    const d = quotesOf('The commercials show billboards in which people say, “I’m on it.”');
    expect(d.quotes).toEqual([]);
  });

  it('does not read a "Label: text" line as a post', () => {
    const d = quotesOf('Correction: An earlier version of this article misstated the date of the vote.', 'Editor\'s Note: This story was updated.');
    expect(d.quotes).toEqual([]);
  });

  it('ignores apostrophes and inch marks that look like quotation marks', () => {
    const d = quotesOf('The suspect is 5’6” and was last seen near the parents’ association office.');
    expect([...d.quotes, ...(d.unattributed ?? [])]).toEqual([]);
  });
});

describe('posts', () => {
  it('reads the signature form: text, display name without emoji, @handle alias, links dropped', () => {
    const d = quotesOf('Traffic is at a standstill on the bridge again https://t.co/abc123 pic.twitter.com/xyz — Jo Rivera 🌉 (@jorivera) March 3, 2021');
    expect(direct(d.quotes)).toEqual([[1, 'Jo Rivera', 'Traffic is at a standstill on the bridge again']]);
    expect(d.quotes[0]!.kind).toBe('post');
    expect(d.people[0]!.aliases).toContain('@jorivera');
  });

  it('reads the colon form of a named account', () => {
    const d = quotesOf('Elena Vasquez: The vote tonight was a victory for every family in this district.');
    expect(direct(d.quotes)).toEqual([[1, 'Elena Vasquez', 'The vote tonight was a victory for every family in this district.']]);
    expect(d.quotes[0]!.kind).toBe('post');
  });
});

describe('indirect speech', () => {
  it('takes the reported clause without "that", the attribution and the final stop', () => {
    const d = quotesOf(
      'Finance Minister Olga Petrova told reporters that the budget would be balanced by 2026.',
      'She said the plan did not include new taxes.',
      'The deficit will shrink next year, Petrova added.',
      'Tax revenue rose 4 percent, according to Ivan Sokolov, the ministry\'s chief economist.',
    );
    expect(indirect(d.quotes)).toEqual([
      [1, 'Olga Petrova', 'the budget would be balanced by 2026'],
      [2, 'Olga Petrova', 'the plan did not include new taxes'],
      [3, 'Olga Petrova', 'The deficit will shrink next year'],
      [4, 'Ivan Sokolov', 'Tax revenue rose 4 percent'],
    ]);
  });

  it('splits two clauses under one verb when the second repeats "that"', () => {
    const d = quotesOf('Chief Amy Lowell said the station would reopen and that two officers had been suspended.');
    expect(indirect(d.quotes).map(q => q[2])).toEqual(['the station would reopen', 'two officers had been suspended']);
  });

  it('leaves verbs that take a noun or an infinitive alone', () => {
    const d = quotesOf(
      'Chief Amy Lowell urged residents to stay home and accused the council of ignoring the report.',
      'Lowell announced the closure of the east precinct on Monday.',
    );
    expect(indirect(d.quotes)).toEqual([]);
  });

  it('gives the clause to the inner speaker with two levels of reporting', () => {
    const d = quotesOf('Rita Moreno said the coach had quit, Paul Grant testified.');
    expect(indirect(d.quotes)).toEqual([[1, 'Rita Moreno', 'the coach had quit']]);
  });
});
