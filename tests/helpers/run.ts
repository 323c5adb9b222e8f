/** Runs the project's entry points as a user would, through tsx, with a clean environment. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './corpus-dir.ts';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export function runEntry(entry: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      [path.join(ROOT, entry), ...args],
      { cwd: ROOT, timeout: 30_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: '', LOG_LEVEL: 'silent', ...options.env } },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? '');
  });
}

export const cli = (args: string[], env?: Record<string, string>) => runEntry('src/cli/main.ts', args, env ? { env } : {});
