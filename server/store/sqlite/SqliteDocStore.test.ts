// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type Db } from '../database.js';
import type { DocStore } from '../docStore.js';
import { describeDocStoreContract } from '../docStoreContract.js';
import { createSqliteDocStore } from './SqliteDocStore.js';

const DOC = 'w/AbCdEfGhIjKl/m1/g/1';
const OTHER = 'w/AbCdEfGhIjKl/vision';

const rowCount = (db: Db) => (db.prepare('SELECT COUNT(*) AS n FROM collab_updates').get() as { n: number }).n;

describeDocStoreContract('the SQLite document store', async (options) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-docstore-'));
  const db = openDatabase(dir);
  const store = createSqliteDocStore(db, options);
  const normalMax = db.pragma('max_page_count', { simple: true }) as number;
  return {
    store,
    writtenRows: () => rowCount(db),
    // Disk full, honestly: SQLite refuses to grow the file past max_page_count (SQLITE_FULL), also
    // for root, and every update the contract fails with is larger than a page.
    breakWrites: () => { db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`); },
    repairWrites: () => { db.pragma(`max_page_count = ${normalMax}`); },
    dispose: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('the SQLite document store on its file', () => {
  let dir: string;
  let db: Db;
  let store: DocStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-docstore-'));
    db = openDatabase(dir);
    store = createSqliteDocStore(db, { flushWindowMs: 10_000 });
  });
  afterEach(async () => {
    await store.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives increasing ids after reopening', async () => {
    const a = store.append(DOC, Y.encodeStateAsUpdate(new Y.Doc()));
    const b = store.append(OTHER, Y.encodeStateAsUpdate(new Y.Doc()));
    expect(b).toBeGreaterThan(a);
    await store.close();
    store = createSqliteDocStore(db);
    expect(store.append(DOC, Y.encodeStateAsUpdate(new Y.Doc()))).toBeGreaterThan(b);
  });

});
