/** A clone must pass its tests with nothing beside it: no code reads a folder outside the repository. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_TXT } from '../helpers/corpus-dir.ts';

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the repository is self-contained', () => {
  it('no test, script or source names a path outside the clone (../shared or an absolute /work path) in its code', () => {
    const offenders: string[] = [];
    for (const dir of ['tests', 'src', 'commands', 'bench']) {
      for (const file of sources(dir)) {
        if (file === import.meta.filename) continue; // this test spells the pattern it looks for
        const code = readFileSync(file, 'utf8');
        // A string literal (quote, template or path.join argument) that leaves the repository.
        if (/['"`][^'"`\n]*(\.\.\/shared|\/work\/shared)/.test(code)) offenders.push(path.relative(ROOT, file));
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the raw seed fixture is inside the repository', () => {
    expect(path.relative(ROOT, SEED_TXT).startsWith('..')).toBe(false);
    expect(readFileSync(SEED_TXT, 'utf8')).toMatch(/Cyber Security unit/);
  });
});
