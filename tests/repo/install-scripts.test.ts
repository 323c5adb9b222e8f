/**
 * `npm ci` on a fresh clone prints no install-scripts warning: every locked package that has an
 * install script is reviewed in package.json's allowScripts (npm 11), approved or denied.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus-dir.ts';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

describe('install scripts', () => {
  it('every locked package with an install script is covered by allowScripts', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where, p]) => ({ name: where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length), version: p.version ?? '' }));
    expect(withScripts.length).toBeGreaterThan(0); // esbuild, through tsx and vitest
    const reviewed = Object.keys(pkg.allowScripts ?? {});
    const uncovered = withScripts.filter((p) => !reviewed.includes(p.name) && !reviewed.includes(`${p.name}@${p.version}`));
    expect(uncovered).toEqual([]);
  });
});
