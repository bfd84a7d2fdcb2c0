/**
 * Vite plugin: builds client/preloadRoute.ts as a second, tiny entry and puts it first in
 * index.html as `<script type="module" async>`, so it runs as soon as it arrives (it starts
 * loading the current screen's code while the main bundle still downloads). Vite would merge a
 * second module script written in index.html into the main entry; an extra build input does not.
 */
import path from 'node:path';

const NAME = 'preloadRoute';

/** The plugin; `entry` is the early entry's path relative to the repository root. */
export function earlyRoutePreload(entry = 'client/preloadRoute.ts') {
  return {
    name: 'stip-early-route-preload',
    apply: 'build',
    config(config) {
      const root = path.resolve(config.root ?? '.');
      return { build: { rolldownOptions: { input: { index: path.join(root, 'index.html'), [NAME]: path.resolve(entry) } } } };
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
