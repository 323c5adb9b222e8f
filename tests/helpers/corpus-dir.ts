/** Temporary corpus folders for tests, removed after each suite. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUNDLED_CORPUS = path.join(ROOT, 'corpus');
/** The bundled article's raw text as scraped (a copy of the team's seed, kept here so a clone is self-contained). */
export const SEED_TXT = path.join(ROOT, 'tests/fixtures/seed/cnbc-2017-07-trump-putin-cyber-unit.txt');
export const BUNDLED_ID = 'cnbc-2017-07-trump-putin-cyber-unit';

const made: string[] = [];

/** A fresh folder holding the given files (name -> content); `withBundled` copies corpus/ in first. */
export function tempCorpus(files: Record<string, string | Buffer> = {}, withBundled = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'storydesk-test-'));
  made.push(dir);
  if (withBundled) cpSync(BUNDLED_CORPUS, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

export function removeTempCorpora(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A small Markdown article. */
export function article(title: string, paragraphs: string[], front: Record<string, string> = {}): string {
  const fm = Object.entries({ title: JSON.stringify(title), ...front }).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${fm}\n---\n\n${paragraphs.join('\n\n')}\n`;
}
