/**
 * Date phrases of real news prose beyond the list (issue 12), one invented sentence each: what is a dated
 * happening, what only looks like one (recurring days, "today" meaning nowadays), and what the tense of the clause
 * decides.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/timeline/index.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

// 2024-03-19 is a Tuesday.
const PUB = '2024-03-19';
const events = (text: string, published = PUB) => extractEvents([syntheticArticle(published, [text])]).map(e => [e.expression, e.date]);
const dates = (text: string, published = PUB) => events(text, published).map(e => e[1]);

describe('timeline: months of one year or of every year', () => {
  it('keeps a month told in the past tense even when the sentence speaks of a season', () => {
    expect(dates('November marked the start of the stranding season, with a surge of cases.', '2019-01-03')).toEqual(['2018-11']);
    expect(dates('In November, the hunting season began with a record catch.', '2019-01-03')).toEqual(['2018-11']);
  });

  it('drops a month of every year', () => {
    expect(dates('During peak skiing season in early February, the lifts run all night.')).toEqual([]);
    expect(dates('Pipes usually freeze in January.')).toEqual([]);
  });
});

describe('timeline: recurring weekdays', () => {
  it('drops a weekday said of every week', () => {
    expect(dates('Trash piles up on the sidewalk on Monday mornings.')).toEqual([]);
    expect(dates('The market opens on Sundays.')).toEqual([]);
    expect(events('Trash piled up on Monday morning.')).toEqual([['on Monday morning', '2024-03-18']]);
  });
});

describe('timeline: today', () => {
  it('is the publication day for a happening, and no date when it means nowadays', () => {
    expect(dates('The governor released a statement today.')).toEqual(['2024-03-19']);
    expect(dates('The council will vote today.')).toEqual(['2024-03-19']);
    expect(dates('The firm, which today is worth billions, began in a garage.')).toEqual([]);
    expect(dates('“We’re having to put up with a lot of anger today,” she said.')).toEqual([]);
  });
});

describe('timeline: periods counted ahead of publication', () => {
  it('reads "in a fortnight", "in two weeks\' time", "in ten days" in a clause about what is to come', () => {
    expect(events('The government wants the bill passed before the chamber rises in a fortnight.', '2015-03-13')).toEqual([['in a fortnight', '2015-03']]);
    expect(dates('The agency will decide in two weeks.')).toEqual(['2024-04']);
    expect(dates('The vote will take place in two weeks\u2019 time.')).toEqual(['2024-04']);
    expect(dates('The verdict is expected in 10 days.')).toEqual(['2024-03-29']);
    expect(dates('The line will reopen in three months.')).toEqual(['2024-06']);
    expect(dates("The plant will reopen in a year's time.")).toEqual(['2025']);
  });

  it('leaves durations and comparisons alone', () => {
    expect(dates('The company sold out in two weeks.')).toEqual([]);
    expect(dates('The bill must pass within two weeks.')).toEqual([]);
    expect(dates('Prices are at their highest level in a year.')).toEqual([]);
    expect(dates('It will be the first rally in two years.')).toEqual([]);
  });

  it('reads "a fortnight ago" by its month', () => {
    expect(events('The bridge closed a fortnight ago.')).toEqual([['a fortnight ago', '2024-03']]);
  });

  it('reads the end of the current year or month in a clause about now or later, not in a past one', () => {
    expect(dates('The agency wants the work done by the end of the year.')).toEqual(['2024']);
    expect(dates("The plant will close by year's end.")).toEqual(['2024']);
    expect(dates('The report is due at the end of the month.')).toEqual(['2024-03']);
    expect(dates('In 2019 sales grew, and by the end of the year they had doubled.')).toEqual(['2019']);
    expect(dates('The minister spoke at the start of the year.')).toEqual(['2024']);
    expect(dates('By the end of the year, the firm had lost half its value.')).toEqual([]);
  });
});

describe('timeline: tense around the date', () => {
  it('reads a weekday that qualifies a noun by the verb after the noun', () => {
    expect(dates("Monday's vote was close.")).toEqual(['2024-03-18']);
    expect(dates('The Monday vote was close.')).toEqual(['2024-03-18']);
    expect(dates("Monday's vote will decide the race.")).toEqual(['2024-03-25']);
  });

  it('lets plural expectation verbs look forward, and a noun like "a rate cut" is no past verb', () => {
    expect(dates('Analysts predict a rate cut in June.')).toEqual(['2024-06']);
    expect(dates('Traders forecast a rebound in May.')).toEqual(['2024-05']);
  });

  it('reaches a whole year ahead with "will", half a year for a date that names a thing or a "would" report', () => {
    expect(dates('The two leaders will meet on December 30.', '2015-01-10')).toEqual(['2015-12-30']);
    expect(dates('The law will take effect in December.')).toEqual(['2024-12']);
    expect(dates('The envoy is likely to face questions about the mayor’s October 2 call.')).toEqual(['2023-10-02']);
    expect(dates('The firm said it would decide on December 30.', '2015-01-10')).toEqual(['2014-12-30']);
  });

  it('drops "the previous week" counted from another past event, keeps it counted from publication', () => {
    expect(dates('The previous week, the budget office had warned of a shortfall.')).toEqual([]);
    expect(dates('The factory closed the previous week.')).toEqual(['2024-03']);
  });
});

describe('timeline: one happening per set of date words', () => {
  it('keeps apart paragraphs that give the same month in other date words', () => {
    const list = extractEvents([
      syntheticArticle('2015-03-13', [
        'The government wants the data bill passed before the chamber rises in a fortnight.',
        'The data bill will be debated by the government in the chamber this week.',
      ]),
    ]);
    expect(list.map(e => [e.expression, e.sources.map(s => s.paragraph)])).toEqual([
      ['in a fortnight', [1]],
      ['this week', [2]],
    ]);
  });
});

describe('timeline: more verbs and states around a date', () => {
  it('reads a plain verb after "will" as future, and a present state "until" a date as looking forward', () => {
    expect(dates('The company said it will cut 500 jobs on Monday.')).toEqual(['2024-03-25']);
    expect(dates('The museum is closed until Sunday.')).toEqual(['2024-03-24']);
    expect(dates('The museum stayed closed until Sunday.')).toEqual(['2024-03-17']);
    expect(dates('The exhibit runs until June.')).toEqual(['2024-06']);
    expect(dates('At the end of February, the firm cut prices.')).toEqual(['2024-02']);
  });
});

describe('timeline: numeric dates with a year', () => {
  it('reads month/day/year, day first when the first number is no month, and nothing without a year', () => {
    expect(dates('The filing, dated 3/5/2024, listed debts.')).toEqual(['2024-03-05']);
    expect(dates('The will was signed 25/12/2023.')).toEqual(['2023-12-25']);
    expect(dates('The store is open 24/7 since the 9/11 attacks.')).toEqual([]);
  });
});

describe('timeline: words that only look like dates', () => {
  it('adds no date for "wed", "sat", "sun", "march" or "may" as ordinary words', () => {
    expect(dates('The couple wed in a small chapel.')).toEqual([]);
    expect(dates('Delegates sat through long speeches.')).toEqual([]);
    expect(dates('Farmers dried the grain in the sun.')).toEqual([]);
    expect(dates('Students will march to the statehouse.')).toEqual([]);
    expect(dates('The board may vote soon.')).toEqual([]);
    expect(dates('The board may vote in May.')).toEqual(['2024-05']);
  });
});

describe('timeline: Election Day', () => {
  it('is the Tuesday after the first Monday of November', () => {
    expect(dates('The senator lost her seat on Election Day.')).toEqual(['2023-11-07']);
    expect(dates('Voters will decide on Election Day.')).toEqual(['2024-11-05']);
  });
});

describe('timeline: national days, "since May", ranges of weekdays, counts that look like years', () => {
  it('reads national days of English-speaking countries', () => {
    expect(dates('Veterans marched on Anzac Day.')).toEqual(['2023-04-25']);
    expect(dates('Crowds gathered on Australia Day.')).toEqual(['2024-01-26']);
    expect(dates('The band played on Bastille Day.')).toEqual(['2023-07-14']);
  });

  it('reads "May" after a preposition as the month, never the modal', () => {
    expect(dates('He has been in office since May.')).toEqual(['2023-05']);
    expect(dates('The tax is frozen until May.')).toEqual(['2024-05']);
    expect(dates('Since then he may have left.')).toEqual([]);
  });

  it('keeps a range of weekdays in order', () => {
    expect(dates('The council met Monday through Wednesday.')).toEqual(['2024-03-11', '2024-03-13']);
  });

  it('reads no year in a vote count', () => {
    expect(dates('The motion passed 2020 to 15.')).toEqual([]);
    expect(dates('Output grew from 2010 to 2015.')).toEqual(['2010', '2015']);
  });
});

describe('timeline: a future weekday that follows something else', () => {
  it('is strictly after publication when the clause opens with "then"', () => {
    // 2024-03-15 is a Friday
    expect(dates('The bill will be debated this week. Then, on Friday, bosses will face the committee.', '2024-03-15')).toEqual(['2024-03-22', '2024-03']); // timeline order: a day before its month
    expect(dates('Bosses will face the committee on Friday.', '2024-03-15')).toEqual(['2024-03-15']);
  });
});

describe('timeline: periods a figure is compared with, and titles of laws', () => {
  it('adds no event for the period of comparison, keeps a figure of a period', () => {
    expect(dates('The chain had 100 brands, double the number in 2017.')).toEqual([]);
    expect(dates('Sales were higher than in 2019.')).toEqual([]);
    expect(dates('Sales rose 5% compared with 2022.')).toEqual([]);
    expect(dates('The firm sold more than 500 cars in 2019.')).toEqual(['2019']);
  });

  it('reads no year in the title of a law', () => {
    expect(dates('Funds are regulated under the Trust Company Act of 1950.')).toEqual([]);
  });
});

describe('timeline: vague counts and days counted from a holiday', () => {
  it('adds no event for "a few years ago" or "days before Christmas"', () => {
    expect(dates('The plant closed a few years ago.')).toEqual([]);
    expect(dates('The plant closed several weeks ago.')).toEqual([]);
    expect(dates('The plant closed two years ago.')).toEqual(['2022']);
    expect(dates('Just days before Christmas, the plant closed.')).toEqual([]);
  });
});

describe('timeline: reported speech and awaited happenings', () => {
  it('reads each date of a reported sentence by its own clause', () => {
    expect(dates('He said Tuesday that the company would announce results Thursday.')).toEqual(['2024-03-19', '2024-03-21']);
    expect(dates('Officials announced Monday that the bridge, which closed in January, would reopen in April.')).toEqual(['2024-01', '2024-03-18', '2024-04']);
  });

  it('looks forward for a modal after a dated noun and for an awaited happening', () => {
    expect(dates("Sunday's election could change everything.")).toEqual(['2024-03-24']);
    expect(dates("Investors are awaiting Wednesday's rate decision.")).toEqual(['2024-03-20']);
    expect(dates("Thursday's storm knocked out power.")).toEqual(['2024-03-14']);
  });
});

describe('timeline: everyday news phrases', () => {
  it('reads periods named from publication', () => {
    expect(events('The council approved the plan earlier this month.')).toEqual([['earlier this month', '2024-03']]);
    expect(events('The garden was planted last spring.')).toEqual([['last spring', '2023']]);
    expect(events('The school will reopen this fall.')).toEqual([['this fall', '2024']]);
    expect(events('Crowds gathered on Monday night.')).toEqual([['on Monday night', '2024-03-18']]);
    expect(dates('Fans gathered last weekend.')).toEqual(['2024-03-17']);
    expect(dates('The hearing will resume next Tuesday.')).toEqual(['2024-03-26']);
    expect(dates('Prices rose late last month.')).toEqual(['2024-02']);
    expect(dates('The storm hit three weeks ago.')).toEqual(['2024-02']);
  });

  it('reads the date of a dateline and full dates in either order', () => {
    expect(dates('LONDON, March 18 (Reuters) - Prices rose sharply.')).toEqual(['2024-03-18']);
    expect(dates('The treaty was signed on 5 January 2021.')).toEqual(['2021-01-05']);
    expect(dates('Rioters stormed the building on Jan. 6, 2021.')).toEqual(['2021-01-06']);
    expect(dates('The trial opens Tuesday, March 26.')).toEqual(['2024-03-26']);
  });

  it('adds nothing for vague, counted or non-date phrases', () => {
    expect(dates('A decision is expected in the coming weeks.')).toEqual([]);
    expect(dates('The mayor had spoken the day before.')).toEqual([]);
    expect(dates('Two years later, the firm collapsed.')).toEqual([]);
    expect(dates('Police had arrived a day earlier.')).toEqual([]);
    expect(dates('A 10-year-old boy was hurt.')).toEqual([]);
    expect(dates('He was sentenced to a 10-year term.')).toEqual([]);
    expect(dates('The band was popular in the 1990s.')).toEqual([]);
    expect(dates('Prices have climbed in recent weeks.')).toEqual([]);
    expect(dates('Power was cut in 2,000 homes.')).toEqual([]);
  });
});

describe('timeline: seasons to come', () => {
  it('reads "by summer" and "in the spring" of a future clause as the coming season, this year\'s while it lasts', () => {
    expect(dates('The park will reopen by summer.')).toEqual(['2024']);
    expect(dates('The park will reopen by the summer.')).toEqual(['2024']);
    expect(dates('The trail will reopen in the spring.')).toEqual(['2024']);
    expect(dates('The trail will reopen in the winter.', '2024-11-05')).toEqual(['2025']);
    expect(dates('The trail closed until summer.')).toEqual([]);
  });
});
