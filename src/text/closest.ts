/**
 * "Did you mean …?": the known word nearest to a mistyped one, for commands, options and names.
 * Edit distance comes from fastest-levenshtein; this module only decides what counts as close.
 */
import { distance } from 'fastest-levenshtein';

/** Edits tolerated for a word of this length: one for short words, about one per four letters after. */
export function typoBudget(length: number): number {
  return length <= 4 ? 1 : Math.min(3, Math.ceil(length / 4));
}

/**
 * The candidate nearest to `word` (case-insensitive), or null when none is within the typo budget.
 * A swap of two neighbouring letters ("serhc") counts as one edit. Ties go to the earlier candidate.
 */
export function closest(word: string, candidates: readonly string[], maxEdits = typoBudget(word.length)): string | null {
  const w = word.toLowerCase();
  if (!w) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best !== null && bestDist <= maxEdits ? best : null;
}

/** Levenshtein distance, with one adjacent transposition counted as a single edit. */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d < 2 || a.length !== b.length) return d;
  // A lone swap of neighbours is two Levenshtein edits; count it as one.
  const diff: number[] = [];
  for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return 1;
  return d;
}

/** " (did you mean X?)" or "" — the suffix for an error message. */
export function didYouMean(word: string, candidates: readonly string[], format: (s: string) => string = (s) => s): string {
  const hit = closest(word, candidates);
  return hit ? ` (did you mean ${format(hit)}?)` : '';
}
