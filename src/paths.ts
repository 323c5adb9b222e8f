/**
 * Where the running code is. From the sources, a module lives at <project>/src/...; compiled, at
 * <project>/dist/build-…/src/... or in a shared chunk at <project>/dist/build-…/chunks/. Paths
 * relative to a module's own URL do not survive bundling, so modules find these folders here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Whether this is the compiled build (JavaScript) rather than the TypeScript sources. */
export const COMPILED = import.meta.url.endsWith('.js');

function up(from: string, found: (dir: string) => boolean): string | null {
  let dir = from;
  for (;;) {
    if (found(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The folder holding src/ and commands/ as they run: the project (sources) or the build folder (compiled). */
export const CODE_ROOT = up(import.meta.dirname, (d) => existsSync(path.join(d, 'commands')) && existsSync(path.join(d, 'src'))) ?? path.resolve(import.meta.dirname, '..');

/** The project folder: the nearest folder above with a package.json. */
export const PROJECT_ROOT = up(import.meta.dirname, (d) => existsSync(path.join(d, 'package.json'))) ?? path.resolve(import.meta.dirname, '..');

/** A module of the running code by its source path ("src/cache/build-worker.ts"), as a file path. */
export function codeFile(sourcePath: string): string {
  return path.join(CODE_ROOT, COMPILED ? sourcePath.replace(/\.(m?)ts$/, '.$1js') : sourcePath);
}
