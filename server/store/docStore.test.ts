import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type Db } from './database.js';
import { createSqliteDocStore, type DocStore } from './docStore.js';

const DOC = 'w/AbCdEfGhIjKl/m1/g/1';
const OTHER = 'w/AbCdEfGhIjKl/vision';

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('t').toString();
}

/** The updates a document emits while typing `text` one character at a time. */
function typing(text: string): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const ch of text) doc.getText('t').insert(doc.getText('t').length, ch);
  return { updates, doc };
}

const rowCount = (db: Db) => (db.prepare('SELECT COUNT(*) AS n FROM collab_updates').get() as { n: number }).n;

describe('SQLite document store', () => {
  let dir: string;
  let db: Db;
  let store: DocStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-docstore-'));
    db = openDatabase(dir);
    store = createSqliteDocStore(db, { flushIntervalMs: 10_000 });
  });
  afterEach(async () => {
    await store.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('buffers appends and writes them at the next flush', async () => {
    const { updates } = typing('abc');
    for (const u of updates) store.append(DOC, u);
    expect(rowCount(db)).toBe(0);
    await store.flush();
    expect(rowCount(db)).toBe(3);
  });

  it('loads buffered appends too, so a load never misses an update', async () => {
    const { updates } = typing('hallo');
    const ids = updates.map((u) => store.append(DOC, u));
    const loaded = await store.load(DOC);
    expect(textOf(loaded.updates)).toBe('hallo');
    expect(loaded.lastId).toBe(ids[ids.length - 1]);
    expect(loaded.bytes).toBe(updates.reduce((n, u) => n + u.length, 0));
  });

  it('gives increasing ids across documents and after reopening', async () => {
    const a = store.append(DOC, typing('a').updates[0]);
    const b = store.append(OTHER, typing('b').updates[0]);
    expect(b).toBeGreaterThan(a);
    await store.close();
    store = createSqliteDocStore(db);
    expect(store.append(DOC, typing('c').updates[0])).toBeGreaterThan(b);
  });

  it('keeps documents apart', async () => {
    for (const u of typing('een').updates) store.append(DOC, u);
    for (const u of typing('twee').updates) store.append(OTHER, u);
    expect(textOf((await store.load(DOC)).updates)).toBe('een');
    expect(textOf((await store.load(OTHER)).updates)).toBe('twee');
  });

  it('compacts a prefix into one update under its last id and keeps later updates', async () => {
    const { updates, doc } = typing('samen');
    const ids = updates.map((u) => store.append(DOC, u));
    const merged = Y.encodeStateAsUpdate(doc);
    doc.getText('t').insert(5, '!');
    const later = Y.encodeStateAsUpdate(doc, Y.encodeStateVector((() => { const d = new Y.Doc(); Y.applyUpdate(d, merged); return d; })()));
    const laterId = store.append(DOC, later);
    await store.compact(DOC, merged, ids[ids.length - 1]);
    const loaded = await store.load(DOC);
    expect(loaded.updates).toHaveLength(2);
    expect(loaded.lastId).toBe(laterId);
    expect(textOf(loaded.updates)).toBe('samen!');
  });

  it('deletes a document with its buffered updates', async () => {
    store.append(DOC, typing('weg').updates[0]);
    await store.flush();
    store.append(DOC, typing('ook weg').updates[0]);
    store.append(OTHER, typing('blijft').updates[0]);
    await store.delete(DOC);
    expect((await store.load(DOC)).updates).toHaveLength(0);
    expect((await store.load(OTHER)).updates).toHaveLength(1);
  });

  it('flushes on close and refuses appends afterwards', async () => {
    store.append(DOC, typing('x').updates[0]);
    await store.close();
    expect(rowCount(db)).toBe(1);
    expect(() => store.append(DOC, typing('y').updates[0])).toThrow(/closed/);
  });

  it('writes by itself once the flush window has passed', async () => {
    await store.close();
    store = createSqliteDocStore(db, { flushIntervalMs: 5 });
    store.append(DOC, typing('z').updates[0]);
    const until = Date.now() + 5_000;
    while (rowCount(db) === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    expect(rowCount(db)).toBe(1);
  });
});
