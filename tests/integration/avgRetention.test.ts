// SPDX-License-Identifier: EUPL-1.2
/**
 * Retention (STIP_RETENTION_DAYS) and deleting from the command line: a dry run lists what would
 * go, a running server sweeps expired workshops by itself, and the CLI deletes only while no
 * server holds the store.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupDocName } from '../../shared/docNames.js';
import { addStatement } from '../../shared/groupDoc.js';
import { rowsMentioning } from '../helpers/sqliteScan.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DAY = 24 * 3600_000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-retention-'));
const ids = { old: '', recent: '', upcoming: '' };

function stip(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/cli/main.ts'), ...args], {
    cwd: root, encoding: 'utf8', env: { ...process.env, STIP_RETENTION_DAYS: '', ...env, STIP_DATA_DIR: dataDir },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, 'stip.sqlite'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const workshopExists = (id: string) => withDb((db) => db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(id) !== undefined);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ dataDir });
  const make = async (gemeente: string, meeting1?: string) => {
    const s = await server.seedWorkshop({ gemeente, participants: [{ name: `Lid van ${gemeente}`, role: 'raadslid', group: 1 }] });
    if (meeting1) await server.api(`/api/workshops/${s.workshopId}`, { method: 'PATCH', cookie: s.facilitator.cookie, body: { dates: { meeting1 } } });
    await server.app.documents.change(groupDocName(s.workshopId, 1), (doc) => addStatement(doc, { kind: 'openStaan', text: `Uitspraak ${gemeente}`, authorKey: 'k', authorRole: 'raadslid' }));
    return s.workshopId;
  };
  ids.old = await make('Ouddorp', '2024-01-15');
  ids.recent = await make('Nieuwdorp', '2020-01-01');
  ids.upcoming = await make('Komdorp', new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10));
  const setCreated = server.app.db.prepare('UPDATE workshops SET created_at = ? WHERE id = ?');
  setCreated.run(Date.now() - 400 * DAY, ids.old);
  setCreated.run(Date.now() - 400 * DAY, ids.upcoming);
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run stip -- retention', () => {
  it('lists with --dry-run what is older than the retention period (last meeting or creation), deleting nothing', () => {
    const run = stip(['retention', '--dry-run'], { STIP_RETENTION_DAYS: '365' });
    expect(run.code).toBe(0);
    expect(run.out).toContain('Deze 1 workshop(s) zouden worden verwijderd (bewaartermijn 365 dagen):');
    expect(run.out).toContain(`${ids.old}  Ouddorp`);
    expect(run.out).not.toContain('Nieuwdorp');
    expect(run.out).not.toContain('Komdorp');
    expect(workshopExists(ids.old)).toBe(true);
  });

  it('says so when no retention period is set', () => {
    const run = stip(['retention', '--dry-run']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Er is geen bewaartermijn ingesteld');
  });

  it('refuses to delete while a server holds the store', () => {
    const run = stip(['retention'], { STIP_RETENTION_DAYS: '365' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('Stip draait nog op deze gegevensmap');
    expect(workshopExists(ids.old)).toBe(true);
  });
});

describe('a server with STIP_RETENTION_DAYS', () => {
  it('deletes expired workshops by itself, with everything in them, and keeps the rest', async () => {
    await server.close();
    server = await startTestServer({ dataDir, retentionDays: 365 });
    while (await server.app.services.stores.workshops.getWorkshop(ids.old)) await new Promise((r) => setTimeout(r, 20));
    expect(rowsMentioning(server.app.db, ids.old)).toEqual([]);
    expect(rowsMentioning(server.app.db, 'Uitspraak Ouddorp')).toEqual([]);
    expect(await server.app.services.stores.workshops.getWorkshop(ids.recent)).not.toBeNull();
    expect(await server.app.services.stores.workshops.getWorkshop(ids.upcoming)).not.toBeNull();
    const row = server.app.db.prepare("SELECT workshop_id, actor_kind FROM audit_log WHERE action = 'workshop.delete'").get();
    expect(row).toEqual({ workshop_id: null, actor_kind: 'system' });
    await server.close();
  });
});

describe('deleting from the command line (no server running)', () => {
  it('deletes one workshop after the gemeente name is confirmed', () => {
    const wrong = stip(['workshop', 'delete', ids.upcoming, '--confirm', 'Nieuwdorp']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Bevestig met --confirm "Komdorp"');
    expect(workshopExists(ids.upcoming)).toBe(true);
    const run = stip(['workshop', 'delete', ids.upcoming, '--confirm', 'Komdorp']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Workshop ${ids.upcoming} (Komdorp) is verwijderd`);
    expect(withDb((db) => rowsMentioning(db, ids.upcoming))).toEqual([]);
    expect(stip(['workshop', 'delete', 'bestaatNietXYZ1', '--confirm', 'x']).err).toContain('Er is geen workshop met id bestaatNietXYZ1.');
  });

  it('runs the retention sweep with --days', () => {
    withDb((db) => db.prepare('UPDATE workshops SET created_at = ? WHERE id = ?').run(Date.now() - 3 * DAY, ids.recent));
    const run = stip(['retention', '--days', '2']);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`1 workshop(s) verwijderd: ${ids.recent}.`);
    expect(withDb((db) => rowsMentioning(db, ids.recent))).toEqual([]);
    expect(stip(['retention', '--days', 'nul']).err).toContain('--days moet een heel aantal dagen zijn');
  });
});
