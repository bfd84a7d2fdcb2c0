// SPDX-License-Identifier: EUPL-1.2
/**
 * A failing store is never silent and loses nothing: the real server on port 0 with real
 * y-websocket clients typing in a group document while the database cannot be written. Health
 * answers 503 and the log names the document; the room keeps serving the edits; once the
 * database can be written again health answers 200 and, after a restart from the same data
 * folder, a new client loads every edit.
 *
 * The failure: the server's own connection gets `PRAGMA max_page_count` set to the file's current
 * size, so SQLite refuses to grow the file (SQLITE_FULL, a full disk). Tests run as root, so file
 * permissions would not stop a write; this limit is enforced by SQLite itself, root or not, and
 * it is deterministic because each client pastes text larger than a page, which needs new pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { groupDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import type { HealthAnswer } from '../../shared/api.js';
import type { Log, LogValue } from '../../server/log.js';
import { collabClient, startTestServer, until, type CollabClient, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';
import { waitFor } from '../helpers/collabHarness.js';

const logged: { level: string; event: string; fields: Record<string, LogValue> }[] = [];
const log: Log = {
  info: (event, fields = {}) => { logged.push({ level: 'info', event, fields }); },
  warn: (event, fields = {}) => { logged.push({ level: 'warn', event, fields }); },
  error: (event, fields = {}) => { logged.push({ level: 'error', event, fields }); },
};

/** The document as its written rows in the SQLite file hold it (a second, read-only connection). */
function storedDoc(dataDir: string, docName: string): Y.Doc {
  const reader = new Database(path.join(dataDir, 'stip.sqlite'), { readonly: true });
  try {
    const rows = reader.prepare('SELECT data FROM collab_updates WHERE doc_name = ? ORDER BY id').all(docName) as { data: Buffer }[];
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row.data));
    return doc;
  } finally {
    reader.close();
  }
}

/** The one line of the horizon both people type in (a paragraph, as the group document's rules allow). */
function lineOf(doc: Y.Doc): Y.XmlText {
  const first = horizonOf(doc).get(0);
  if (first instanceof Y.XmlElement && first.get(0) instanceof Y.XmlText) return first.get(0) as Y.XmlText;
  const paragraph = new Y.XmlElement('paragraph');
  const line = new Y.XmlText();
  paragraph.insert(0, [line]);
  horizonOf(doc).insert(0, [paragraph]);
  return line;
}
const textIn = (doc: Y.Doc) => {
  const first = horizonOf(doc).get(0);
  return first instanceof Y.XmlElement && first.get(0) instanceof Y.XmlText ? (first.get(0) as Y.XmlText).toString() : '';
};
const type = (doc: Y.Doc, text: string) => { const line = lineOf(doc); for (const ch of text) line.insert(line.length, ch); };

let server: TestServer;
let seeded: SeededWorkshop;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { log });
  seeded = await server.seedWorkshop({
    gemeente: 'Opslagdorp',
    participants: [{ name: 'Anna', role: 'raadslid', group: 1 }, { name: 'Bram', role: 'ambtenaar', group: 1 }],
  });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.close();
});

function connect(cookie: string, docName: string): CollabClient {
  const client = collabClient(server.url, docName, cookie);
  clients.push(client);
  return client;
}

const health = () => server.api<HealthAnswer>('/api/health');

describe('a store that cannot write', () => {
  it('answers 503 and names the document while failing, and loses no edit once it recovers', async () => {
    const docName = groupDocName(seeded.workshopId, 1);
    const [annaPerson, bramPerson] = seeded.participants;
    const anna = connect(annaPerson.cookie, docName);
    const bram = connect(bramPerson.cookie, docName);
    await Promise.all([anna.synced(), bram.synced()]);
    type(anna.doc, 'Voor: ');
    await until([bram.doc], () => textIn(bram.doc) === 'Voor: ');
    expect((await health()).status).toBe(200);

    const db = server.app.db;
    const normalMax = db.pragma('max_page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    try {
      lineOf(anna.doc).insert(0, 'a'.repeat(20_000));
      type(bram.doc, 'tijdens de storing');
      await until([anna.doc, bram.doc], () => textIn(anna.doc) === textIn(bram.doc) && textIn(anna.doc).endsWith('tijdens de storing'));
      let failing!: { status: number; body: HealthAnswer };
      await waitFor(async () => { failing = await health(); return failing.status === 503; }, 'health to report the failing store');
      expect(failing.body).toMatchObject({ ok: false, status: 'failing', store: { status: 'failing' } });
      const failures = logged.filter((l) => l.event === 'store.write-failed');
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ level: 'error', fields: { documents: expect.stringContaining(docName) } });
      type(anna.doc, ' en nog meer');
      await until([bram.doc], () => textIn(bram.doc) === textIn(anna.doc));
      expect((await health()).status).toBe(503);
    } finally {
      db.pragma(`max_page_count = ${normalMax}`);
    }

    await waitFor(async () => (await health()).status === 200, 'health to recover');
    expect((await health()).body).toMatchObject({ ok: true, status: 'ok', store: { status: 'ok' } });
    expect(logged.filter((l) => l.event === 'store.write-recovered')).toHaveLength(1);
    expect(logged.filter((l) => l.event === 'store.write-failed')).toHaveLength(1);

    const expected = textIn(anna.doc);
    expect(expected).toContain('tijdens de storing en nog meer');
    // The rows themselves, before any shutdown compaction could write the room's copy.
    expect(textIn(storedDoc(server.dataDir, docName))).toBe(expected);
    anna.destroy();
    bram.destroy();
    await server.restart();
    const reader = connect(annaPerson.cookie, docName);
    await reader.synced();
    expect(textIn(reader.doc)).toBe(expected);
  });
});

describe('a server stopping while its store cannot write', () => {
  it('says so: closing rejects naming the document', async () => {
    const own = await startTestServer({}, { log });
    const ownSeed = await own.seedWorkshop({ gemeente: 'Stopdorp', participants: [{ name: 'Carla', role: 'raadslid', group: 2 }] });
    const docName = groupDocName(ownSeed.workshopId, 2);
    const carla = collabClient(own.url, docName, ownSeed.participants[0].cookie);
    clients.push(carla);
    await carla.synced();
    const db = own.app.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    lineOf(carla.doc).insert(0, 'c'.repeat(20_000));
    await waitFor(async () => (await own.api('/api/health')).status === 503, 'the store to fail');
    carla.destroy();
    await expect(own.app.close()).rejects.toThrow(docName);
    fs.rmSync(own.dataDir, { recursive: true, force: true });
  });
});
