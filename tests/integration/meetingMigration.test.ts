// SPDX-License-Identifier: EUPL-1.2
/**
 * A database made before screen links and attendance existed keeps working: the server adds the
 * columns and widens the link and session kinds on start, keeping every row, session and link.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeAnswer, ParticipantView } from '../../shared/api.js';
import type { ScreenLinkAnswer } from '../../shared/apiMeeting.js';
import { openDatabase } from '../../server/store/database.js';
import { groupDocName } from '../../shared/docNames.js';
import { collabClient, startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

/** The links and sessions tables as the first release made them (no 'screen', no workshop_id). */
const OLD_TABLES = `
CREATE TABLE links_old (
  token_hash TEXT PRIMARY KEY,
  token_enc TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup')),
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER,
  used_at INTEGER
);
INSERT INTO links_old SELECT token_hash, token_enc, kind, participant_id, created_at, expires_at, revoked_at, used_at FROM links;
DROP TABLE links;
ALTER TABLE links_old RENAME TO links;
CREATE INDEX links_by_participant ON links(participant_id);
CREATE TABLE sessions_old (
  id_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup')),
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
);
INSERT INTO sessions_old SELECT id_hash, kind, participant_id, expires_at FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_old RENAME TO sessions;
CREATE INDEX sessions_by_participant ON sessions(participant_id);
ALTER TABLE participants DROP COLUMN attendance_m1;
ALTER TABLE participants DROP COLUMN attendance_m2;
`;

let dataDir: string;
let server: TestServer;
let seeded: SeededWorkshop;
let counts: Record<string, number>;

const countRows = (dir: string) => {
  const db = openDatabase(dir);
  try {
    return Object.fromEntries(['participants', 'links', 'sessions'].map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-migration-'));
  const first = await startTestServer({ dataDir });
  seeded = await first.seedWorkshop({ gemeente: 'Oudedorp', participants: [{ name: 'Anna', role: 'raadslid', group: 1 }] });
  await first.close();
  const db = openDatabase(dataDir);
  db.pragma('foreign_keys = OFF');
  db.exec(OLD_TABLES);
  expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'links'").get() as { sql: string }).sql).not.toContain("'screen'");
  db.close();
  counts = countRows(dataDir);
  server = await startTestServer({ dataDir });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('an existing database', () => {
  it('keeps its participants, links and sessions: old cookies and links still work', async () => {
    const me = await server.api<MeAnswer>('/api/me', { cookie: seeded.participants[0].cookie });
    expect(me.status).toBe(200);
    expect(me.body.kind).toBe('participant');
    expect((await server.openLink(seeded.participants[0].link)).location).toBe(`/w/${seeded.workshopId}/groep/1`);
    const after = countRows(dataDir);
    expect(after.participants).toBe(counts.participants);
    expect(after.links).toBe(counts.links);
    expect(after.sessions).toBeGreaterThanOrEqual(counts.sessions);
  });

  it('gets screen links and attendance', async () => {
    const link = await server.api<ScreenLinkAnswer>(`/api/workshops/${seeded.workshopId}/screen-link`, { cookie: seeded.facilitator.cookie, body: {} });
    expect(link.status).toBe(200);
    const screen = await server.openLink(link.body.link);
    expect(screen.location).toBe(`/w/${seeded.workshopId}/plenair`);
    expect((await server.api<MeAnswer>('/api/me', { cookie: screen.cookie! })).body.kind).toBe('screen');

    const res = await server.api<ParticipantView>(`/api/workshops/${seeded.workshopId}/participants/${seeded.participants[0].id}/attendance`, {
      method: 'PUT', cookie: seeded.facilitator.cookie, body: { meeting: 1, status: 'present' },
    });
    expect(res.body.attendance).toEqual({ m1: 'present', m2: null });
  });

  it('is migrated once: a restart changes nothing more', async () => {
    const before = countRows(dataDir);
    await server.restart();
    expect(countRows(dataDir)).toEqual(before);
    // The old session opens the group document over a WebSocket, then the API answers it too.
    const group = collabClient(server.url, groupDocName(seeded.workshopId, 1), seeded.participants[0].cookie);
    await group.synced();
    group.destroy();
    expect((await server.api('/api/me', { cookie: seeded.participants[0].cookie })).status).toBe(200);
  });
});
