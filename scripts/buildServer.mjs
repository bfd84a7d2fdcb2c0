// SPDX-License-Identifier: EUPL-1.2
/**
 * Builds the server to plain JavaScript (esbuild) so production runs `node dist/server/index.mjs`
 * without the tsx loader (which costs ~35 MB RSS and start-up time):
 *
 *   server/index.ts     → dist/server/index.mjs   the server (`npm start`, the bench)
 *   server/cli/main.ts  → dist/server/cli.mjs     the command line (`node dist/server/cli.mjs …`)
 *   server/services/export/exportWorker.ts → dist/server/exportWorker.mjs   the dossier export worker thread
 *
 * ESM for node20, one file per entry plus shared and lazily loaded chunks beside them (and .maps); packages in node_modules stay
 * external (better-sqlite3 is native, the others are loaded as installed). `import.meta.url` in
 * our sources keeps meaning "this source file" (e.g. server/app.ts reads ../package.json), so the
 * bundle behaves as under tsx. Outputs are written next to their final name and renamed, so a
 * concurrent start never loads a half-written file. `node scripts/buildServer.mjs` (or
 * `npm run build:server`) builds unconditionally; `buildServerIfStale()` only when sources changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isStale, REPO_ROOT as root } from './staleness.mjs';

/** Folder of the built server. */
export const SERVER_DIST = path.join(root, 'dist', 'server');
/** The built server entry point. */
export const SERVER_BUNDLE = path.join(SERVER_DIST, 'index.mjs');
/** The built command line. */
export const CLI_BUNDLE = path.join(SERVER_DIST, 'cli.mjs');

const entryPoints = {
  index: path.join(root, 'server', 'index.ts'),
  cli: path.join(root, 'server', 'cli', 'main.ts'),
  // the dossier export's worker thread (server/services/export/ExportWorkerHost.ts starts it beside the bundle)
  exportWorker: path.join(root, 'server', 'services', 'export', 'exportWorker.ts'),
};
const sources = ['server', 'shared', 'package.json', 'tsconfig.json', 'scripts/buildServer.mjs', 'scripts/staleness.mjs'];

/** Rewrites `import.meta.url` in our own sources to the source file's URL, computed relative to the bundle. */
const sourceUrlPlugin = {
  name: 'stip-source-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = fs.readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const relative = path.relative(SERVER_DIST, args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/** True when a bundle is missing or older than any server source. */
export function serverIsStale() {
  return isStale(SERVER_BUNDLE, sources) || isStale(CLI_BUNDLE, sources);
}

/** Bundles the server and the command line into dist/server; throws when esbuild reports errors. */
export async function buildServer() {
  const esbuild = await import('esbuild');
  const startedAt = new Date();
  const result = await esbuild.build({
    entryPoints,
    outdir: SERVER_DIST,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Split so that `await import()` stays lazy: the editor schema (Tiptap, ProseMirror) is only
    // loaded when a version is read, not by every server at start.
    splitting: true,
    chunkNames: '[name]-[hash]', // beside the entries, so rewritten import.meta.url paths hold in every output
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    plugins: [sourceUrlPlugin],
  }).finally(() => esbuild.stop()); // no idle esbuild service process left behind
  fs.mkdirSync(SERVER_DIST, { recursive: true });
  // Maps first, bundles last. Each output gets the build's start time as its mtime, so a source
  // saved while esbuild was reading still counts as newer than the bundle (stale next time).
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('.mjs')) - Number(b.path.endsWith('.mjs')));
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.utimesSync(temporary, startedAt, startedAt);
    fs.renameSync(temporary, file.path);
  }
  const current = new Set(files.map((f) => f.path));
  for (const entry of fs.readdirSync(SERVER_DIST)) {
    const file = path.join(SERVER_DIST, entry);
    if (/\.mjs(\.map)?$/.test(entry) && !current.has(file)) fs.rmSync(file, { recursive: true, force: true });
  }
}

/** Builds the server if it is stale; prints progress unless quiet; true when it built. */
export async function buildServerIfStale({ quiet = false } = {}) {
  if (!serverIsStale()) return false;
  if (!quiet) console.log('De server wordt gebouwd…');
  await buildServer();
  return true;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  buildServer().then(
    () => console.log(`Server gebouwd: ${path.relative(root, SERVER_BUNDLE)}, ${path.relative(root, CLI_BUNDLE)}`),
    (err) => {
      console.error(`Het bouwen van de server is mislukt: ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    },
  );
}
