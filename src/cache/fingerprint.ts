/**
 * The key of a persisted index: what the engine would be built from. It covers every file of the
 * corpus folder (name and sha256 of its bytes; size only for files over the cap, which are
 * skipped), the size cap, ENGINE_VERSION and a hash of the code that builds the parts (the
 * extraction sources and the lockfile), so a changed file, setting or extraction rule gives a new
 * key. Computing it reads and hashes the files but parses nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../corpus/load.ts';
import { PROJECT_ROOT } from '../paths.ts';

/** Bump when extraction logic changes in a way the code hash below would not see. */
export const ENGINE_VERSION = 2;

const ROOT = PROJECT_ROOT;
/** What the built parts depend on besides the corpus. */
const CODE = ['src/build', 'src/corpus', 'src/quotes', 'src/timeline', 'src/search', 'src/text', 'src/cache', 'src/engine.ts', 'package-lock.json'];

let codeHash: string | null = null;

function hashTree(hash: ReturnType<typeof createHash>, rel: string): void {
  const full = path.join(ROOT, rel);
  let info;
  try {
    info = statSync(full);
  } catch {
    return;
  }
  if (info.isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, path.join(rel, name));
  } else if (info.isFile()) {
    hash.update(`${rel}\0`).update(readFileSync(full)).update('\0');
  }
}

/** A hash of the engine's own code (read once per process); the version alone when the sources are not there. */
export function engineCodeHash(): string {
  if (codeHash === null) {
    const hash = createHash('sha256').update(`engine-version:${ENGINE_VERSION}\0`);
    for (const rel of CODE) hashTree(hash, rel);
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

export interface Fingerprint {
  /** sha256 over everything below: equal keys mean an identical build. */
  key: string;
  files: number;
  bytes: number;
  /** sha256 of each file that was read, by file name (Article.file): equal to Article.hash. */
  hashes: Record<string, string>;
}

/**
 * The key of the corpus folder as it is now; null when the folder cannot be read (the loader will
 * say why). `sync` reads the files in one go (fastest, for start-up); otherwise the reads are
 * asynchronous, so a reload's fingerprint never blocks the event loop for long.
 */
export async function fingerprintCorpus(dir: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES, sync = false): Promise<Fingerprint | null> {
  const abs = path.resolve(dir);
  let entries: Dirent[];
  try {
    entries = sync ? readdirSync(abs, { withFileTypes: true }) : await readdir(abs, { withFileTypes: true });
  } catch {
    return null;
  }
  const names = entries
    .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
  const parts = new Array<string>(names.length);
  const hashes: Record<string, string> = {};
  let bytes = 0;
  const one = async (i: number) => {
    const name = names[i]!;
    const full = path.join(abs, name);
    try {
      const info = sync ? statSync(full) : await stat(full);
      if (!info.isFile()) {
        parts[i] = `${name}\0not-a-file`;
      } else if (info.size > maxFileBytes) {
        parts[i] = `${name}\0too-large\0${info.size}`;
      } else {
        const data = sync ? readFileSync(full) : await readFile(full);
        bytes += data.length;
        const sha = createHash('sha256').update(data).digest('hex');
        hashes[name] = sha;
        parts[i] = `${name}\0${sha}`;
      }
    } catch (e) {
      parts[i] = `${name}\0unreadable\0${(e as NodeJS.ErrnoException).code ?? 'error'}`;
    }
  };
  // A few reads in flight at once: enough to hide the file system's latency.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(sync ? 1 : 16, names.length) }, async () => {
      while (next < names.length) await one(next++);
    }),
  );
  const hash = createHash('sha256').update(`code:${engineCodeHash()}\0cap:${maxFileBytes}\0`);
  for (const p of parts) hash.update(p).update('\n');
  return { key: hash.digest('hex'), files: names.length, bytes, hashes };
}
