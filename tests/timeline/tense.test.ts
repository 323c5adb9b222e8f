/** The tense rules that choose between the last and the next weekday (tenseAt), with the sentences they decide. */
import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../src/timeline/tense.ts';

/** Tense around the first occurrence of `expression` in `sentence`. */
function tense(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  expect(start, `${expression} in ${sentence}`).toBeGreaterThanOrEqual(0);
  return tenseAt(sentence, start, start + expression.length);
}

describe('tenseAt', () => {
  it('reads the verb group before the expression', () => {
    expect(tense('Lee said Friday that democracy was being wrecked.', 'Friday')).toBe('past');
    expect(tense('said Hill, who will testify Thursday.', 'Thursday')).toBe('future');
    expect(tense('they would come back to it on Wednesday, amid anger.', 'on Wednesday')).toBe('future');
    expect(tense('He said he would have gone on Friday.', 'on Friday')).toBe('past');
    expect(tense('The hearing will be held Thursday.', 'Thursday')).toBe('future');
    expect(tense('The suspect was arrested Saturday.', 'Saturday')).toBe('past');
    expect(tense('The Senate is scheduled to vote Thursday.', 'Thursday')).toBe('future');
    expect(tense('The rally is planned for Sunday.', 'Sunday')).toBe('future');
  });

  it('reads the verb after a sentence-initial adverbial', () => {
    expect(tense('But on Sunday, his son issued a statement.', 'on Sunday')).toBe('past');
    expect(tense('On Thursday, the Fed is expected to raise rates.', 'On Thursday')).toBe('future');
  });

  it('never takes a capitalised name for a verb ("the Fed" is not "fed")', () => {
    expect(tense('On Thursday, the Fed will decide.', 'On Thursday')).toBe('future');
  });

  it('takes the simple present of schedule verbs, "is to" and a bare copula as plans', () => {
    expect(tense('The trial begins Monday in Manhattan.', 'Monday')).toBe('future');
    expect(tense('Voters head to the polls Tuesday.', 'Tuesday')).toBe('future');
    expect(tense('The CEO is to testify Friday.', 'Friday')).toBe('future');
    expect(tense('The vote is Tuesday.', 'Tuesday')).toBe('future');
    expect(tense('Stocks rallied ahead of Friday’s jobs report.', 'Friday')).toBe('future');
    expect(tense('He did not return calls Monday.', 'Monday')).toBe('past');
  });

  it('leaves other present-tense sentences as present (resolved like the past)', () => {
    expect(tense('His appearance follows the testimony Tuesday of four officials.', 'Tuesday')).toBe('present');
  });
});
