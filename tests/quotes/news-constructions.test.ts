/**
 * One invented local-news article with the attribution constructions wire, national and local papers use most
 * (trailing attributions, "according to" people, group subjects with relative clauses, adjuncts before "that",
 * coordinated verbs of saying, party-state designations, appositions), and the sentences that must stay unlabelled.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData } from '../../src/quotes/index.ts';
import type { Quote } from '../../src/quotes/types.ts';
import { article } from './helpers.ts';

const PARAGRAPHS = [
  /* 1 */ 'Twelve trucks were damaged in the storm, city officials said.',
  /* 2 */ 'The festival drew more than 4,000 visitors this year, organizers said.',
  /* 3 */ 'The plant will close in March, the company said.',
  /* 4 */ 'The parade will go ahead on Saturday despite the rain, according to its organizers.',
  /* 5 */ 'Two patients remain in critical condition, according to a hospital spokesperson.',
  /* 6 */ 'Water use rose by a third over the summer, according to a report by the state auditor.',
  /* 7 */ 'Residents who live near the plant say the smell has worsened since spring.',
  /* 8 */ 'The market opened on time, but vendors say the permits are late.',
  /* 9 */ 'Farmers in the valley say the drought has cut their yields in half.',
  /* 10 */ 'Parents who packed a hearing in May said the buses were often late.',
  /* 11 */ 'Councilwoman Priya Nandakumar wrote in a blog post that the budget was "a fantasy."',
  /* 12 */ 'Mayor Oscar Lindqvist said in a statement Tuesday that the pool would reopen in June.',
  /* 13 */ 'Lindqvist told reporters on Monday that the city could not afford the repairs.',
  /* 14 */ 'Treasurer Wendell Abara told reporters the cost was too high.',
  /* 15 */ 'Abara said the fund was nearly empty, and noted that pensions would be paid first.',
  /* 16 */ 'Lindqvist said the contract was fair and added that talks would resume next week.',
  /* 17 */ 'Sen. Harriet Olmsted, R-Idaho, a member of the Armed Services Committee, said the base would stay open.',
  /* 18 */ 'Rep. Marcus Delacroix (D-N.Y.) said the vote would be close.',
  /* 19 */ "Delacroix's attorney, Carla Mendes, said her client had done nothing wrong.",
  /* 20 */ 'The attorney added that she would appeal the ruling.',
  /* 21 */ 'Judge Ingrid Salvesen denied the motion on Friday. The judge said the filing came too late.',
  /* 22 */ 'Ortiz says the plan will work.',
  /* 23 */ '"We have waited long enough," says Felipe Ortiz, who runs a bakery on Main Street.',
  /* 24 */ 'Ortiz, who has lived in the town since 1998, said Tuesday that rents had doubled.',
  /* 25 */ 'Abara added that the audit would be published in the fall.',
  /* 26 */ 'In an interview, Nandakumar said the council had been misled.',
  /* 27 */ 'A spokesperson for the utility declined to comment.',
  /* 28 */ 'The report said the dam was unsafe.',
  /* 29 */ 'Documents show the contract was signed in 2019.',
  /* 30 */ 'The statement said the company regretted the delay.',
  /* 31 */ 'Protesters carried signs reading "No More Towers" and "Save Our Park."',
  /* 32 */ 'The bridge will be closed for two weeks, Lindqvist told the Valley Courier.',
  /* 33 */ 'The dam is safe, engineers at the state agency said Tuesday.',
  /* 34 */ 'The fire started in the kitchen, according to fire officials.',
  /* 35 */ 'Critics say the plan is a giveaway to developers, but supporters say it will create jobs.',
  /* 36 */ 'The company told employees the plant would close.',
  /* 37 */ 'Workers at the plant voted to strike on Monday.',
  /* 38 */ 'The bill passed 52-48, according to Senate records.',
  /* 39 */ 'Lindqvist has long argued that the levy is unfair.',
  /* 40 */ 'The money has already been spent, Abara said, and more is needed.',
  /* 41 */ 'Two people familiar with the matter said the sale could be announced next week.',
  /* 42 */ 'Investigators believe the fire was set deliberately, the fire marshal said.',
  /* 43 */ 'Local business owners said the closure had cost them thousands.',
  /* 44 */ "The mayor's office said in a statement that the event was canceled.",
  /* 45 */ '"We will fight this," Rep. Marcus Delacroix, D-N.Y., said.',
  /* 46 */ '"The base is essential," said Sen. Harriet Olmsted, R-Idaho.',
  /* 47 */ 'Olmsted wrote on social media: "Proud of this team."',
  /* 48 */ 'Studies say the drug is safe.',
  /* 49 */ 'Officials have not said whether the road will reopen.',
  /* 50 */ 'Lindqvist declined to say whether he would run again.',
  /* 51 */ 'Lindqvist said nothing about the budget.',
  /* 52 */ 'Abara said yes when asked whether he would stay.',
  /* 53 */ 'The council voted 7-2 to approve the plan, which supporters say will create 300 jobs.',
  /* 54 */ 'Nandakumar, who said last year that she would retire, is running again.',
  /* 55 */ 'Abara said, however, that the audit was late.',
  /* 56 */ 'Abara pointed out that the season was long.',
  /* 57 */ 'Abara estimated that the repairs would cost $2 million.',
  /* 58 */ 'The deal is worth $40 million, according to two people briefed on the talks.',
  /* 59 */ 'The trade was approved, according to a statement from the league.',
];

