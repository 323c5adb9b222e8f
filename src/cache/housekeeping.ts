/**
 * Housekeeping of the cache folder: it keeps the persisted indexes of the most recently used
 * corpora only. An index file's mtime says when it was last used (set when it is saved or
 * restored); beyond the count and size caps the least recently used go, never the one in use.
 * Only our own files are touched (index-<hex>.ndjson and their temporary files): CACHE_DIR may
 * hold other things. A folder that cannot be written is said once per process, not at every save.
 */
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

export interface CacheLimits {
  /** Most index files kept (the one in use included). */
  maxFiles: number;
  /** Most bytes of index files kept; the index in use is kept even when it alone is larger. */
  maxBytes: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxFiles: 8, maxBytes: 1024 * 1024 * 1024 };

const INDEX_FILE = /^index-[0-9a-f]{16}\.ndjson$/;
const TEMP_FILE = /^index-[0-9a-f]{16}\.ndjson\.\d+\.[0-9a-z]+\.tmp$/;
/** A temporary file this old was left by a writer that died (a 10,000-article index is written in seconds). */
const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/** Marks an index as just used (its mtime), so pruning keeps it longest. A folder that cannot be written is fine. */
export function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // read-only cache: the order of use is not kept, nothing else changes
  }
}

/** Removes an index that must not be trusted (damaged, foreign); false when it could not be removed. */
export function removeIndex(file: string): boolean {
  try {
    rmSync(file, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the least recently used index files beyond the caps, and temporary files left by dead
 * writers; `keep` (the index in use) always stays. Returns the names removed; never throws.
 */
export function pruneCache(cacheDir: string, keep: string | null, limits: CacheLimits = DEFAULT_CACHE_LIMITS): string[] {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const now = Date.now();
  const indexes: Array<{ name: string; size: number; mtime: number }> = [];
  for (const name of names) {
    const isIndex = INDEX_FILE.test(name);
    if (!isIndex && !TEMP_FILE.test(name)) continue;
    let info;
    try {
      info = statSync(path.join(cacheDir, name));
    } catch {
      continue; // removed meanwhile by another process
    }
    if (!info.isFile()) continue;
    if (isIndex) indexes.push({ name, size: info.size, mtime: info.mtimeMs });
    else if (now - info.mtimeMs > TEMP_MAX_AGE_MS && removeIndex(path.join(cacheDir, name))) removed.push(name);
  }
  const kept = keep ? path.basename(keep) : null;
  indexes.sort((a, b) => (a.name === kept ? -1 : b.name === kept ? 1 : b.mtime - a.mtime));
  let files = 0;
  let bytes = 0;
  let full = false;
  for (const f of indexes) {
    // Most recent first: once one does not fit, every older one goes too.
    full ||= files >= limits.maxFiles || bytes + f.size > limits.maxBytes;
    if (f.name === kept || !full) {
      files++;
      bytes += f.size;
      continue;
    }
    if (removeIndex(path.join(cacheDir, f.name))) removed.push(f.name);
  }
  return removed;
}

const warned = new Set<string>();

/** True the first time a cache folder is reported as not writable in this process, false after. */
export function firstWarning(cacheDir: string): boolean {
  const key = path.resolve(cacheDir);
  if (warned.has(key)) return false;
  warned.add(key);
  return true;
}
