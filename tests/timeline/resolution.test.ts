/** Synthetic cases, one per resolution rule of issue #4 and the devset conventions. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/timeline/index.ts';
import type { TimelineEvent } from '../../src/timeline/types.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

/** Events of a one-paragraph article published on `published`. */
function eventsOf(published: string | null, text: string): TimelineEvent[] {
  return extractEvents([syntheticArticle(published, [text])]);
}
function only(published: string | null, text: string): TimelineEvent {
  const events = eventsOf(published, text);
  expect(events, text).toHaveLength(1);
  return events[0]!;
}
const dateOf = (published: string | null, text: string) => only(published, text).date;

// 2017-07-10 is a Monday; 2024-12-07 a Saturday; 2019-11-20 a Wednesday.
describe('weekdays', () => {
  it('in a past-tense sentence: the most recent such day before publication', () => {
    expect(dateOf('2017-07-10', 'Trump met Putin on Friday.')).toBe('2017-07-07');
    expect(dateOf('2024-12-07', 'Officials said Friday that the order had been drafted.')).toBe('2024-12-06');
    expect(dateOf('2024-12-07', 'He declared martial law around 10:30 p.m. Tuesday.')).toBe('2024-12-03');
  });

  it('in a future-tense sentence: the next one', () => {
    expect(dateOf('2019-11-20', 'said Hill, who will testify Thursday.')).toBe('2019-11-21');
    expect(dateOf('2024-12-07', 'Lawmakers said they would come back to it on Wednesday.')).toBe('2024-12-11');
    expect(dateOf('2017-07-10', 'The committee is expected to vote on Friday.')).toBe('2017-07-14');
    expect(dateOf('2017-07-10', 'The hearing will be held Thursday.')).toBe('2017-07-13');
  });

  it('equal to the publication weekday: the publication date itself, past or future', () => {
    expect(dateOf('2024-12-07', 'Members left parliament on Saturday.')).toBe('2024-12-07');
    expect(dateOf('2017-07-10', 'He will speak Monday.')).toBe('2017-07-10');
  });

  it('never chrono\'s closest day: a past Friday read on a Saturday is the day before, not a week on', () => {
    expect(dateOf('2017-07-08', 'The report was released on Wednesday.')).toBe('2017-07-05');
  });

  it('"last" and "next" force the direction', () => {
    expect(dateOf('2017-07-10', 'They met last Monday.')).toBe('2017-07-03');
    expect(dateOf('2017-07-10', 'They meet next Monday.')).toBe('2017-07-17');
  });

  it('keeps the part of day as a modifier, with the day as date', () => {
    const late = only('2017-07-10', 'Trump tweeted late Sunday that it would not happen.');
    expect([late.date, late.expression, late.modifier, late.precision]).toEqual(['2017-07-09', 'late Sunday', 'late', 'day']);
    const night = only('2017-07-10', 'The statement came Sunday night.');
    expect([night.date, night.modifier]).toEqual(['2017-07-09', 'night']);
    const early = only('2024-12-07', 'He lifted the order early Wednesday.');
    expect([early.date, early.modifier]).toEqual(['2024-12-04', 'early']);
  });

  it('a weekend is its Sunday; an indefinite "a weekend" is no date', () => {
    expect(dateOf('2019-11-20', 'Over the weekend, Trump assailed her.')).toBe('2019-11-17');
    expect(eventsOf('2017-07-10', 'After a weekend of criticism, he backed down.')).toHaveLength(0);
  });
});

describe('days named otherwise', () => {
  it('today, yesterday, this morning', () => {
    expect(dateOf('2015-01-14', 'He released the statement today.')).toBe('2015-01-14');
    expect(dateOf('2015-01-14', 'For him yesterday to hold up Camden as an example?')).toBe('2015-01-13');
    expect(dateOf('2015-01-14', 'In an interview published this morning, he spoke.')).toBe('2015-01-14');
  });

  it('a month and day without a year: the most recent one, or the next one for a future event', () => {
    expect(dateOf('2019-11-20', 'He asked about the July 25 call.')).toBe('2019-07-25');
    expect(dateOf('2019-11-20', 'The envoy is likely to face questions about the July 25 call.')).toBe('2019-07-25');
    expect(dateOf('2019-11-20', 'The vote will take place on Dec. 3.')).toBe('2019-12-03');
    expect(dateOf('2019-11-20', 'The vote took place on Dec. 3.')).toBe('2018-12-03');
  });

  it('a full date keeps its year', () => {
    const e = only('2016-09-19', 'Well that is new — Hayes Brown (@HayesBrown) September 19, 2016');
    expect([e.date, e.precision]).toEqual(['2016-09-19', 'day']);
  });
});

