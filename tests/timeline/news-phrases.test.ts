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
