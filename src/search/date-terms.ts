/**
 * Dates named in a question, matched against the resolved dates of the corpus's events: "in 2018"
 * is present in a paragraph that says "Last year" in an article published in 2019, and "in
 * December" in one that says "last month" in January. Only events whose own words do not already
 * hold the question's word count (those match as plain terms anyway).
 */
import { processTerm } from '../text/terms.ts';
import type { TimelineEvent } from '../timeline/types.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface DateWord {
  term: string;
  /** Tests a resolved date (YYYY, YYYY-MM or YYYY-MM-DD). */
  test: (date: string) => boolean;
  word: RegExp;
}

function dateWords(question: string): DateWord[] {
  const out: DateWord[] = [];
  for (const m of question.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) {
    const year = m[1]!;
    out.push({ term: year, test: (d) => d.startsWith(year), word: new RegExp(`\\b${year}\\b`) });
  }
  for (const m of question.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g)) {
    const name = m[1]!.toLowerCase();
    const mm = String(MONTHS.indexOf(name) + 1).padStart(2, '0');
    const term = processTerm(name);
    if (term) out.push({ term, test: (d) => d.slice(5, 7) === mm, word: new RegExp(`\\b${m[1]!}\\b`, 'i') });
  }
  return out;
}

/** "article#paragraph" → question terms (years, months) that the paragraph's dated events resolve to. */
export function dateTermsOf(events: readonly TimelineEvent[], question: string, questionTerms: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const wanted = dateWords(question).filter((w) => questionTerms.includes(w.term));
  if (wanted.length === 0) return out;
  for (const e of events) {
    if (!e.date) continue;
    for (const w of wanted) {
      if (!w.test(e.date) || w.word.test(e.expression)) continue;
      for (const s of e.sources) {
        const k = `${s.article}#${s.paragraph}`;
        let set = out.get(k);
        if (!set) out.set(k, (set = new Set()));
        set.add(w.term);
      }
    }
  }
  return out;
}
