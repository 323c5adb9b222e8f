/**
 * Runs an entry point of the compiled build: `node scripts/run.mjs src/cli/main.ts [args]`.
 * Builds first when dist/ is missing or older than the sources (see build.mjs), so a stale build
 * never answers; then imports the entry's JavaScript with process.argv as if it were run itself.
 * npm start, npm run cli, npm run deploy-commands and the storydesk bin go through it.
 */
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from './build.mjs';

/** Runs `entry` (a source path such as src/main.ts) from the current build with `args`. */
export async function runEntry(entry, args) {
  let built;
  try {
    built = await ensureBuilt();
  } catch (e) {
    process.stderr.write(`storydesk: ${e.message}\n`);
    process.exit(1);
  }
  if (built.built && process.env.STORYDESK_BUILD_QUIET !== '1') process.stderr.write(`storydesk: compiled the sources into ${path.relative(ROOT, built.dir)} (${Math.round(built.ms)} ms)\n`);
  const file = path.join(built.dir, entry.replace(/\.(m?)ts$/, '.$1js'));
  process.argv = [process.argv[0], file, ...args];
  await import(pathToFileURL(file).href);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    process.stderr.write('usage: node scripts/run.mjs <entry.ts> [args]\n');
    process.exit(2);
  }
  await runEntry(entry, args);
}
