/** The shared sentence splitter: abbreviations, initials, numbers before a full stop. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

describe('sentence splitting', () => {
  it('ends a sentence after a decade or plural number ("the 50s.")', () => {
    const text = 'In late January, temperatures ballooned into the 50s. The thaw worried officials.';
    const sentences = splitSentences(text);
    expect(sentences.map(s => s.text)).toEqual(['In late January, temperatures ballooned into the 50s.', 'The thaw worried officials.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence at an initial or a title, but does after "no." and U.S. before a pronoun', () => {
    expect(splitSentences('Donald J. Trump met Putin on Friday. He left.').map(s => s.text)).toEqual(['Donald J. Trump met Putin on Friday.', 'He left.']);
    expect(splitSentences('U.S. Sen. Jane Roe said no. He left at 10 p.m. Tuesday. Mr. Poe came to the U.S. The end!').map(s => s.text)).toEqual([
      'U.S. Sen. Jane Roe said no.',
      'He left at 10 p.m. Tuesday.',
      'Mr. Poe came to the U.S.',
      'The end!',
    ]);
  });

  it('keeps closing quotes with the sentence they end and splits inside a quotation', () => {
    expect(splitSentences('"This is a step. What we want," Roe said. "Next."').map(s => s.text)).toEqual(['"This is a step.', 'What we want," Roe said.', '"Next."']);
  });
});
