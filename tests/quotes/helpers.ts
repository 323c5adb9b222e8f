/** Test helpers: articles from plain paragraphs or from a corpus Markdown file, and precision/recall against labels. */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/corpus/types.ts';
import type { Quote } from '../../src/quotes/types.ts';
import { syntheticArticle } from '../timeline/helpers/markdownArticle.ts';

export function article(id: string, paragraphs: string[]): Article {
  return syntheticArticle('2024-01-15', paragraphs, id);
}

/** Reads a corpus file: front matter between `---` lines, then one paragraph per blank-line block. */
export function articleFromFile(file: string): Article {
  const raw = fs.readFileSync(file, 'utf8');
  const [, , ...rest] = raw.split(/^---\s*$/m);
  const body = rest.join('---');
  const paragraphs = body.split(/\n\s*\n/).map(p => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return article(path.basename(file, '.md'), paragraphs);
}

export interface Label {
  paragraph: number;
  speaker: string | null;
  text: string;
  kind: 'direct' | 'post' | 'indirect';
}

const words = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);

/** Share of the label's words found in the quote (the devset scorer's rule: at least 0.6, paragraph ±1). */
export function matches(label: Label, q: Quote): boolean {
  if (Math.abs(q.paragraph - label.paragraph) > 1) return false;
  const a = words(label.text);
  const b = new Set(words(q.quote));
  return a.length > 0 && a.filter(w => b.has(w)).length / a.length >= 0.6;
}

export interface Agreement {
  recall: number;
  precision: number;
  speakerAccuracy: number;
  missed: Label[];
  extra: Quote[];
  wrongSpeaker: { label: Label; got: string | null }[];
}

/** Greedy one-to-one matching of labels to predicted quotes. */
export function agreement(labels: Label[], quotes: Quote[]): Agreement {
  const used = new Set<Quote>();
  const missed: Label[] = [];
  const wrongSpeaker: { label: Label; got: string | null }[] = [];
  let hit = 0;
  for (const l of labels) {
    const q = quotes.find(p => !used.has(p) && matches(l, p));
    if (!q) {
      missed.push(l);
      continue;
    }
    used.add(q);
    hit++;
    if (q.speaker !== l.speaker) wrongSpeaker.push({ label: l, got: q.speaker });
  }
  const extra = quotes.filter(q => !used.has(q));
  return {
    recall: labels.length ? hit / labels.length : 1,
    precision: quotes.length ? (quotes.length - extra.length) / quotes.length : 1,
    speakerAccuracy: hit ? (hit - wrongSpeaker.length) / hit : 1,
    missed,
    extra,
    wrongSpeaker,
  };
}
