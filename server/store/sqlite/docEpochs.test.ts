// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../database.js';
import type { DocStore } from '../docStore.js';
import { eraseWorkshopDocuments } from '../workshopRows.js';
import { createSqliteDocStore } from './SqliteDocStore.js';

const DOC = 'w/AbCdEfGhIjKl/m1/g/1';
const FIRST = 'AAAAAAAAAAAAAAAA';
const SECOND = 'BBBBBBBBBBBBBBBB';

describe('epochs in the SQLite document store', () => {
  let dir: string;
  let db: Db;
  let store: DocStore;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-epochs-'));
    db = openDatabase(dir);
    store = createSqliteDocStore(db);
  });
  afterEach(async () => {
    await store.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the first epoch a document got', async () => {
    expect(await store.recordEpoch(DOC, FIRST)).toBe(FIRST);
    expect(await store.recordEpoch(DOC, SECOND)).toBe(FIRST);
  });

  it('keeps the epoch through a compaction and a restart', async () => {
    await store.recordEpoch(DOC, FIRST);
    const id = store.append(DOC, new Uint8Array([0, 0]));
    await store.compact(DOC, new Uint8Array([0, 0]), id);
    await store.close();
    db.close();
    db = openDatabase(dir);
    store = createSqliteDocStore(db);
    expect(await store.recordEpoch(DOC, SECOND)).toBe(FIRST);
  });

  it('forgets the epoch with the document, so a new document gets a new one', async () => {
    await store.recordEpoch(DOC, FIRST);
    await store.delete(DOC);
    expect(await store.recordEpoch(DOC, SECOND)).toBe(SECOND);
  });

  it('forgets the epochs of a deleted workshop', async () => {
    await store.recordEpoch(DOC, FIRST);
    eraseWorkshopDocuments(db, 'AbCdEfGhIjKl');
    expect(await store.recordEpoch(DOC, SECOND)).toBe(SECOND);
  });
});
