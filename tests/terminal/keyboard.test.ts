/**
 * The console at a real keyboard: typed input through a pseudo-terminal (tests/helpers/pty-session.py),
 * so readline runs in terminal mode exactly as for a person.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempCorpora, tempCorpus } from '../helpers/corpus-dir.ts';
import { runEntry, runInTerminal } from '../helpers/run.ts';

const PROMPT = 'storydesk> ';
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const cacheDirs: string[] = [];

afterAll(() => {
  removeTempCorpora();
  for (const d of cacheDirs) rmSync(d, { recursive: true, force: true });
});

/** The screen's text without escape sequences (cursor moves, line clears). */
const plain = (s: string) => stripVTControlCharacters(s);

describe('console keys', () => {
  it('Ctrl-C clears a half-typed line; a second Ctrl-C on the empty line quits, leaving a fresh line', async () => {
    const r = await runInTerminal('src/main.ts', [
      { wait: PROMPT },
      { send: '/search dumbest' },
      { wait: 'dumbest' },
      { send: CTRL_C },
      { wait: PROMPT },
      // Had the line not been cleared, this would search "dumbest/articles".
      { send: '/articles\r' },
      { wait: '27 paragraphs' },
      { wait: PROMPT },
      { send: CTRL_C },
      { wait: 'Ctrl-C again' },
      { wait: PROMPT },
      { send: CTRL_C },
    ]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    const screen = plain(r.output);
    expect(screen).toContain('/search dumbest^C');
    expect(screen).not.toMatch(/Nothing in the corpus matches/);
    expect(screen).toMatch(/storydesk> \r?\n$/);
  }, 180_000);

  it('Ctrl-C on a half-typed line, then Ctrl-C again, quits (two presses, as in a shell)', async () => {
    const r = await runInTerminal('src/main.ts', [{ wait: PROMPT }, { send: '/who said' }, { wait: 'said' }, { send: CTRL_C }, { wait: PROMPT }, { send: CTRL_C }]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(plain(r.output)).not.toContain('Ctrl-C again');
  }, 180_000);

  it('Ctrl-D on an empty line quits and leaves the shell a fresh line', async () => {
    const r = await runInTerminal('src/main.ts', [{ wait: PROMPT }, { send: CTRL_D }]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(plain(r.output)).toMatch(/storydesk> \r?\n$/);
  }, 180_000);
});

describe('console banner and logs on a terminal', () => {
  it('says how many files were skipped and how to see why; a damaged cache logs a readable line, not JSON', async () => {
    const dir = tempCorpus({ 'empty.md': '', 'broken.md': '---\ntitle: [oops\n---\nBody\n' }, true);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'storydesk-cache-'));
    cacheDirs.push(cacheDir);
    const env = { CORPUS_DIR: dir, CACHE_DIR: cacheDir, LOG_LEVEL: '' };
    // A first, piped run saves the index; damaging the saved file then makes the next start warn.
    const first = await runEntry('src/main.ts', [], { input: '', env });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const saved = readdirSync(cacheDir);
    expect(saved.length).toBeGreaterThan(0);
    for (const f of saved) writeFileSync(path.join(cacheDir, f), 'not an index');

    const r = await runInTerminal('src/main.ts', [{ wait: PROMPT }, { send: '/quit\r' }], env);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    const screen = plain(r.output);
    expect(screen).toContain('2 file(s) in the corpus folder were skipped: type /articles to see why.');
    expect(screen).toMatch(/WARN.*persisted index not used; rebuilding \(file: .*reason: /);
    expect(screen).not.toMatch(/\{"level"/);
  }, 180_000);

  it('logs stay JSON lines when stderr is not a terminal', async () => {
    const dir = tempCorpus({}, true);
    const r = await runEntry('src/main.ts', [], { input: '', env: { CORPUS_DIR: dir, CACHE_DIR: path.join(dir, '.cache'), LOG_LEVEL: 'info' } });
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('msg');
  });
});
