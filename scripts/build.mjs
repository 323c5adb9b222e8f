/**
 * The compiled build: every TypeScript file under src/ and commands/ (found by walking the folders,
 * no list to keep) transpiled by esbuild, one JavaScript file per source file, into
 * dist/build-<hash>/ with the same layout (so paths relative to a module still hold). Imports are
 * left as they are apart from `.ts` becoming `.js`; packages stay in node_modules.
 *
 * dist/stamp.json says which build is current and records each source file's size, mtime and
 * sha256. A build is current when the same files exist with the same size and mtime, or, where
 * those differ, the same content: a stale build is never run. Builds go to a folder of their own
 * named by the hash of the sources and are renamed into place whole, so processes starting at the
 * same time (tests, the dev-set scorer) never see half a build, and a running bot keeps the build
 * it started with.
 *
 *   node scripts/build.mjs           build when stale (prints what it did)
 *   node scripts/build.mjs --force   build even when current
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

/** Bump when this builder's output changes for the same sources. */
const BUILDER_VERSION = 1;
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['src', 'commands'];
const DIST = 'dist';
const EXTRA_INPUTS = ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];
/**
 * Packages compiled into the build (pure JavaScript, many small modules: one file parses much
 * faster than ninety). Every other package is imported from node_modules at run time: discord.js,
 * ws and pino load optional native add-ons or worker files by path, and compromise, chrono-node,
 * gray-matter and yaml are required lazily, only by the commands that need them.
 */
const BUNDLED_PACKAGES = new Set(['zod', 'minisearch', 'stemmer', 'stopword', 'dotenv']);
/** Builds kept besides the current one: a process started on one of them may still import from it. */
const KEEP_OLD_BUILDS = 2;

/** Every source file to compile, relative to root, with forward slashes, sorted. */
export function sourceFiles(root = ROOT) {
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (/\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(child);
    }
  };
  for (const dir of SOURCE_DIRS) walk(dir);
  return out.sort();
}

/** What a build depends on: the sources, the lockfile (bundled packages' versions), tsconfig.json (esbuild reads it) and this builder. */
function trackedFiles(root) {
  return [...sourceFiles(root), ...EXTRA_INPUTS.filter((rel) => existsSync(path.join(root, rel)))];
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, DIST, 'stamp.json'), 'utf8'));
    if (stamp && stamp.builder === BUILDER_VERSION && typeof stamp.dir === 'string' && stamp.files && typeof stamp.files === 'object') return stamp;
  } catch {
    // no stamp, or not ours: stale
  }
  return null;
}

/**
 * Whether dist holds a build of exactly the sources there are now: the folder of the current
 * build, or null when a build is needed. Costs one stat per source file; a file whose size or
 * mtime changed is hashed (a touched but unchanged file does not force a build).
 */
export function currentBuild(root = ROOT) {
  const stamp = readStamp(root);
  if (!stamp) return null;
  const dir = path.join(root, DIST, stamp.dir);
  const files = trackedFiles(root);
  const recorded = Object.keys(stamp.files);
  if (recorded.length !== files.length) return null;
  for (const rel of files) {
    const was = stamp.files[rel];
    if (!was) return null;
    let info;
    try {
      info = statSync(path.join(root, rel));
    } catch {
      return null;
    }
    if (info.size === was[0] && info.mtimeMs === was[1]) continue;
    if (info.size !== was[0] || sha(readFileSync(path.join(root, rel))) !== was[2]) return null;
  }
  return existsSync(dir) ? dir : null;
}

/** Marks every package import external except those listed (a subpath such as dotenv/config counts as its package). */
function bundleOnly(bundled) {
  return {
    name: 'bundle-only',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === 'entry-point' || args.path.startsWith('node:')) return undefined;
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.has(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/**
 * The entry points: every source file that no other source file imports (statically or by a
 * literal dynamic import): the programs (src/main.ts, src/cli/main.ts, src/discord/deploy.ts, ...),
 * the worker file, and the command modules, which the registry finds by reading commands/. Found by
 * a quick esbuild pass that resolves relative imports only, so a new program or command needs no list.
 */
async function entryPoints(esbuild, root, files) {
  const imported = new Set();
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: files,
    bundle: true,
    write: false,
    outdir: path.join(root, DIST, '.analyse'),
    outbase: '.',
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-imports',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            if (/^\.\.?\//.test(args.path)) imported.add(path.relative(root, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/'));
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return files.filter((f) => !imported.has(f));
}

