/** Merging the places that tell one happening, and the excerpts events show. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/timeline/index.ts';
import { syntheticArticle } from './helpers/markdownArticle.ts';

describe('merging', () => {
  it('merges a key point and the body telling the same happening, keeping both paragraphs in order', () => {
    const events = extractEvents([
      syntheticArticle('2024-03-11', [
        'The central bank raised its main interest rate on Friday to curb stubborn inflation.',
        'Markets were calm.',
        'On Friday, the central bank raised its main interest rate by half a point, saying stubborn inflation had not eased.',
      ]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map(s => s.paragraph)).toEqual([1, 3]);
    expect(events[0]!.date).toBe('2024-03-08');
  });

  it('keeps different happenings of the same day apart', () => {
    const events = extractEvents([
      syntheticArticle('2024-12-07', [
        'Members of the governing party left parliament on Saturday ahead of the vote.',
        'A bill on a special prosecutor was narrowly voted down on Saturday.',
      ]),
    ]);
    expect(events.map(e => e.sources.map(s => s.paragraph))).toEqual([[1], [2]]);
  });

  it('never merges two embedded posts, even of the same day and topic', () => {
    const events = extractEvents([
      syntheticArticle('2016-09-19', [
        'Well that is a new emergency alert experience — Hayes Brown (@HayesBrown) September 19, 2016',
        'I did not sign up for the emergency alert system to be woken — N. K. Jemisin (@nkjemisin) September 19, 2016',
      ]),
    ]);
    expect(events).toHaveLength(2);
  });

  it('never merges across dates, nor undated mentions', () => {
    const events = extractEvents([
      syntheticArticle(null, ['The central bank raised its rate on Friday.', 'The central bank raised its rate on Friday.']),
    ]);
    expect(events).toHaveLength(2);
  });
});

describe('excerpts', () => {
  it('shows a short sentence whole, verbatim', () => {
    const [event] = extractEvents([syntheticArticle('2017-07-10', ['Markets fell. Trump met Putin on Friday at the summit. Talks went on.'])]);
    expect(event!.text).toBe('Trump met Putin on Friday at the summit.');
  });

  it('cuts a long sentence to the clauses around its expression, taking back a subject lost to an apposition', () => {
    const text =
      'Sondland, a wealthy hotelier the president tapped as his ambassador, is more directly entangled than any ' +
      'witness yet in the efforts to investigate rivals in the 2016 election, while others, including several career ' +
      'diplomats and two senior officials from the budget office, testified that they had raised concerns repeatedly, ' +
      'according to transcripts released by the committee last week.';
    const events = extractEvents([syntheticArticle('2019-11-20', [text])]);
    const election = events.find(e => e.date === '2016')!;
    expect(text).toContain(election.text);
    expect(election.text.startsWith('Sondland,')).toBe(true);
    expect(election.text).not.toContain('last week');
    const lastWeek = events.find(e => e.expression === 'last week')!;
    expect(lastWeek.text).toContain('transcripts released by the committee last week');
    expect(lastWeek.text.length).toBeLessThan(text.length);
  });

  it('shows the whole post for the date line of an embedded post', () => {
    const post = 'Meth. We are on it. Really? pic.twitter.com/abc — Some One (@someone) November 18, 2019';
    const [event] = extractEvents([syntheticArticle('2019-11-19', [post])]);
    expect(event!.text).toBe(post);
    expect(event!.date).toBe('2019-11-18');
  });
});
