/**
 * Runs the project's entry points as a user would (npm start, npm run cli): the compiled build
 * through scripts/run.mjs, which compiles the sources first when they changed. Clean environment.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './corpus-dir.ts';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const LAUNCHER = path.join(ROOT, 'scripts', 'run.mjs');

export function runEntry(entry: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [LAUNCHER, entry, ...args],
      { cwd: ROOT, timeout: 30_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '', LOG_LEVEL: 'silent', STORYDESK_BUILD_QUIET: '1', ...options.env } },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? '');
  });
}

export const cli = (args: string[], env?: Record<string, string>) => runEntry('src/cli/main.ts', args, env ? { env } : {});

export interface PtyResult {
  /** Everything the terminal showed, escape sequences included. */
  output: string;
  code: number | null;
  /** The step that never happened, or null. */
  failed: { wait?: string; send?: string } | null;
}

/**
 * Runs an entry point in a pseudo-terminal (stdin and stdout are a TTY) and types the steps into it:
 * `{ wait: 'storydesk> ' }` waits for text after the previous match, `{ send: '\u0003' }` types Ctrl-C.
 */
export function runInTerminal(entry: string, steps: Array<{ wait: string } | { send: string }>, env: Record<string, string> = {}): Promise<PtyResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'python3',
      [path.join(ROOT, 'tests', 'helpers', 'pty-session.py'), JSON.stringify(steps), '--', process.execPath, LAUNCHER, entry],
      { cwd: ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', DISCORD_TOKEN: '', NO_COLOR: '1', STORYDESK_BUILD_QUIET: '1', ...env } },
      (err, stdout, stderr) => {
        if (err && !stdout) reject(new Error(`pty session failed: ${stderr || err.message}`));
        else resolve(JSON.parse(stdout) as PtyResult);
      },
    );
  });
}
