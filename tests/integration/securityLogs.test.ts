// SPDX-License-Identifier: EUPL-1.2
/**
 * No secret and no personal data in the server log: a full flow (set-up link, workshop, people
 * with e-mail, CSV import, join links, collaboration, refusals, rate limits, renewal, export,
 * delete) is run with every log line captured, then the lines are searched for every token,
 * cookie, e-mail address and name used.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantView, WorkshopDetail } from '../../shared/api.js';
import { groupDocName } from '../../shared/docNames.js';
import { addStatement } from '../../shared/groupDoc.js';
import type { Role } from '../../shared/roles.js';
import { startStip, type StipApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { formatLogLine, type Log } from '../../server/log.js';
import { openRawCollab } from '../helpers/rawCollabSocket.js';
import { collabClient } from '../helpers/stipServer.js';

const lines: string[] = [];
const secrets = new Set<string>();
const capture: Log = {
  info: (event, fields) => { lines.push(formatLogLine('INFO', event, fields)); },
  warn: (event, fields) => { lines.push(formatLogLine('WARN', event, fields)); },
  error: (event, fields) => { lines.push(formatLogLine('ERROR', event, fields)); },
};

let app: StipApp;
let base: string;
let dataDir: string;
const writes = { stdout: process.stdout.write.bind(process.stdout), stderr: process.stderr.write.bind(process.stderr) };

/** Remembers a link's token and answers the path to open it. */
function remember(link: string): string {
  const token = new URL(link).pathname.slice(3);
  secrets.add(token);
  return token;
}

async function open(link: string): Promise<string | null> {
  remember(link);
  const res = await fetch(base + new URL(link).pathname, { redirect: 'manual' });
  await res.arrayBuffer();
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? null;
  if (cookie) secrets.add(cookie.split('=')[1]);
  return cookie;
}

async function api<T>(pathname: string, cookie: string | null, method = 'GET', body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(base + pathname, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(method !== 'GET' ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

beforeAll(async () => {
  // Anything written straight to stdout/stderr by the server counts as a log line too.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => { lines.push(String(chunk)); return (writes.stdout as (...a: unknown[]) => boolean)(chunk, ...rest); }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => { lines.push(String(chunk)); return (writes.stderr as (...a: unknown[]) => boolean)(chunk, ...rest); }) as typeof process.stderr.write;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-logs-'));
  const config = loadConfig({}, { port: 0, host: '127.0.0.1', dataDir, clientDir: null, publicUrl: null, quiet: false });
  config.rateLimits = { ...config.rateLimits, limitLoopback: true, linkOpensPerMinute: 2 };
  app = await startStip(config, { log: capture });
  base = `http://127.0.0.1:${app.port}`;
});

afterAll(async () => {
  await app?.close();
  process.stdout.write = writes.stdout;
  process.stderr.write = writes.stderr;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the server log', () => {
  it('holds no token, cookie, e-mail address or name after a full flow', async () => {
    const setup = (await open(app.setupLink!))!;
    const people = [['Anna Logboek', 'anna.logboek@logdorp.example'], ['Bram Logboek', 'bram.logboek@logdorp.example']];
    for (const [name, email] of people) secrets.add(name).add(email);
    secrets.add('Dina Csv').add('dina.csv@logdorp.example');

    const created = await api<WorkshopDetail>('/api/workshops', setup, 'POST', { gemeente: 'Logdorp', facilitatorName: 'Fien Facilitator' });
    secrets.add('Fien Facilitator');
    const id = created.body.id;
    const facilitator = (await open(created.body.facilitatorLink))!;
    const added: ParticipantView[] = [];
    for (const [name, email] of people) added.push((await api<ParticipantView>(`/api/workshops/${id}/participants`, facilitator, 'POST', { name, role: 'raadslid', email, group: 1 })).body);
    await api(`/api/workshops/${id}/participants/import`, facilitator, 'POST', { csv: 'naam,rol,email\nDina Csv,ambtenaar,dina.csv@logdorp.example\nKapotte Regel,koning,\n' });
    secrets.add('Kapotte Regel');
    const anna = (await open(added[0].link))!;
    await open(added[0].link);
    expect((await fetch(base + new URL(added[0].link).pathname, { redirect: 'manual' })).status).toBe(429);
    await open(`${base}/j/${'Z'.repeat(43)}`);
    await api('/api/me', `stip_session=${'Q'.repeat(43)}`);
    secrets.add('Q'.repeat(43));

    const client = collabClient(base, groupDocName(id, 1), anna);
    await client.synced();
    const me = (await api<{ participant: { authorKey: string; role: Role } }>('/api/me', anna)).body.participant;
    addStatement(client.doc, { kind: 'loslaten', text: 'Geheime uitspraak in het logboek', authorKey: me.authorKey, authorRole: me.role });
    secrets.add('Geheime uitspraak in het logboek');
    const bad = await openRawCollab(base, groupDocName(id, 1), { cookie: anna });
    if (bad.ok) { bad.socket.send(Uint8Array.of(7, 7, 7)); await bad.socket.closed; }
    await openRawCollab(base, groupDocName(id, 2), { cookie: anna });
    await openRawCollab(base, groupDocName(id, 1), { cookie: anna, origin: 'https://evil.example' });

    await api(`/api/workshops/${id}`, anna, 'PATCH', { title: 'Gekaapt' });
    await api(`/api/workshops/${id}`, facilitator, 'PATCH', '{kapot');
    const renewed = await api<ParticipantView>(`/api/workshops/${id}/participants/${added[1].id}/link`, facilitator, 'POST', {});
    remember(renewed.body.link);
    await api(`/api/workshops/${id}/participants/${added[1].id}`, facilitator, 'DELETE');
    await api(`/api/workshops/${id}/export`, facilitator);
    await api(`/api/workshops/${id}/audit`, facilitator);
    await api(`/api/workshops/${id}`, facilitator, 'DELETE', { confirm: 'Logdorp' });
    client.destroy();
    await app.close();

    const text = lines.join('\n');
    expect(text).toContain('join.opened');
    expect(text).toContain('join.rate-limited');
    expect(text).toContain('api.write');
    expect(secrets.size).toBeGreaterThan(12);
    const leaked = [...secrets].filter((s) => text.includes(s));
    expect(leaked).toEqual([]);
    console.log(`log lines checked: ${lines.length}, secrets and personal values looked for: ${secrets.size}, found: ${leaked.length}`);
  });
});
