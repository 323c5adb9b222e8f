/**
 * The project's sentence splitter, plus one repair the timeline needs: a decade or plural number before the full stop
 * ("ballooned into the 50s. The thaw ...") ends the sentence; the shared splitter takes the "s" for an initial.
 */
import { type Sentence, splitSentences as splitShared } from '../text/sentences.ts';

export type { Sentence };

const NUMBER_S_STOP = /\d+s\.\s+(?=["\u201c]?[A-Z])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of splitShared(text)) {
    let from = 0;
    NUMBER_S_STOP.lastIndex = 0;
    for (let m = NUMBER_S_STOP.exec(sentence.text); m; m = NUMBER_S_STOP.exec(sentence.text)) {
      const end = m.index + m[0].trimEnd().length;
      out.push({ text: sentence.text.slice(from, end), start: sentence.start + from, end: sentence.start + end });
      from = m.index + m[0].length;
    }
    out.push(from === 0 ? sentence : { text: sentence.text.slice(from), start: sentence.start + from, end: sentence.end });
  }
  return out;
}
