/**
 * The compiled start (scripts/build.mjs, scripts/run.mjs, bin/storydesk.mjs) on a copy of the
 * project: a fresh copy builds before it answers, a current build is reused, and a changed, added
 * or removed source file is never answered by the old build.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus-dir.ts';

let copy: string;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(copy, 'bin', 'storydesk.mjs'), ...args],
      { cwd: copy, timeout: 90_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', CACHE_DIR: path.join(copy, '.cache') } },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

const builds = () => readdirSync(path.join(copy, 'dist')).filter((n) => n.startsWith('build-')).length;
const stampDir = () => (JSON.parse(readFileSync(path.join(copy, 'dist', 'stamp.json'), 'utf8')) as { dir: string }).dir;

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'storydesk-build-'));
  for (const part of ['src', 'commands', 'scripts', 'bin', 'corpus', 'package.json', 'package-lock.json']) cpSync(path.join(ROOT, part), path.join(copy, part), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('compiled start', () => {
  it('a fresh clone compiles on its first call, even with several calls at once, and answers', async () => {
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    const runs = await Promise.all([1, 2, 3].map(() => run(['articles', '--json'])));
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { articles: unknown[] }).articles.length).toBe(1);
    }
    expect(runs.some((r) => /compiled the sources/.test(r.stderr))).toBe(true);
    expect(builds()).toBe(1);
    expect(existsSync(path.join(copy, 'dist', stampDir(), 'src', 'cli', 'main.js'))).toBe(true);
  }, 180_000);

  it('a current build is reused, also after a file is touched without a change', async () => {
    const before = stampDir();
    const file = path.join(copy, 'src', 'cli', 'json.ts');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    const r = await run(['people', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/compiled/);
    expect(stampDir()).toBe(before);
  }, 90_000);

  it('a changed source file is compiled before the next call answers', async () => {
    const file = path.join(copy, 'src', 'cli', 'main.ts');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('usage: cli <command>');
    writeFileSync(file, source.replace('usage: cli <command>', 'usage: storydesk-changed <command>'));
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: storydesk-changed <command>');
    expect(r.stderr).toMatch(/compiled the sources/);
  }, 90_000);

  it('a new source file, even one nothing imports yet, makes a new build; so does removing it', async () => {
    const before = stampDir();
    const extra = path.join(copy, 'src', 'extra-module.ts');
    writeFileSync(extra, 'export const EXTRA = 1;\n');
    expect((await run(['articles', '--json'])).code).toBe(0);
    const withExtra = stampDir();
    expect(withExtra).not.toBe(before);
    expect(existsSync(path.join(copy, 'dist', withExtra, 'src', 'extra-module.js'))).toBe(true);
    rmSync(extra);
    expect((await run(['articles', '--json'])).code).toBe(0);
    expect(stampDir()).not.toBe(withExtra);
  }, 180_000);

  it('a command file added to commands/ is compiled and found by the registry of the build', async () => {
    appendFileSync(path.join(copy, 'commands', 'help.ts'), '\n');
    const r = await run(['articles', '--json']);
    expect(r.code).toBe(0);
    const dir = path.join(copy, 'dist', stampDir(), 'commands');
    expect(readdirSync(dir).filter((f) => f.endsWith('.js')).sort()).toEqual(
      readdirSync(path.join(copy, 'commands')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '.js')).sort(),
    );
  }, 90_000);
});
