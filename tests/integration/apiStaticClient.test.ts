/** Serving the built client: files, long cache for assets, index.html for client routes, a Dutch page when not built. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

let clientDir: string;
let built: TestServer;
let unbuilt: TestServer;

beforeAll(async () => {
  const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-client-'));
  clientDir = path.join(outer, 'dist');
  fs.mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Stip</title><div id="root"></div>');
  fs.writeFileSync(path.join(clientDir, 'assets', 'main-abc123.js'), 'console.log(1)');
  fs.writeFileSync(path.join(clientDir, 'assets', 'main-abc123.css'), 'body{}');
  fs.writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(outer, 'secret.txt'), 'not for you');
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

describe('without a built client', () => {
  it('explains in Dutch on / how to build it', async () => {
    const res = await fetch(unbuilt.url + '/');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('npm run build');
    expect(text).toContain('lang="nl"');
  });
});
