/**
 * Date phrases of unseen news prose (issue 12), one invented sentence each: decades, quarters, years with an
 * apostrophe, seasons of one year, the weekend as a noun, modal and expectation verbs, day-month order, a date after
 * "the evening of", holidays, year ranges, "a month away", and words that only look like dates.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/timeline/index.ts';
import { easter } from '../../src/timeline/parsers/holiday.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

// 2024-03-19 is a Tuesday.
const PUB = '2024-03-19';
const events = (text: string, published = PUB) => extractEvents([syntheticArticle(published, [text])]).map(e => [e.expression, e.date]);
const dates = (text: string, published = PUB) => events(text, published).map(e => e[1]);

describe('timeline: periods counted from publication', () => {
  it('reads decades ago as a year and "a month away" as the coming month', () => {
    expect(events('The plant closed a decade ago.')).toEqual([['a decade ago', '2014']]);
    expect(dates('The mill shut two decades ago.')).toEqual(['2004']);
    expect(dates('Rents are lower than they were less than a decade ago.')).toEqual([]);
    expect(dates('The mine closed nearly a decade ago.')).toEqual(['2014']); // an approximate date, not a comparison
    expect(dates('The mine closed more than two years ago.')).toEqual(['2022']);
    expect(events('The election is a month away.')).toEqual([['a month away', '2024-04']]);
  });

  it('reads a quarter of the year by tense, or by the year it names', () => {
    expect(dates('Sales fell in the second quarter.')).toEqual(['2023']);
    expect(dates('Sales will recover in the second quarter.')).toEqual(['2024']);
    expect(dates('Profit doubled in the first quarter of 2022.')).toEqual(['2022']);
    expect(dates('The team trailed in the fourth quarter of the game.')).toEqual([]);
  });
});

describe('timeline: years', () => {
  it("reads a year with an apostrophe and both years of a range", () => {
    expect(events("The team last won the title in '91.")).toEqual([["in '91", '1991']]);
    expect(dates('The 1998-2001 drought ruined farms.')).toEqual(['1998', '2001']);
    expect(dates('The 2015-16 season was long.')).toEqual([]);
  });
});

describe('timeline: tense and forward-looking verbs', () => {
  it('lets modals and expectation verbs look forward like "will"', () => {
    expect(dates('The bridge should reopen by mid-April, officials said.')).toEqual(['2024-04']);
    expect(dates('The agency expects a decision in May.')).toEqual(['2024-05']);
    expect(dates('The agency made a decision in May.')).toEqual(['2023-05']);
  });

  it('picks the year of a month and day from the tense', () => {
    expect(dates('The two leaders will meet on April 1.', '2015-03-10')).toEqual(['2015-04-01']);
    expect(dates('The two leaders met on December 30.', '2015-01-10')).toEqual(['2014-12-30']);
  });

  it('reads one season of a past or future clause, never a recurring one', () => {
    expect(dates('Crews worked on the line during the summer.')).toEqual(['2023']);
    expect(dates('Crews will work on the line during the summer.')).toEqual(['2024']);
    expect(dates('Pipes usually freeze during the winter.')).toEqual([]);
  });
});

describe('timeline: days', () => {
  it('reads day-month order and a date after "the evening of"', () => {
    expect(dates('On the night of 14 March, the dam broke.')).toEqual(['2024-03-14']);
    expect(dates('The storm hit on the evening of March 3, 2023.')).toEqual(['2023-03-03']);
  });

  it('reads holidays by tense, with "the day after"', () => {
    expect(easter(2019)).toEqual({ y: 2019, m: 4, d: 21 });
    expect(events('On Thanksgiving, the family gathered.')).toEqual([['Thanksgiving', '2023-11-23']]);
    expect(dates('The shop closed on Christmas Eve.')).toEqual(['2023-12-24']);
    expect(dates("Fireworks lit the sky on New Year's Day.")).toEqual(['2024-01-01']);
    expect(dates('The crew sailed the day after Easter.', '2019-05-12')).toEqual(['2019-04-22']);
    expect(dates('The store will reopen on Christmas Eve.')).toEqual(['2024-12-24']);
    expect(dates('Shoppers buy fresh fish for Easter, a peak time of year.')).toEqual([]);
    expect(dates('She hung the Christmas lights.')).toEqual([]);
  });

  it('reads the weekend as a noun before another noun', () => {
    expect(dates('He said so in a weekend interview.')).toEqual(['2024-03-17']);
    expect(dates('After a weekend of criticism, he resigned.')).toEqual([]);
  });

  it('adds no date for words that only look like dates', () => {
    expect(events('The two sat down together on Friday.')).toEqual([['on Friday', '2024-03-15']]);
    expect(dates('The sun rose over the square.')).toEqual([]);
    expect(dates('Protesters march to the capitol and may stay.')).toEqual([]);
  });
});
