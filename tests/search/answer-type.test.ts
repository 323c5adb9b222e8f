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
    ['Why did the vote fail?', 'reason'],
    ['What caused the blackout?', 'reason'],
    ['Which countries signed the pact?', 'place'],
    ['Which Republican state senator attacked the plan?', 'person'],
    ['Which minister stepped down?', 'person'],
    ['Which advertising firm made the ads?', 'name'],
    ['What did the mayor say?', null],
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
    expect(holdsAnswerType('The vote failed because two members were absent.', 'reason')).toBe(true);
    expect(holdsAnswerType('The vote failed on Tuesday.', 'reason')).toBe(false);
    expect(holdsAnswerType('The ads were made by the agency, Brightline Partners.', 'name')).toBe(true);
  });

  it('takes a name the question itself holds for no answer', () => {
    const q = 'Which senator attacked Mayor Oda?';
    expect(holdsAnswerType('Mayor Ken Oda spoke on Tuesday.', 'person', q)).toBe(true); // "Ken" is new
    expect(holdsAnswerType('Mayor Oda left early.', 'person', q)).toBe(false);
    expect(holdsAnswerType('Sen. Lia Brandt attacked Mayor Oda.', 'person', q)).toBe(true);
  });
});
