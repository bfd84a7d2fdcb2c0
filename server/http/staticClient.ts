// SPDX-License-Identifier: EUPL-1.2
/**
 * Serves the built client (dist/client): files with their content type, long cache for /assets/*
 * (hashed names), index.html for every other GET (SPA routes), never cached without revalidation.
 * A file with a precompressed copy beside it (`x.br`, `x.gz`, made by scripts/precompress.mjs) is
 * sent as that copy when the request's Accept-Encoding allows (server/http/contentEncoding.ts),
 * with Content-Encoding, the copy's Content-Length and `Vary: Accept-Encoding`. For a browser with
 * a session, index.html carries the session's answer inline (sessionInline.ts). Without a build,
 * `/` explains in Dutch how to build it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './respond.js';
import { acceptedEncodings, PRECOMPRESSED_ENCODINGS } from './contentEncoding.js';
import { pageWithSession, type PageSession, type SessionInliner } from './sessionInline.js';
import { screenPreloadFiles } from './screenPreloads.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Stip</title></head>
<body><main><h1>Stip</h1>
<p>De webapp is nog niet gebouwd. Voer <code>npm run build</code> uit (of start met <code>npm start</code>, dat bouwt hem vanzelf) en laad deze pagina opnieuw.</p>
</main></body></html>
`;

/** The copy of a file to send: a precompressed one the request accepts, else the file itself. */
function chooseCopy(req: IncomingMessage, file: string, size: number): { path: string; size: number; encoding: string | null; varies: boolean } {
  const varies = PRECOMPRESSED_ENCODINGS.some((p) => fileStat(file + p.suffix) !== null);
  if (varies) {
    for (const accepted of acceptedEncodings(req.headers['accept-encoding'])) {
      const stat = fileStat(file + accepted.suffix);
      if (stat) return { path: file + accepted.suffix, size: stat.size, encoding: accepted.encoding, varies };
    }
  }
  return { path: file, size, encoding: null, varies };
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, cache: string): void {
  const copy = chooseCopy(req, file, size);
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': copy.size,
    'Cache-Control': cache,
    ...(copy.encoding ? { 'Content-Encoding': copy.encoding } : {}),
    ...(copy.varies ? { Vary: 'Accept-Encoding' } : {}),
  });
  if (req.method === 'HEAD') { res.end(); return; }
  fs.createReadStream(copy.path).on('error', () => res.destroy()).pipe(res);
}

function fileStat(file: string): fs.Stats | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? stat : null;
}

/** Sends index.html with the session inline and its screen's code preloaded (personal, so never stored by a cache). */
function sendPageWithSession(req: IncomingMessage, res: ServerResponse, index: string, session: PageSession): void {
  const preloads = session.screen ? screenPreloadFiles(path.dirname(index), session.screen) : [];
  const page = Buffer.from(pageWithSession(fs.readFileSync(index, 'utf8'), session.json, preloads));
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': page.length, 'Cache-Control': 'no-store', Vary: 'Cookie' });
  res.end(req.method === 'HEAD' ? undefined : page);
}

/** Creates the handler for every GET that is not /api, /j or /collab (`inlineSession`: see sessionInline.ts). */
export function createStaticClient(clientDir: string | null, inlineSession?: SessionInliner) {
  const root = clientDir ? path.resolve(clientDir) : null;
  return async function serveClient(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 404, { error: 'not-found', message: 'No such route' });
      return;
    }
    const index = root ? path.join(root, 'index.html') : null;
    const indexStat = index ? fileStat(index) : null;
    if (!root || !index || !indexStat) {
      res.writeHead(pathname === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : NOT_BUILT_PAGE);
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendJson(res, 404, { error: 'not-found', message: 'No such file' });
      return;
    }
    const file = path.resolve(root, '.' + path.posix.normalize(decoded));
    const inside = file.startsWith(root + path.sep);
    const stat = inside && !decoded.includes('\0') ? fileStat(file) : null;
    if (stat) {
      const cache = decoded.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      sendFile(req, res, file, stat.size, cache);
      return;
    }
    if (decoded.startsWith('/assets/') || path.posix.extname(decoded) !== '') {
      sendJson(res, 404, { error: 'not-found', message: 'No such file' });
      return;
    }
    const session = (await inlineSession?.(req, decoded)) ?? null;
    if (session !== null) sendPageWithSession(req, res, index, session);
    else sendFile(req, res, index, indexStat.size, 'no-cache');
  };
}
