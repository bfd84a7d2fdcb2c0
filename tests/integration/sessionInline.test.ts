// SPDX-License-Identifier: EUPL-1.2
/**
 * The page of a browser with a session carries GET /api/me's answer inline (a JSON data block, no
 * script), personal and never cached; without a session the page is the plain, cacheable file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_SCRIPT_ID, type SessionAnswer } from '../../shared/api.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const INDEX_HTML = '<!doctype html><html><head><title>Stip</title></head><body><div id="root"></div></body></html>';
let clientDir: string;
let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-inline-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(clientDir, 'screen-preloads.json'), JSON.stringify({ GroupRoomRoute: ['assets/GroupRoomRoute-abc.js', 'assets/extensions-def.js'], PlenaryRoute: ['assets/PlenaryRoute-ghi.js'] }));
  server = await startTestServer({ clientDir });
  seeded = await server.seedWorkshop({ gemeente: 'Middelstad', participants: [{ name: 'An </script><script>alert(1)</script>', role: 'raadslid', group: 1 }] });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

const inlined = (html: string): SessionAnswer | null => {
  const match = new RegExp(`<script type="application/json" id="${SESSION_SCRIPT_ID}">(.*?)</script>`).exec(html);
  return match ? (JSON.parse(match[1]) as SessionAnswer) : null;
};

describe('the page with the session inline', () => {
  it('carries the same answer as GET /api/me, with the server clock, and is never cached', async () => {
    const person = seeded.participants[0];
    const before = Date.now();
    const page = await fetch(`${server.url}/w/${seeded.workshopId}/groep/1`, { headers: { cookie: person.cookie } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('vary')).toBe('Cookie');
    const answer = inlined(html);
    expect(answer).not.toBeNull();
    expect(answer!.now).toBeGreaterThanOrEqual(before);
    const me = await server.api<SessionAnswer>('/api/me', { cookie: person.cookie });
    expect({ ...answer, now: 0 }).toEqual({ ...me.body, now: 0 });
    expect(answer).toMatchObject({ kind: 'participant', participant: { name: person.name, group: 1 }, workshop: { gemeente: 'Middelstad' } });
    // The name cannot end the data block: exactly one script element, and it is the data block.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('</head>');
  });

  it('preloads the code of the session\'s landing screen there, and only there', async () => {
    const person = seeded.participants[0];
    const room = await (await fetch(`${server.url}/w/${seeded.workshopId}/groep/1`, { headers: { cookie: person.cookie } })).text();
    expect(room.match(/<link rel="modulepreload" crossorigin href="[^"]+">/g)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/GroupRoomRoute-abc.js">',
      '<link rel="modulepreload" crossorigin href="/assets/extensions-def.js">',
    ]);
    const other = await (await fetch(`${server.url}/w/${seeded.workshopId}/privacy`, { headers: { cookie: person.cookie } })).text();
    expect(inlined(other)).not.toBeNull();
    expect(other).not.toContain('modulepreload');
  });

  it('is left out without a session, and for a session that ended', async () => {
    const plain = await fetch(`${server.url}/w/${seeded.workshopId}/groep/1`);
    expect(await plain.text()).toBe(INDEX_HTML);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    const ended = await fetch(`${server.url}/`, { headers: { cookie: 'stip_session=' + 'x'.repeat(43) } });
    expect(inlined(await ended.text())).toBeNull();
  });

  it('is not added to files', async () => {
    fs.writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg/>');
    const file = await fetch(`${server.url}/favicon.svg`, { headers: { cookie: seeded.participants[0].cookie } });
    expect(await file.text()).toBe('<svg/>');
  });
});
