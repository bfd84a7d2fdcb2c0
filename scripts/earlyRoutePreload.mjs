// SPDX-License-Identifier: EUPL-1.2
/**
 * Vite plugin: builds client/preloadRoute.ts as a second, tiny entry and puts it first in
 * index.html as `<script type="module" async>`, so it runs as soon as it arrives (it starts
 * loading the current screen's code while the main bundle still downloads). Vite would merge a
 * second module script written in index.html into the main entry; an extra build input does not.
 *
 * It also writes `screen-preloads.json`: per screen loaded on demand (client/routes/<Name>Route.tsx)
 * the files of its code that the main entry does not load itself. The server puts them into the
 * page as `<link rel="modulepreload">` when it knows the screen (a session's landing page,
 * server/http/sessionInline.ts), so they load with the main bundle, without waiting for this entry.
 *
 * And it puts what every page loads at start (the main entry and all it imports, but not what the
 * early entry needs) into one file instead of about a dozen: a warm visit reads and instantiates
 * fewer cached files, and no screen loads more than before (it all loads on every page anyway).
 */
import path from 'node:path';

const NAME = 'preloadRoute';
/** The file the server reads (server/http/screenPreloads.ts). */
export const SCREEN_PRELOADS_FILE = 'screen-preloads.json';
const SCREEN = /[\\/]client[\\/]routes[\\/](\w+Route)\.tsx$/;

/** Per screen module name, its chunk and the chunks it imports that the main entry does not. */
export function screenPreloads(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (file, into = new Set()) => {
    if (into.has(file)) return into;
    into.add(file);
    for (const next of byFile.get(file)?.imports ?? []) closure(next, into);
    return into;
  };
  const loaded = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [...closure(c.fileName)]));
  const screens = {};
  for (const chunk of chunks) {
    const name = chunk.isDynamicEntry && chunk.facadeModuleId ? SCREEN.exec(chunk.facadeModuleId)?.[1] : undefined;
    if (name) screens[name] = [...closure(chunk.fileName)].filter((file) => !loaded.has(file));
  }
  return screens;
}

/** The modules `from` imports statically, itself included, given each module's static imports. */
export function staticClosure(from, importsOf) {
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of importsOf(id)) visit(next);
  };
  visit(from);
  return seen;
}

/** The plugin; `entry` is the early entry's path relative to the repository root. */
export function earlyRoutePreload(entry = 'client/preloadRoute.ts') {
  const earlyEntry = path.resolve(entry);
  /** Static imports per module, as parsed. */
  const imports = new Map();
  let early = null;
  /** The early entry's modules (asked only once all modules are parsed, when chunks are made). */
  const earlyModules = () => (early ??= staticClosure(earlyEntry, (id) => imports.get(id) ?? []));
  return {
    name: 'stip-early-route-preload',
    apply: 'build',
    config(config) {
      const root = path.resolve(config.root ?? '.');
      const startGroup = { name: 'start', tags: ['$initial'], test: (id) => !earlyModules().has(id), includeDependenciesRecursively: false };
      return { build: { rolldownOptions: { input: { index: path.join(root, 'index.html'), [NAME]: earlyEntry }, output: { codeSplitting: { groups: [startGroup] } } } } };
    },
    buildStart() {
      imports.clear();
      early = null;
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
    },
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: SCREEN_PRELOADS_FILE, source: JSON.stringify(screenPreloads(bundle)) });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === NAME);
        if (!chunk) return html;
        return html.replace(/<head>/i, `$&\n    <script type="module" async crossorigin src="/${chunk.fileName}"></script>`);
      },
    },
  };
}