describe('months and years', () => {
  it('year-only expressions, lists and "since"', () => {
    expect(dateOf('2017-07-10', 'He met a lawyer in 2016.')).toBe('2016');
    expect(only('2017-07-10', 'He met a lawyer in 2016.').precision).toBe('year');
    expect(dateOf('2019-11-20', 'Democrats in the 2016 election.')).toBe('2016');
    expect(dateOf('2024-12-07', 'It was South Korea’s first since 1980.')).toBe('1980');
    expect(eventsOf('2015-01-14', 'He backed Paul in 2008 and 2012.').map(e => e.date)).toEqual(['2008', '2012']);
  });

  it('relative years, months and weeks have the precision of the devset rules', () => {
    const cases: [string, string, string][] = [
      ['Russia interfered with the election last year.', '2016', 'year'],
      ['The state has paid $449,000 so far this year.', '2017', 'year'],
      ['Storms hit earlier this year.', '2017', 'year'],
      ['Motherboard reported last month that carriers rebelled.', '2017-06', 'month'],
      ['Prices rose earlier this month.', '2017-07', 'month'],
      ['Parties began proceedings this week.', '2017-07', 'month'],
      ['Holmes testified last week.', '2017-07', 'month'],
      ['The board met the previous week.', '2017-07', 'month'],
    ];
    for (const [text, date, precision] of cases) {
      const e = only('2017-07-10', text);
      expect([e.date, e.precision], text).toEqual([date, precision]);
    }
    expect(dateOf('2017-07-03', 'Holmes testified last week.')).toBe('2017-06');
    const end = only('2017-07-10', 'At the end of last year, the debt stood at $31 trillion.');
    expect([end.date, end.precision, end.modifier]).toEqual(['2016', 'year', 'end']);
  });

  it('a month without a year: the most recent one (the next one for a future event)', () => {
    expect(dateOf('2019-11-20', 'He witnessed a key September conversation in Warsaw.')).toBe('2019-09');
    expect(dateOf('2019-02-21', 'The department repaired 75 breaks in January.')).toBe('2019-01');
    expect(dateOf('2019-02-21', 'Even this past January, there were 750 leaks.')).toBe('2019-01');
    expect(dateOf('2019-11-20', 'The trial will open in January.')).toBe('2020-01');
    const late = only('2019-02-21', 'During a polar vortex in late January, temperatures fell.');
    expect([late.date, late.precision, late.modifier]).toEqual(['2019-01', 'month', 'late']);
  });

  it('seasons tied to a year; recurring ones are not dates', () => {
    const summer = only('2017-07-10', 'They first met last summer.');
    expect([summer.date, summer.modifier]).toEqual(['2016', 'summer']);
    expect(eventsOf('2019-02-21', 'Winter can also bring an increase in gas-line breakages.')).toHaveLength(0);
    expect(eventsOf('2019-02-21', 'During peak pothole-repair season in early March, that number can expand.')).toHaveLength(0);
  });
});

describe('not events', () => {
  it('numbers that are not dates', () => {
    const text =
      'At the G-20 summit, leaders pledged $6 billion to 12,500 farmers; a 5’6” 200-pound male was seen; call 9-1-1; ' +
      'the 2,016 votes and 1,980 ballots were counted, open 24/7, with 1999 people present.';
    expect(eventsOf('2017-07-10', text)).toEqual([]);
  });

  it('vague periods, durations, dates counted from another event, comparisons', () => {
    for (const text of [
      'Decisions dating back to the 1970s shaped it.',
      'In the late 1800s, utilities were buried.',
      'The agency has invested $1 billion in the past five years.',
      'They sent the alert within 48 hours.',
      'Approval was down from 19% a week earlier.',
      'Four years later, the technology has the same limits.',
      'Houses are selling for less than they did a quarter century ago.',
      'Houses sell for less than they did 25 years ago.',
    ]) {
      expect(eventsOf('2017-07-10', text), text).toEqual([]);
    }
  });

  it('title-case names and people called May are not dates', () => {
    expect(eventsOf('2017-07-10', 'Mnuchin spoke on the show "This Week" about the plan.')).toEqual([]);
    expect(eventsOf('2017-07-10', 'Theresa May said the plan was sound.')).toEqual([]);
  });

  it('days that are names, any weekday, identifiers that look like years', () => {
    for (const text of [
      'The Sunday Times reported that the deal was done.',
      'Black Friday sales rose 5%.',
      'Super Tuesday is a key date.',
      'Christmas Day fell on a Sunday.',
      'Route 2016 was closed, and Flight 2017 was late.',
      'The sun rose and they sat down.',
      'The rally at 2000 Pennsylvania Avenue drew a crowd.',
      "He appeared on NBC's Today show.",
    ]) {
      expect(eventsOf('2019-11-20', text), text).toEqual([]);
    }
    // a particular date after "a" stays: "a July 10 meeting"
    expect(dateOf('2019-11-20', 'He testified about a July 10 meeting at the White House.')).toBe('2019-07-10');
  });
});

describe('articles without a publication date', () => {
  it('keep relative expressions relative (date null, precision unknown) and absolute ones dated', () => {
    const events = eventsOf(null, 'Trump met Putin on Friday. He had met the lawyer in 2016. The election was last year.');
    const relative = events.filter(e => e.date === null);
    expect(relative.map(e => e.expression)).toEqual(['on Friday', 'last year']);
    expect(relative.every(e => e.precision === 'unknown')).toBe(true);
    expect(events.find(e => e.expression === 'in 2016')?.date).toBe('2016');
  });

  it('order undated events by position, after the dated ones', () => {
    const events = extractEvents([syntheticArticle(null, ['He left on Tuesday.', 'She arrived on Monday.', 'It began in 1999.'])]);
    expect(events.map(e => e.expression)).toEqual(['in 1999', 'on Tuesday', 'on Monday']);
  });
});
