// SPDX-License-Identifier: EUPL-1.2
/**
 * What every page loads at start comes in a few files (scripts/earlyRoutePreload.mjs): the main
 * bundle in one, and the early entry without it, so it can start the screen's code at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticClosure } from '../../scripts/earlyRoutePreload.mjs';

const clientDir = path.resolve('dist/client');
/** The files a built script imports statically (`import … from "./x.js"` or `import "./x.js"`). */
const staticImports = (file: string) =>
  [...fs.readFileSync(path.join(clientDir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => `assets/${m[1]}`);

describe('start chunks', () => {
  it('collect a module and everything it imports, once, also through cycles', () => {
    const imports: Record<string, string[]> = { a: ['b', 'c'], b: ['a'], c: ['d'], d: [], e: ['a'] };
    expect([...staticClosure('a', (id: string) => imports[id] ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a page starts with at most five scripts, and the early entry does not wait for the main bundle', () => {
    const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script[^>]*src|link rel="modulepreload"[^>]*href)="\/(assets\/[\w.-]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeLessThanOrEqual(5);
    const early = scripts.find((file) => /preloadRoute-/.test(file))!;
    const main = scripts.find((file) => /index-/.test(file))!;
    expect(early).toBeDefined();
    expect([...staticClosure(early, staticImports)]).not.toContain(main);
  });
});
