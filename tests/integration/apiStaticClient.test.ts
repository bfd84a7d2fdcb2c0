// SPDX-License-Identifier: EUPL-1.2
/**
 * Serving the built client: files, long cache for assets, index.html for client routes, brotli and
 * gzip copies by Accept-Encoding, a Dutch page when not built.
 */
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';
import { precompressDir } from '../../scripts/precompress.mjs';

let clientDir: string;
const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const line${i} = 'De stip op de horizon, regel ${i}';`).join('\n');
const INDEX_HTML = '<!doctype html><title>Stip</title><div id="root"></div>';

/** A GET with exactly the given headers (fetch would add its own Accept-Encoding and decode). */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
let built: TestServer;
let unbuilt: TestServer;

beforeAll(async () => {
  const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-client-'));
  clientDir = path.join(outer, 'dist');
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX_HTML.padEnd(2000, ' '));
  fs.writeFileSync(path.join(clientDir, 'assets', 'main-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(clientDir, 'assets', 'main-abc123.css'), 'body{}');
  fs.writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(outer, 'secret.txt'), 'not for you');
  fs.writeFileSync(path.join(clientDir, 'assets', 'editor-def456.js'), BIG_SCRIPT);
  precompressDir(clientDir);
  built = await startTestServer({ clientDir });
  unbuilt = await startTestServer({ clientDir: path.join(outer, 'missing') });
});
afterAll(async () => {
  await built?.close();
  await unbuilt?.close();
  fs.rmSync(path.dirname(clientDir), { recursive: true, force: true });
});

describe('the built client', () => {
  it('is served with the right content types and a long cache for hashed assets', async () => {
    const js = await fetch(built.url + '/assets/main-abc123.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log(1)');
    const css = await fetch(built.url + '/assets/main-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    await css.arrayBuffer();
    const svg = await fetch(built.url + '/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
    await svg.arrayBuffer();
  });

  it('answers index.html for every client route', async () => {
    for (const route of ['/', '/regie', '/w/AbCdEf0123456789', '/w/AbCdEf0123456789/regie', '/w/AbCdEf0123456789/groep/2', '/?fout=link-expired']) {
      const res = await fetch(built.url + route);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('answers 404 for a missing asset instead of index.html', async () => {
    const res = await fetch(built.url + '/assets/gone-000.js');
    expect(res.status).toBe(404);
    await res.arrayBuffer();
  });

  it('never serves a file outside the client folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await fetch(built.url + attempt);
      expect(await res.text(), attempt).not.toContain('not for you');
    }
  });
});

describe('compression', () => {
  it('sends the brotli copy to a browser that accepts br, with the right headers and the same bytes after decoding', async () => {
    const res = await rawGet(built.url + '/assets/editor-def456.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(BIG_SCRIPT.length);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(BIG_SCRIPT);
  });

  it('sends the gzip copy to a client that accepts only gzip', async () => {
    const res = await rawGet(built.url + '/assets/editor-def456.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(zlib.gunzipSync(res.body).toString()).toBe(BIG_SCRIPT);
  });

  it('sends the plain file to a request without Accept-Encoding', async () => {
    const res = await rawGet(built.url + '/assets/editor-def456.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(BIG_SCRIPT.length);
    expect(res.body.toString()).toBe(BIG_SCRIPT);
  });

  it('compresses index.html for client routes too, and never lets it be cached without asking', async () => {
    const res = await rawGet(built.url + '/w/AbCdEf0123456789/groep/1', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(res.body).toString().trimEnd()).toBe(INDEX_HTML);
  });

  it('answers a HEAD with the length of the copy it would send', async () => {
    const res = await fetch(built.url + '/assets/editor-def456.js', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(Number(res.headers.get('content-length'))).toBe(fs.statSync(path.join(clientDir, 'assets', 'editor-def456.js.gz')).size);
  });

  it('leaves files too small to gain uncompressed', async () => {
    const res = await rawGet(built.url + '/assets/main-abc123.js', { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('console.log(1)');
  });
});

describe('without a built client', () => {
  it('explains in Dutch on / how to build it', async () => {
    const res = await fetch(unbuilt.url + '/');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('npm run build');
    expect(text).toContain('lang="nl"');
  });
});
