// SPDX-License-Identifier: EUPL-1.2
/**
 * Holding under attack, against the real server: per-address limits on API calls and WebSocket
 * upgrades, a limit on opening one join link, revocation that closes open sockets at once, the
 * Origin check of upgrades, and HSTS only behind HTTPS.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantView } from '../../shared/api.js';
import { CLOSE, UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { loadConfig, type RateLimits } from '../../server/config.js';
import { openRawCollab, type RawCollabSocket } from '../helpers/rawCollabSocket.js';
import { collabClient, startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const DEFAULT_RATE_LIMITS = loadConfig({}).rateLimits;
const limits = (changes: Partial<RateLimits>): RateLimits => ({ ...DEFAULT_RATE_LIMITS, limitLoopback: true, ...changes });

const servers: TestServer[] = [];
async function serverWith(rateLimits: RateLimits, extra: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer({ rateLimits, ...extra });
  servers.push(s);
  return s;
}
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function upgradeStatus(url: string, docName: string, cookie: string | null, origin?: string): Promise<number> {
  const opened = await openRawCollab(url, docName, { cookie, origin });
  if (opened.ok) {
    opened.socket.close();
    return 101;
  }
  return opened.status;
}

describe('per-address limits', () => {
  it('answer API calls over the limit with 429 rate-limited and Retry-After', async () => {
    const server = await serverWith(limits({ apiPerSecond: 0.01, apiBurst: 5 }));
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await server.api('/api/health')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await server.api<{ error: string }>('/api/health');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toBe('rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const write = await server.api<{ error: string }>('/api/logout', { body: {} });
    expect(write.status).toBe(429);
  });

  it('refuse WebSocket upgrades over the limit with 429 too-many-connections before any authorization', async () => {
    const server = await serverWith(limits({ upgradesPerSecond: 0.01, upgradeBurst: 3 }));
    const seeded = await server.seedWorkshop({ gemeente: 'Stormdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
    const doc = groupDocName(seeded.workshopId, 1);
    const cookie = seeded.participants[0].cookie;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await upgradeStatus(server.url, doc, cookie));
    expect(statuses).toEqual([101, 101, 101]);
    const refused = await openRawCollab(server.url, doc, { cookie });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.status).toBe(UPGRADE_REFUSAL.tooManyConnections.status);
      expect(JSON.parse(refused.body)).toEqual({ error: UPGRADE_REFUSAL.tooManyConnections.error });
    }
    expect(await upgradeStatus(server.url, 'niet/een/document', null)).toBe(429);
  });

  it('limit opening one and the same join link, with a Dutch answer, while other links still open', async () => {
    const server = await serverWith(limits({ linkOpensPerMinute: 3 }));
    const seeded = await server.seedWorkshop({ gemeente: 'Linkdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }, { name: 'Bram', role: 'ambtenaar', group: 2 }] });
    const [anna, bram] = seeded.participants;
    // Seeding opened Anna's link once already.
    for (let i = 0; i < 2; i++) expect((await server.openLink(anna.link)).status).toBe(302);
    const res = await fetch(server.url + new URL(anna.link).pathname, { redirect: 'manual' });
    expect(res.status).toBe(429);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('Deze link is in korte tijd te vaak geopend');
    const other = await server.openLink(bram.link);
    expect(other.status).toBe(302);
    expect(other.cookie).not.toBeNull();
  });

  it('key on the forwarded address behind a trusted proxy, and leave loopback alone by default', async () => {
    const server = await serverWith({ ...DEFAULT_RATE_LIMITS, apiPerSecond: 0.01, apiBurst: 2 }, { trustProxy: true });
    const from = (address: string) => server.api('/api/health', { headers: { 'x-forwarded-for': `198.51.100.7, ${address}` } });
    expect([(await from('203.0.113.5')).status, (await from('203.0.113.5')).status, (await from('203.0.113.5')).status]).toEqual([200, 200, 429]);
    expect((await from('203.0.113.6')).status).toBe(200);
    const direct = [];
    for (let i = 0; i < 20; i++) direct.push((await server.api('/api/health')).status);
    expect(new Set(direct)).toEqual(new Set([200]));
  });

  it('are off for loopback by default, so local tools and a same-machine proxy keep working', async () => {
    const server = await startTestServer();
    servers.push(server);
    const statuses = await Promise.all(Array.from({ length: 150 }, () => server.api('/api/health').then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});

describe('revocation', () => {
  let server: TestServer;
  let seeded: SeededWorkshop;
  const open: RawCollabSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    servers.push(server);
    seeded = await server.seedWorkshop({
      gemeente: 'Intrekdorp',
      participants: [{ name: 'Anna Weg', role: 'raadslid', group: 1 }, { name: 'Bram Nieuw', role: 'ambtenaar', group: 2 }],
    });
  });
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });

  async function socketsOf(cookie: string, docs: string[]): Promise<RawCollabSocket[]> {
    const sockets: RawCollabSocket[] = [];
    for (const doc of docs) {
      const opened = await openRawCollab(server.url, doc, { cookie });
      if (!opened.ok) throw new Error(`could not open ${doc}: ${opened.status}`);
      sockets.push(opened.socket);
      open.push(opened.socket);
    }
    return sockets;
  }

  it('closes every open socket of a removed participant at once, and their cookie opens nothing any more', async () => {
    const anna = seeded.participants[0];
    const sockets = await socketsOf(anna.cookie, [groupDocName(seeded.workshopId, 1), visionDocName(seeded.workshopId)]);
    const provider = collabClient(server.url, groupDocName(seeded.workshopId, 1), anna.cookie);
    await provider.synced();
    const started = performance.now();
    const removed = await server.api(`/api/workshops/${seeded.workshopId}/participants/${anna.id}`, { method: 'DELETE', cookie: seeded.facilitator.cookie });
    expect(removed.status).toBe(204);
    const closes = await Promise.all([...sockets.map((s) => s.closed), provider.closed()]);
    console.log(`removal closed ${closes.length} sockets in ${Math.round(performance.now() - started)} ms`);
    for (const c of closes) expect(c).toEqual({ code: CLOSE.sessionEnded.code, reason: CLOSE.sessionEnded.reason });
    provider.destroy(); // a stock provider stops by itself on 44xx: it does not reconnect
    const again = collabClient(server.url, groupDocName(seeded.workshopId, 1), anna.cookie);
    expect(await again.refused()).toBe(401);
    again.destroy();
    expect(await upgradeStatus(server.url, groupDocName(seeded.workshopId, 1), anna.cookie)).toBe(401);
    expect((await server.api('/api/me', { cookie: anna.cookie })).status).toBe(401);
  });

  it('closes every open socket when the link is renewed; the old link and cookie stop, the new link works', async () => {
    const bram = seeded.participants[1];
    const sockets = await socketsOf(bram.cookie, [groupDocName(seeded.workshopId, 2), visionDocName(seeded.workshopId)]);
    const started = performance.now();
    const renewed = await server.api<ParticipantView>(`/api/workshops/${seeded.workshopId}/participants/${bram.id}/link`, { cookie: seeded.facilitator.cookie, body: {} });
    expect(renewed.status).toBe(200);
    const closes = await Promise.all(sockets.map((s) => s.closed));
    console.log(`link renewal closed ${closes.length} sockets in ${Math.round(performance.now() - started)} ms`);
    for (const c of closes) expect(c.code).toBe(CLOSE.sessionEnded.code);
    expect(await upgradeStatus(server.url, groupDocName(seeded.workshopId, 2), bram.cookie)).toBe(401);
    expect((await server.openLink(bram.link)).location).toBe('/?fout=link-revoked');
    const fresh = await server.openLink(renewed.body.link);
    expect(await upgradeStatus(server.url, groupDocName(seeded.workshopId, 2), fresh.cookie)).toBe(101);
  });
});

describe('WebSocket upgrades from a browser page', () => {
  it('are refused from a foreign Origin (403 bad-origin) even with a valid session, and accepted from the own origin', async () => {
    const server = await startTestServer();
    servers.push(server);
    const seeded = await server.seedWorkshop({ gemeente: 'Oorsprong', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
    const doc = groupDocName(seeded.workshopId, 1);
    const cookie = seeded.participants[0].cookie;
    const foreign = await openRawCollab(server.url, doc, { cookie, origin: 'https://evil.example' });
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) expect([foreign.status, JSON.parse(foreign.body).error]).toEqual([403, 'bad-origin']);
    expect(await upgradeStatus(server.url, doc, cookie, 'null')).toBe(403);
    expect(await upgradeStatus(server.url, doc, cookie, server.url)).toBe(101);
  });

  it('behind a public URL accept that origin and still refuse others', async () => {
    const server = await startTestServer({ publicUrl: 'https://stip.gemeente.example' });
    servers.push(server);
    const seeded = await server.seedWorkshop({ gemeente: 'Publiekdorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
    const doc = groupDocName(seeded.workshopId, 1);
    const cookie = seeded.participants[0].cookie;
    expect(await upgradeStatus(server.url, doc, cookie, 'https://stip.gemeente.example')).toBe(101);
    expect(await upgradeStatus(server.url, doc, cookie, 'https://stip.gemeente.example.evil.example')).toBe(403);
    expect(await upgradeStatus(server.url, doc, cookie, 'http://stip.gemeente.example')).toBe(403);
  });
});

describe('HSTS', () => {
  it('is sent only when the server runs behind HTTPS', async () => {
    const plain = await startTestServer();
    const secure = await startTestServer({ secureCookies: true });
    servers.push(plain, secure);
    const plainRes = await fetch(plain.url + '/api/health');
    const secureRes = await fetch(secure.url + '/api/health');
    expect(plainRes.headers.get('strict-transport-security')).toBeNull();
    expect(secureRes.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
