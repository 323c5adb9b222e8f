import { describe, expect, it } from 'vitest';
import { answerType, holdsAnswerType } from '../../src/search/answer-type.ts';

describe('answer types of questions', () => {
  it.each([
    ['How many potholes were filled?', 'count'],
    ['How much did it cost?', 'amount'],
    ['How long did the blackout last?', 'duration'],
    ['When did the mayor resign?', 'time'],
    ['Who called it a disgrace?', 'person'],
    ['Where was he arrested?', 'place'],
    ['Why did the vote fail?', null],
  ])('%s -> %s', (q, type) => {
    expect(answerType(q)).toBe(type);
  });

  it('recognises paragraphs that hold the wanted kind of answer', () => {
    expect(holdsAnswerType('The outage lasted six hours.', 'duration')).toBe(true);
    expect(holdsAnswerType('The outage lasted a while.', 'duration')).toBe(false);
    expect(holdsAnswerType('The state spent nearly half a million dollars on it.', 'amount')).toBe(true);
    expect(holdsAnswerType('It rose 4% in a year.', 'amount')).toBe(true);
    expect(holdsAnswerType('The council met on Tuesday.', 'time')).toBe(true);
    expect(holdsAnswerType('The council met recently.', 'time')).toBe(false);
    expect(holdsAnswerType('Mayor Jane Smith spoke.', 'person')).toBe(true);
    expect(holdsAnswerType('He was found in Linden.', 'place')).toBe(true);
  });
});
