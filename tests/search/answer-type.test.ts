import { describe, expect, it } from 'vitest';
import { answerType, holdsAnswerType, personNames } from '../../src/search/answer-type.ts';

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
    ['Which countries signed the pact?', 'places'],
    ['Which city hosted the summit?', 'place'],
    ['Which Republican state senator attacked the plan?', 'person'],
    ['Which state agency ran the tests?', 'name'],
    ['Which ruling-party leader called for a vote?', 'person'],
    ['What will a yearly plan cost new users?', 'amount'],
    ['What year did the bridge open?', 'time'],
    ['By how much did rents rise?', 'amount'],
    ['In which city did it happen?', 'place'],
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
    // A name that shares a word with the question is the person asked about, not the answer.
    expect(holdsAnswerType('Mayor Ken Oda spoke on Tuesday.', 'person', q)).toBe(false);
    expect(holdsAnswerType('Mr Oda and his deputy left early.', 'person', q)).toBe(false);
    expect(holdsAnswerType('Mayor Oda left early.', 'person', q)).toBe(false);
    expect(holdsAnswerType('Sen. Lia Brandt attacked Mayor Oda.', 'person', q)).toBe(true);
  });

  it('tells people from organisations, places and titles', () => {
    expect(personNames('State Sen. Lia Brandt (D-Essex) said the Democratic Party would decide.')).toEqual([['lia', 'brandt']]);
    expect(personNames('The Harbour Council met at Pine Street Hall in New Carlow.')).toEqual([]);
    expect(personNames('Mr Ferreira told the Coastal Ledger that Ms. Oyelaran-Bakr agreed.')).toEqual([['ferreira'], ['oyelaran-bakr']]);
    expect(personNames('Assistant District Attorney Nadia Brill told the court.')).toEqual([['nadia', 'brill']]);
    // A team or a band takes an article; a slogan is made of function words.
    expect(personNames('The Quayside Rovers printed scarves reading \u201cKeep It Here.\u201d')).toEqual([]);
    expect(personNames('The Rev. Amos Duda spoke.')).toEqual([['amos', 'duda']]);
  });

  it('finds places in lower case, lists of places, and amounts in millions', () => {
    expect(holdsAnswerType('His lawyer said he had been at his cousin\u2019s apartment across town.', 'place', 'Where was he?')).toBe(true);
    expect(holdsAnswerType('He said he had been asleep.', 'place', 'Where was he?')).toBe(false);
    expect(holdsAnswerType('He was arrested in Port Alder on Monday.', 'place', 'Where was he arrested?')).toBe(true);
    expect(holdsAnswerType('He arrived in March.', 'place', 'Where was he arrested?')).toBe(false);
    expect(holdsAnswerType('Envoys from Chile, Norway and South Africa signed it.', 'places')).toBe(true);
    expect(holdsAnswerType('Envoys from Chile signed it.', 'places')).toBe(false);
    expect(holdsAnswerType('The city would issue 650 million in bonds.', 'amount')).toBe(true);
  });
});
