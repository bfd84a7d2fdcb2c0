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

/** The plugin; `entry` is the early entry's path relative to the repository root. */
export function earlyRoutePreload(entry = 'client/preloadRoute.ts') {
  return {
    name: 'stip-early-route-preload',
    apply: 'build',
    config(config) {
      const root = path.resolve(config.root ?? '.');
      return { build: { rolldownOptions: { input: { index: path.join(root, 'index.html'), [NAME]: path.resolve(entry) } } } };
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
