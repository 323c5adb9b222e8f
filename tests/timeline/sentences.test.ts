/** The timeline's repair of the shared sentence splitter. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/timeline/sentences.ts';

describe('timeline sentences', () => {
  it('ends a sentence after a decade or plural number ("the 50s.")', () => {
    const text = 'In late January, temperatures ballooned into the 50s. The thaw worried officials.';
    const sentences = splitSentences(text);
    expect(sentences.map(s => s.text)).toEqual(['In late January, temperatures ballooned into the 50s.', 'The thaw worried officials.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('leaves the shared splitter\'s other decisions alone', () => {
    expect(splitSentences('Donald J. Trump met Putin on Friday. He left.').map(s => s.text)).toEqual(['Donald J. Trump met Putin on Friday.', 'He left.']);
  });
});