function esbuildOrExplain() {
  return import('esbuild').catch((e) => {
    throw new Error(`the compiled build in dist/ is missing or stale and esbuild cannot be loaded to rebuild it (${e.message}); run "npm ci" then "npm run build"`);
  });
}

/** Compiles the sources into a fresh build folder and makes it current; returns that folder and what it cost. */
export async function build(root = ROOT, { force = false } = {}) {
  const started = performance.now();
  const files = sourceFiles(root);
  const recorded = {};
  const key = createHash('sha256').update(`builder:${BUILDER_VERSION}\0`);
  for (const rel of trackedFiles(root)) {
    const full = path.join(root, rel);
    const info = statSync(full);
    const hash = sha(readFileSync(full));
    recorded[rel] = [info.size, info.mtimeMs, hash];
    key.update(`${rel}\0${hash}\n`);
  }
  const name = `build-${key.digest('hex').slice(0, 16)}`;
  const distDir = path.join(root, DIST);
  const target = path.join(distDir, name);
  if (force) rmSync(target, { recursive: true, force: true });
  if (!existsSync(target)) {
    const esbuild = await esbuildOrExplain();
    const tmp = path.join(distDir, `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
    mkdirSync(tmp, { recursive: true });
    try {
      await esbuild.build({
        absWorkingDir: root,
        entryPoints: await entryPoints(esbuild, root, files),
        outdir: tmp,
        outbase: '.',
        bundle: true,
        splitting: true,
        chunkNames: 'chunks/[name]-[hash]',
        plugins: [bundleOnly(BUNDLED_PACKAGES)],
        format: 'esm',
        platform: 'node',
        target: 'node20',
        logLevel: 'silent',
        // CommonJS packages bundled into ESM call require(): give them Node's.
        banner: { js: "import { createRequire as __storydeskCreateRequire } from 'node:module'; const require = __storydeskCreateRequire(import.meta.url);" },
      });
      try {
        renameSync(tmp, target);
      } catch (e) {
        // Another process built the same sources at the same time: theirs is as good.
        if (!existsSync(target)) throw e;
        rmSync(tmp, { recursive: true, force: true });
      }
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
  }
  const stampTmp = path.join(distDir, `.stamp-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(stampTmp, JSON.stringify({ builder: BUILDER_VERSION, dir: name, builtAt: Date.now(), files: recorded }));
  renameSync(stampTmp, path.join(distDir, 'stamp.json'));
  pruneOldBuilds(distDir, name);
  return { dir: target, files: files.length, ms: performance.now() - started };
}

function pruneOldBuilds(distDir, current) {
  let old;
  try {
    old = readdirSync(distDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name.startsWith('build-') && e.name !== current)
      .map((e) => ({ name: e.name, mtime: statSync(path.join(distDir, e.name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
  } catch {
    return;
  }
  for (const { name } of old.slice(KEEP_OLD_BUILDS)) rmSync(path.join(distDir, name), { recursive: true, force: true });
  // Temporary folders of builds that died half way (older than a minute).
  for (const e of readdirSync(distDir, { withFileTypes: true })) {
    if (!e.name.startsWith('.tmp-') && !e.name.startsWith('.stamp-')) continue;
    const full = path.join(distDir, e.name);
    try {
      if (Date.now() - statSync(full).mtimeMs > 60_000) rmSync(full, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
}

/** The folder of a current build, building first when there is none. */
export async function ensureBuilt(root = ROOT) {
  const current = currentBuild(root);
  if (current) return { dir: current, built: false, ms: 0 };
  const r = await build(root);
  return { dir: r.dir, built: true, ms: r.ms };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const current = force ? null : currentBuild();
  if (current) {
    process.stdout.write(`build is current: ${path.relative(ROOT, current)}\n`);
  } else {
    build(ROOT, { force }).then(
      (r) => process.stdout.write(`built ${r.files} files into ${path.relative(ROOT, r.dir)} in ${Math.round(r.ms)} ms\n`),
      (e) => {
        process.stderr.write(`build failed: ${e.message}\n`);
        process.exit(1);
      },
    );
  }
}
