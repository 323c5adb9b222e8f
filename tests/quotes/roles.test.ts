/** Roles: once each (case and articles ignored), only positions and affiliations, pronoun relatives with their anchor. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.ts';
import { cleanRoles } from '../../src/quotes/roles.ts';
import { syntheticArticle } from '../timeline/helpers/markdownArticle.ts';

describe('cleanRoles', () => {
  it('dedupes case-insensitively and without articles, and drops a role inside a longer one', () => {
    expect(cleanRoles(['Transport director', 'the transport director'])).toEqual(['Transport director']);
    expect(cleanRoles(['U.S. President', 'President'])).toEqual(['U.S. President']);
    expect(cleanRoles(['Transport director', 'director'])).toEqual(['Transport director']);
  });

  it('keeps positions and affiliations, drops plain descriptions and unanchored pronoun relatives', () => {
    expect(cleanRoles(['a Republican representing Ohio', 'candidate', 'White House adviser', 'Gov.'])).toEqual([
      'a Republican representing Ohio',
      'candidate',
      'White House adviser',
      'Gov.',
    ]);
    expect(cleanRoles(['his son', 'A neighbour', 'a woman', 'her lawyer'])).toEqual([]);
    expect(cleanRoles(['son of Paul Okoro'])).toEqual(['son of Paul Okoro']);
  });
});

describe('people roles in an article', () => {
  const engine = Engine.build({
    dir: '/nowhere',
    articles: [
      syntheticArticle('2022-01-01', [
        'Senator Paul Okoro arrived in the capital on Monday with his family.',
        'His son, Daniel Okoro, said the trip was "long overdue."',
        'Transport director Mia Holt said the line would reopen. "We are nearly there," the transport director, Mia Holt, said.',
        'A neighbour, Sam Reyes, said "it was loud."',
        'Gov. Ann Lutz met U.S. President Tom Ward. President Ward said "no."',
      ]),
    ],
    problems: [],
  });
  const roles = (name: string) => engine.people().people.find((p) => p.name === name)?.roles;

  it('shows a pronoun relative with its anchor', () => {
    expect(roles('Daniel Okoro')).toEqual(['son of Paul Okoro']);
  });

  it('shows each position once and no plain description', () => {
    expect(roles('Mia Holt')).toEqual(['Transport director']);
    expect(roles('Tom Ward')).toEqual(['U.S. President']);
    expect(roles('Sam Reyes')).toEqual([]);
  });
});
