// SPDX-License-Identifier: EUPL-1.2
/** Join links, sessions and the headers of every answer, against a real server. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { MeAnswer, ParticipantView } from '../../shared/api.js';
import { hashToken } from '../../server/auth/tokens.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const tokenOf = (link: string) => new URL(link).pathname.slice(3);

describe('the set-up link', () => {
  it('is made at the first start, opens a set-up session and then never works again', async () => {
    const link = server.app.setupLink;
    expect(link).toMatch(/^http:\/\/localhost:\d+\/j\/[A-Za-z0-9_-]{43}$/);

    const first = await server.openLink(link!);
    expect(first.status).toBe(302);
    expect(first.location).toBe('/regie');
    expect(first.cookie).toMatch(/^stip_session=[A-Za-z0-9_-]{43}$/);
    const me = await server.api<MeAnswer>('/api/me', { cookie: first.cookie! });
    expect(me.body).toEqual({ kind: 'setup', now: expect.any(Number) });

    const second = await server.openLink(link!);
    expect(second).toEqual({ status: 302, location: '/?fout=setup-link-used', cookie: null });
  });

  it('is encrypted for listing under a server secret that only the server user can read (0600; in PostgreSQL: one row, no file)', async () => {
    if (server.databaseUrl) {
      expect(await server.rows.get('SELECT COUNT(*) AS n FROM stip_server_secret')).toEqual({ n: 1 });
      expect(fs.existsSync(path.join(server.dataDir, 'secret.key'))).toBe(false);
      return;
    }
    const mode = fs.statSync(path.join(server.dataDir, 'secret.key')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('does not get used up by a HEAD request (link previews)', async () => {
    const link = await server.app.issueSetupLink();
    const head = await fetch(server.url + new URL(link).pathname, { method: 'HEAD', redirect: 'manual' });
    expect(head.headers.get('set-cookie')).toBeNull();
    expect((await server.openLink(link)).location).toBe('/regie');
  });

  it('stores only the hash of the token, never the token itself', async () => {
    const link = await server.app.issueSetupLink();
    const token = tokenOf(link);
    const row = (await server.rows.get<{ token_hash: string; token_enc: string }>('SELECT token_hash, token_enc FROM links WHERE token_hash = ?', [hashToken(token)]))!;
    expect(row.token_hash).toBe(hashToken(token));
    expect(row.token_enc).not.toContain(token);
  });

  it('stops working when a newer set-up link is made', async () => {
    const older = await server.app.issueSetupLink();
    const newer = await server.app.issueSetupLink();
    expect((await server.openLink(older)).location).toBe('/?fout=link-revoked');
    expect((await server.openLink(newer)).location).toBe('/regie');
  });

  it('sets the cookie HttpOnly, SameSite=Lax, for the whole site, for the session lifetime', async () => {
    const res = await fetch(server.url + new URL(await server.app.issueSetupLink()).pathname, { redirect: 'manual' });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain(`Max-Age=${server.app.services.sessionHours * 3600}`);
    expect(cookie).not.toContain('Secure');
  });
});

describe('a participant link', () => {
  beforeAll(async () => {
    seeded = await server.seedWorkshop({
      gemeente: 'Linkdorp',
      participants: [
        { name: 'Anna Raad', role: 'raadslid', group: 2 },
        { name: 'Bram Ambt', role: 'ambtenaar', group: 1 },
      ],
    });
  });

  it('brings a member to their group room and the facilitator to the regie page', async () => {
    const anna = seeded.participants[0];
    expect((await server.openLink(anna.link)).location).toBe(`/w/${seeded.workshopId}/groep/2`);
    expect((await server.openLink(seeded.facilitator.link)).location).toBe(`/w/${seeded.workshopId}/regie`);
  });

  it('brings a member without a group to the workshop page', async () => {
    const bram = seeded.participants[1];
    await server.rows.run('UPDATE participants SET grp = NULL WHERE id = ?', [bram.id]);
    expect((await server.openLink(bram.link)).location).toBe(`/w/${seeded.workshopId}`);
    await server.rows.run('UPDATE participants SET grp = 1 WHERE id = ?', [bram.id]);
  });

  it('can be opened again (it is the person\'s own link) and says who they are', async () => {
    const anna = seeded.participants[0];
    const again = await server.openLink(anna.link);
    const me = await server.api<MeAnswer>('/api/me', { cookie: again.cookie! });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      kind: 'participant',
      participant: { id: anna.id, name: 'Anna Raad', role: 'raadslid', group: 2 },
      workshop: { id: seeded.workshopId, gemeente: 'Linkdorp', showNames: false },
    });
    if (me.body.kind === 'participant') expect(me.body.participant.authorKey).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('redirects an unknown or malformed token to /?fout=link-unknown', async () => {
    expect((await server.openLink(`${server.url}/j/${'A'.repeat(43)}`)).location).toBe('/?fout=link-unknown');
    expect((await server.openLink(`${server.url}/j/not-a-token`)).location).toBe('/?fout=link-unknown');
    expect((await server.openLink(`${server.url}/j/`)).location).toBe('/?fout=link-unknown');
  });

  it('redirects an expired link to /?fout=link-expired without a session', async () => {
    const bram = seeded.participants[1];
    const hash = hashToken(tokenOf(bram.link));
    await server.rows.run('UPDATE links SET expires_at = 1 WHERE token_hash = ?', [hash]);
    expect(await server.openLink(bram.link)).toEqual({ status: 302, location: '/?fout=link-expired', cookie: null });
    await server.rows.run('UPDATE links SET expires_at = ? WHERE token_hash = ?', [Date.now() + 3600_000, hash]);
  });

  it('is revoked by renewing it: the old link says link-revoked, old sessions end, the new link works', async () => {
    const bram = seeded.participants[1];
    const renewed = await server.api<ParticipantView>(`/api/workshops/${seeded.workshopId}/participants/${bram.id}/link`, { cookie: seeded.facilitator.cookie, body: {} });
    expect(renewed.status).toBe(200);
    expect(renewed.body.link).not.toBe(bram.link);
    expect((await server.openLink(bram.link)).location).toBe('/?fout=link-revoked');
    expect((await server.api('/api/me', { cookie: bram.cookie })).status).toBe(401);
    const fresh = await server.openLink(renewed.body.link);
    expect(fresh.location).toBe(`/w/${seeded.workshopId}/groep/1`);
  });
});

describe('a session', () => {
  it('is needed for /api/me: without one the answer is 401 no-session', async () => {
    const res = await server.api('/api/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: 'no-session' });
    expect((await server.api('/api/me', { cookie: 'stip_session=garbage' })).status).toBe(401);
    expect((await server.api('/api/me', { cookie: `stip_session=${'x'.repeat(43)}` })).status).toBe(401);
  });

  it('ends at logout: the cookie is cleared and the session no longer works', async () => {
    const cookie = await server.setupSession();
    const out = await server.api('/api/logout', { cookie, body: {} });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await server.api('/api/me', { cookie })).status).toBe(401);
  });

  it('stops working once expired', async () => {
    const cookie = await server.setupSession();
    await server.rows.run('UPDATE sessions SET expires_at = 1 WHERE id_hash = ?', [hashToken(cookie.split('=')[1])]);
    expect((await server.api('/api/me', { cookie })).status).toBe(401);
  });
});

describe('every answer', () => {
  it('carries the security headers (CSP, nosniff, no referrer) and no HSTS without HTTPS', async () => {
    const answers = [
      await fetch(server.url + '/api/health'),
      await fetch(server.url + '/api/me'),
      await fetch(server.url + '/j/unknown', { redirect: 'manual' }),
      await fetch(server.url + '/'),
      await fetch(server.url + '/collab/w/x'),
    ];
    for (const res of answers) {
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      await res.arrayBuffer();
    }
  });

  it('is never a stack trace: an unknown API route is a JSON 404', async () => {
    const res = await server.api('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not-found', message: 'No such route' });
  });
});

describe('health', () => {
  it('answers ok and the store status without a session, and no internal figures (version, rooms, connections)', async () => {
    const res = await server.api<Record<string, unknown>>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, status: 'ok', store: expect.any(Object) });
    for (const figure of ['version', 'uptimeSeconds', 'rooms', 'connections']) expect(res.body).not.toHaveProperty(figure);
  });

  it('keeps the collab figures for GET /metrics, which is off without STIP_METRICS_TOKEN', async () => {
    expect((await server.api('/metrics')).status).toBe(404);
    const own = await startTestServer({ metricsToken: 'geheim-metriek' });
    try {
      expect((await own.api('/metrics')).status).toBe(404);
      expect((await own.api('/metrics', { headers: { authorization: 'Bearer fout' } })).status).toBe(404);
      const res = await own.api('/metrics', { headers: { authorization: 'Bearer geheim-metriek', accept: 'application/json' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: expect.any(String), uptimeSeconds: expect.any(Number), rooms: expect.any(Number), connections: expect.any(Number) });
    } finally {
      await own.close();
    }
  });
});

describe('the CSP with a public URL', () => {
  it('lets WebSockets connect to the public URL\'s wss origin and the page\'s own origin only', async () => {
    const own = await startTestServer({ publicUrl: 'https://stip.gemeente.nl' });
    try {
      const res = await fetch(own.url + '/api/health');
      await res.arrayBuffer();
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self' wss://stip.gemeente.nl;");
    } finally {
      await own.close();
    }
  });
});

describe('WebSocket upgrades', () => {
  it('are refused with 404 on any path but /collab/', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(server.url.replace('http', 'ws') + '/api/health');
      ws.on('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); ws.terminate(); });
      ws.on('error', () => resolve(-1));
    });
    expect(status).toBe(404);
  });
});

describe('behind HTTPS (secureCookies)', () => {
  it('marks the session cookie Secure and sends HSTS', async () => {
    const secure = await startTestServer({ secureCookies: true });
    try {
      const res = await fetch(secure.url + new URL(secure.app.setupLink!).pathname, { redirect: 'manual' });
      expect(res.headers.get('set-cookie')).toContain('; Secure');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });
});
