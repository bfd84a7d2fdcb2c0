// SPDX-License-Identifier: EUPL-1.2
/**
 * A database made before consultation links existed (links and sessions allow 'screen' but not
 * 'consultation', no person_id) keeps every link and session, and takes consultation links after start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationOpenAnswer } from '../../shared/apiConsultation.js';
import { openDatabase } from '../../server/store/database.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';
import { consultationSetup, type ConsultationSetup } from './consultationFixture.js';

/** The links and sessions tables as the release with screen links made them. */
const SCREEN_ERA_TABLES = `
CREATE TABLE links_old (
  token_hash TEXT PRIMARY KEY, token_enc TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup', 'screen')),
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER, used_at INTEGER,
  workshop_id TEXT REFERENCES workshops(id) ON DELETE CASCADE
);
INSERT INTO links_old SELECT token_hash, token_enc, kind, participant_id, created_at, expires_at, revoked_at, used_at, workshop_id FROM links;
DROP TABLE links;
ALTER TABLE links_old RENAME TO links;
CREATE TABLE sessions_old (
  id_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup', 'screen')),
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  workshop_id TEXT REFERENCES workshops(id) ON DELETE CASCADE
, last_seen_at INTEGER);
INSERT INTO sessions_old SELECT id_hash, kind, participant_id, expires_at, workshop_id, last_seen_at FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_old RENAME TO sessions;
`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-consultation-migration-'));
let server: TestServer;
let s: ConsultationSetup;
let before: { links: number; sessions: number };

const count = (table: string) => (server.app.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeAll(async () => {
  server = await startTestServer({ dataDir });
  s = await consultationSetup(server);
  before = { links: count('links'), sessions: count('sessions') };
  await server.close();
  const db = openDatabase(dataDir);
  db.pragma('foreign_keys = OFF');
  db.exec(SCREEN_ERA_TABLES);
  db.close();
  server = await startTestServer({ dataDir });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a database from before consultation links', () => {
  it('keeps every link and session, and the sessions still work', async () => {
    expect({ links: count('links'), sessions: count('sessions') }).toEqual(before);
    expect((await server.api('/api/me', { cookie: s.seeded.participants[0].cookie })).status).toBe(200);
    expect((await server.openLink(s.seeded.participants[1].link)).cookie).not.toBeNull();
  });

  it('takes consultation links and sessions', async () => {
    const opened = await server.api<ConsultationOpenAnswer>(s.base, { cookie: s.facilitator, body: { version: 1, closesAt: new Date(Date.now() + 3600_000).toISOString() } });
    expect(opened.status).toBe(201);
    const cookie = (await server.openLink(opened.body.people[0].link)).cookie!;
    expect((await server.api<{ kind: string }>('/api/me', { cookie })).body.kind).toBe('commenter');
  });
});