const data = buildQuoteData([article('t', PARAGRAPHS)]);
const rows = (qs: Quote[]) => qs.map(q => [q.paragraph, q.speaker, q.quote]);
const inPara = (n: number) => data.quotes.filter(q => q.paragraph === n);
const indirect = (n: number) => rows(inPara(n).filter(q => q.kind === 'indirect'));

describe('news constructions: trailing attributions and "according to"', () => {
  it('gives a clause before ", officials said" to the group, never to a company', () => {
    expect(indirect(1)).toEqual([[1, 'city officials', 'Twelve trucks were damaged in the storm']]);
    expect(indirect(2)).toEqual([[2, 'organizers', 'The festival drew more than 4,000 visitors this year']]);
    expect(inPara(3)).toEqual([]);
  });

  it('reads "according to" people, not reports', () => {
    expect(indirect(4).map(r => r[2])).toEqual(['The parade will go ahead on Saturday despite the rain']);
    expect(indirect(5)).toEqual([[5, 'a hospital spokesperson', 'Two patients remain in critical condition']]);
    expect(indirect(34)).toEqual([[34, 'fire officials', 'The fire started in the kitchen']]);
    expect(indirect(58)).toEqual([[58, 'two people briefed on the talks', 'The deal is worth $40 million']]);
    expect(inPara(59)).toEqual([]);
    expect(inPara(6)).toEqual([]);
    expect(inPara(38)).toEqual([]);
  });

  it('gives a clause to the speaker of the verb that governs it, and reads both sides of a parenthetical attribution', () => {
    expect(indirect(42)).toEqual([[42, 'the fire marshal', 'Investigators believe the fire was set deliberately']]);
    expect(indirect(40)).toEqual([
      [40, 'Wendell Abara', 'The money has already been spent'],
      [40, 'Wendell Abara', 'more is needed'],
    ]);
  });

  it('reads a trailing attribution with an adjunct or an addressee after the verb', () => {
    expect(indirect(32)).toEqual([[32, 'Oscar Lindqvist', 'The bridge will be closed for two weeks']]);
    expect(indirect(33)).toEqual([[33, 'engineers at the state agency', 'The dam is safe']]);
  });
});

describe('news constructions: group subjects', () => {
  it('keeps a relative clause or a place after the subject out of the way', () => {
    expect(indirect(7)).toEqual([[7, 'residents', 'the smell has worsened since spring']]);
    expect(indirect(8)).toEqual([[8, 'vendors', 'the permits are late']]);
    expect(indirect(9)).toEqual([[9, 'farmers in the valley', 'the drought has cut their yields in half']]);
    expect(indirect(10)).toEqual([[10, 'parents', 'the buses were often late']]);
    expect(indirect(41)).toEqual([[41, 'two people familiar with the matter', 'the sale could be announced next week']]);
    expect(indirect(43)).toEqual([[43, 'local business owners', 'the closure had cost them thousands']]);
    expect(indirect(35)).toEqual([
      [35, 'critics', 'the plan is a giveaway to developers'],
      [35, 'supporters', 'it will create jobs'],
    ]);
  });
});

