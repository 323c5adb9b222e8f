/** `.env.example` copied to `.env` as shipped starts cleanly; LOG_LEVEL is validated like the rest. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'dotenv';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, LOG_LEVELS, loadConfig } from '../../src/config.ts';
import { startLevel } from '../../src/log.ts';
import { BUNDLED_CORPUS, ROOT } from '../helpers/corpus-dir.ts';
import type { RunResult } from '../helpers/run.ts';

const EXAMPLE = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
const LEVELS_LINE = 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('.env.example as shipped', () => {
  const vars = parse(EXAMPLE);

  it('documents variables, each with an empty value', () => {
    expect(Object.keys(vars)).toContain('LOG_LEVEL');
    expect(Object.keys(vars).length).toBeGreaterThan(10);
    expect(Object.values(vars).every((v) => v === '')).toBe(true);
  });

  it('parsed by dotenv, gives exactly the defaults', () => {
    expect(loadConfig(vars)).toEqual(loadConfig({}));
  });

  it('an empty LOG_LEVEL is the default, also at start-up before validation', () => {
    expect(loadConfig({ LOG_LEVEL: '' }).logLevel).toBe('info');
    expect(loadConfig({ LOG_LEVEL: '  ' }).logLevel).toBe('info');
    expect(startLevel('')).toBe('info');
    expect(startLevel('verbose')).toBe('info');
    expect(startLevel(' Debug ')).toBe('debug');
  });
});

describe('LOG_LEVEL validation', () => {
  it('accepts every pino level, in any case', () => {
    for (const level of LOG_LEVELS) expect(loadConfig({ LOG_LEVEL: level.toUpperCase() }).logLevel).toBe(level);
  });

  it('rejects an unknown level in one line naming the variable and the allowed values', () => {
    const e = configError({ LOG_LEVEL: 'verbose' });
    expect(e.problems).toEqual([LEVELS_LINE]);
    expect(e.message).toBe(`Invalid configuration: ${LEVELS_LINE}`);
    expect(e.message).not.toContain('\n');
  });
});

/** `npm start` in a folder holding the corpus and a .env, as a newcomer would have it (nothing else in the environment). */
function startIn(dir: string, input: string, entry = 'src/main.ts', args: string[] = []): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, entry), ...args],
      { cwd: dir, timeout: 60_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

describe('start-up with .env copied from .env.example', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  function folder(env: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'storydesk-env-'));
    dirs.push(dir);
    cpSync(BUNDLED_CORPUS, path.join(dir, 'corpus'), { recursive: true });
    writeFileSync(path.join(dir, '.env'), env);
    return dir;
  }

  it('the console starts, answers and exits cleanly: nothing on stderr', async () => {
    const r = await startIn(folder(EXAMPLE), '/articles\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('27 paragraphs');
  }, 90_000);

  it('LOG_LEVEL=verbose stops start-up and the CLI with one line, exit 2, no stack trace', async () => {
    const dir = folder(EXAMPLE.replace(/^LOG_LEVEL=$/m, 'LOG_LEVEL=verbose'));
    for (const r of [await startIn(dir, ''), await startIn(dir, '', 'src/cli/main.ts', ['search', 'cyber'])]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`Invalid configuration: ${LEVELS_LINE}\n`);
      expect(r.stdout).toBe('');
    }
  }, 120_000);
});
