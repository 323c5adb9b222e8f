/**
 * The persisted index: one file per corpus folder in the cache folder, one JSON chunk per line
 * (see serialize.ts), then a trailer line with the body's length and CRC-32. Written to a
 * temporary file and renamed, so a reader sees a whole file or none; read back only when the
 * trailer, the format and the key all check out.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';

/** The format name in every index's head (serialize.ts writes it). */
export const INDEX_FORMAT = 'storydesk-index';

/** Where the index of a corpus folder is kept. */
export function indexPath(cacheDir: string, corpusDir: string): string {
  const id = createHash('sha256').update(path.resolve(corpusDir)).digest('hex').slice(0, 16);
  return path.join(path.resolve(cacheDir), `index-${id}.ndjson`);
}

/**
 * One index file being written: chunks go to a temporary file beside it, with the trailer's
 * length and CRC kept as they go; `finish` renames it into place, `abort` removes it.
 */
class IndexFileWriter {
  private readonly tmp: string;
  private readonly fd: number;
  private crc = 0;
  bytes = 0;

  constructor(private readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    this.fd = openSync(this.tmp, 'w');
  }

  write(chunk: string): void {
    const buf = Buffer.from(`${chunk}\n`);
    this.crc = crc32(buf, this.crc);
    this.bytes += buf.length;
    writeSync(this.fd, buf);
  }

  finish(): number {
    writeSync(this.fd, `${JSON.stringify({ bytes: this.bytes, crc: this.crc })}\n`);
    closeSync(this.fd);
    renameSync(this.tmp, this.file);
    return this.bytes;
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed by a finish that failed at the rename
    }
    rmSync(this.tmp, { force: true });
  }
}

/** Writes the chunks; returns the bytes written. Throws when the folder cannot be written. */
export function writeIndex(file: string, chunks: Iterable<string>): number {
  const out = new IndexFileWriter(file);
  try {
    for (const chunk of chunks) out.write(chunk);
    return out.finish();
  } catch (e) {
    out.abort();
    throw e;
  }
}

/**
 * writeIndex, pausing every ~8 ms (making a chunk and writing it both count), so a save from the
 * main thread never holds the event loop for long.
 */
export async function writeIndexAsync(file: string, chunks: Iterable<string>, pause: () => Promise<void>): Promise<number> {
  let deadline = performance.now() + 8;
  const out = new IndexFileWriter(file);
  try {
    for (const chunk of chunks) {
      out.write(chunk);
      if (performance.now() > deadline) {
        await pause();
        deadline = performance.now() + 8;
      }
    }
    return out.finish();
  } catch (e) {
    out.abort();
    throw e;
  }
}

export type ReadResult = { ok: true; chunks: string[]; bytes: number } | { ok: false; reason: string; corrupt: boolean };

/** Reads and checks the index file against the key; never throws. */
export function readIndex(file: string, key: string): ReadResult {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no saved index' : `cannot read the saved index (${code ?? 'error'})`, corrupt: code !== 'ENOENT' };
  }
  // The head (first line) says which build this is: a stale index is told apart without reading it all.
  const firstEnd = data.indexOf(10);
  if (firstEnd < 0) return { ok: false, reason: 'the saved index is damaged (no lines)', corrupt: true };
  try {
    const head = JSON.parse(data.subarray(0, firstEnd).toString('utf8')) as { t?: unknown; format?: unknown; key?: unknown } | null;
    // Not a head of ours: another program's file, or one from before the index had a head.
    if (head?.t !== 'head' || head.format !== INDEX_FORMAT || typeof head.key !== 'string') return { ok: false, reason: 'the saved index is not a Storydesk index (foreign file)', corrupt: true };
    if (head.key !== key) return { ok: false, reason: 'the saved index is stale (files or engine changed)', corrupt: false };
  } catch {
    return { ok: false, reason: 'the saved index is damaged (unreadable head)', corrupt: true };
  }
  if (data[data.length - 1] !== 10) return { ok: false, reason: 'the saved index is damaged (truncated)', corrupt: true };
  const lastStart = data.lastIndexOf(10, data.length - 2) + 1;
  let trailer: { bytes?: unknown; crc?: unknown };
  try {
    trailer = JSON.parse(data.subarray(lastStart, data.length - 1).toString('utf8')) as typeof trailer;
  } catch {
    return { ok: false, reason: 'the saved index is damaged (no trailer)', corrupt: true };
  }
  const body = data.subarray(0, lastStart);
  if (trailer.bytes !== body.length || trailer.crc !== crc32(body)) return { ok: false, reason: 'the saved index is damaged (checksum mismatch)', corrupt: true };
  const chunks = body.toString('utf8').split('\n');
  chunks.pop();
  return { ok: true, chunks, bytes: data.length };
}