describe('news constructions: verbs of saying', () => {
  it('skips adjuncts before "that" and the addressee of "told"', () => {
    expect(indirect(11)).toEqual([[11, 'Priya Nandakumar', 'the budget was "a fantasy."']]);
    expect(rows(inPara(11).filter(q => q.kind === 'direct'))).toEqual([[11, 'Priya Nandakumar', 'a fantasy.']]);
    expect(indirect(12)).toEqual([[12, 'Oscar Lindqvist', 'the pool would reopen in June']]);
    expect(indirect(13)).toEqual([[13, 'Oscar Lindqvist', 'the city could not afford the repairs']]);
    expect(indirect(14)).toEqual([[14, 'Wendell Abara', 'the cost was too high']]);
  });

  it('splits coordinated verbs of saying that share the subject', () => {
    expect(indirect(15)).toEqual([
      [15, 'Wendell Abara', 'the fund was nearly empty'],
      [15, 'Wendell Abara', 'pensions would be paid first'],
    ]);
    expect(indirect(16)).toEqual([
      [16, 'Oscar Lindqvist', 'the contract was fair'],
      [16, 'Oscar Lindqvist', 'talks would resume next week'],
    ]);
  });

  it('reads present-tense "says" and the usual feature attributions', () => {
    expect(indirect(22)).toEqual([[22, 'Felipe Ortiz', 'the plan will work']]);
    expect(rows(inPara(23))).toEqual([[23, 'Felipe Ortiz', 'We have waited long enough,']]);
    expect(indirect(24)).toEqual([[24, 'Felipe Ortiz', 'rents had doubled']]);
    expect(indirect(25)).toEqual([[25, 'Wendell Abara', 'the audit would be published in the fall']]);
    expect(indirect(26)).toEqual([[26, 'Priya Nandakumar', 'the council had been misled']]);
    expect(indirect(55)).toEqual([[55, 'Wendell Abara', 'the audit was late']]);
    expect(indirect(56)).toEqual([[56, 'Wendell Abara', 'the season was long']]);
    expect(indirect(57)).toEqual([[57, 'Wendell Abara', 'the repairs would cost $2 million']]);
    expect(indirect(39)).toEqual([[39, 'Oscar Lindqvist', 'the levy is unfair']]);
  });
});

describe('news constructions: names and roles', () => {
  it('never takes a party-state designation for a name', () => {
    expect(indirect(17)).toEqual([[17, 'Harriet Olmsted', 'the base would stay open']]);
    expect(indirect(18)).toEqual([[18, 'Marcus Delacroix', 'the vote would be close']]);
    expect(data.people.map(p => p.name).filter(n => /^[RDI]-/.test(n))).toEqual([]);
  });

  it('reads a quote attributed to a legislator with the designation after the name', () => {
    expect(rows(inPara(45))).toEqual([[45, 'Marcus Delacroix', 'We will fight this,']]);
    expect(rows(inPara(46))).toEqual([[46, 'Harriet Olmsted', 'The base is essential,']]);
  });

  it('takes a colon after the verb for a direct quote only', () => {
    expect(rows(inPara(47))).toEqual([[47, 'Harriet Olmsted', 'Proud of this team.']]);
  });

  it('resolves a possessive with an apposition, and the role later on', () => {
    expect(indirect(19)).toEqual([[19, 'Carla Mendes', 'her client had done nothing wrong']]);
    expect(indirect(20)).toEqual([[20, 'Carla Mendes', 'she would appeal the ruling']]);
    expect(indirect(21)).toEqual([[21, 'Ingrid Salvesen', 'the filing came too late']]);
  });
});

describe('news constructions: what stays unlabelled', () => {
  it('reports nothing after a negated verb, "said nothing" or "said yes", or a verb with no subject after it', () => {
    for (const n of [49, 50, 51, 52, 53]) expect(inPara(n), `paragraph ${n}`).toEqual([]);
  });

  it('ends the clause of ", who said …," at its closing comma', () => {
    expect(indirect(54)).toEqual([[54, 'Priya Nandakumar', 'she would retire']]);
  });

  it('leaves refusals, documents, statements, slogans and companies alone', () => {
    for (const n of [3, 6, 27, 28, 29, 30, 36, 37, 38, 44, 48]) expect(inPara(n), `paragraph ${n}`).toEqual([]);
    expect(inPara(31)).toEqual([]);
    expect((data.unattributed ?? []).filter(q => q.paragraph === 31).length).toBe(2);
  });
});
