// SPDX-License-Identifier: EUPL-1.2
/**
 * The DocStore contract as a test suite: every implementation registers it from its own
 * `*.test.ts` with a factory, and must pass all of it. Test-only code (imports vitest).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Log, LogValue } from '../log.js';
import { DocStoreWriteError, type DocStore } from './docStore.js';

/** One store under test, with the levers the contract needs. */
export interface DocStoreSubject {
  store: DocStore;
  /** Rows the store has really written (appends still in the flush window not counted). */
  writtenRows(): number;
  /** Makes every write fail, with an error the implementation really meets (disk full, database down). */
  breakWrites(): void;
  /** Ends what breakWrites started. */
  repairWrites(): void;
  /** Frees what the subject holds (the store is closed already or may be closed here). */
  dispose(): Promise<void>;
}

/** Settings the contract creates stores with. */
export interface DocStoreSubjectOptions { flushWindowMs: number; maxRetryMs: number; log: Log }

/** A logged line. */
interface Logged { level: 'info' | 'warn' | 'error'; event: string; fields: Record<string, LogValue> }

const DOC = 'w/AbCdEfGhIjKl/m1/g/1';
const OTHER = 'w/AbCdEfGhIjKl/vision';
const LONG = 60_000;

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

/** One update pasting `length` characters: larger than a database page, so writing it needs new space. */
function paste(length: number): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (u: Uint8Array) => { update = u; });
  doc.getText('t').insert(0, 'p'.repeat(length));
  return update;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Registers the contract's tests for one implementation. */
export function describeDocStoreContract(name: string, create: (options: DocStoreSubjectOptions) => Promise<DocStoreSubject>): void {
  describe(`${name} keeps the DocStore contract`, () => {
    let subject: DocStoreSubject;
    let logged: Logged[];
    const log: Log = {
      info: (event, fields = {}) => { logged.push({ level: 'info', event, fields }); },
      warn: (event, fields = {}) => { logged.push({ level: 'warn', event, fields }); },
      error: (event, fields = {}) => { logged.push({ level: 'error', event, fields }); },
    };
    const open = async (flushWindowMs = LONG) => {
      subject = await create({ flushWindowMs, maxRetryMs: LONG, log });
      return subject.store;
    };
    beforeEach(() => { logged = []; });
    afterEach(async () => {
      subject.repairWrites();
      await subject.store.close().catch(() => undefined);
      await subject.dispose();
    });

    it('loads an unknown document as empty', async () => {
      const store = await open();
      expect(await store.load(DOC)).toEqual({ updates: [], lastId: 0, bytes: 0 });
    });

    it('loads appends in order, buffered ones included, with the last id and the bytes', async () => {
      const store = await open();
      const { updates } = typing('hallo');
      const ids = updates.map((u) => store.append(DOC, u));
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      const loaded = await store.load(DOC);
      expect(textOf(loaded.updates)).toBe('hallo');
      expect(loaded.updates).toHaveLength(5);
      expect(loaded.lastId).toBe(ids[4]);
      expect(loaded.bytes).toBe(updates.reduce((n, u) => n + u.length, 0));
      await store.flush();
      expect(await store.load(DOC)).toEqual(loaded);
    });

    it('gives increasing ids across documents and keeps documents apart', async () => {
      const store = await open();
      const een = typing('een').updates;
      const a = store.append(DOC, een[0]);
      const b = store.append(OTHER, typing('twee').updates[0]);
      expect(b).toBeGreaterThan(a);
      for (const u of een.slice(1)) store.append(DOC, u);
      expect(textOf((await store.load(DOC)).updates)).toBe('een');
      expect(textOf((await store.load(OTHER)).updates)).toBe('t');
    });

    it('writes appends at flush, not before, all of them at once', async () => {
      const store = await open();
      for (const u of typing('abc').updates) store.append(DOC, u);
      expect(subject.writtenRows()).toBe(0);
      await store.flush();
      expect(subject.writtenRows()).toBe(3);
    });

    it('writes by itself within the flush window', async () => {
      const store = await open(5);
      store.append(DOC, typing('z').updates[0]);
      await until(() => subject.writtenRows() === 1, 'the window to pass');
    });

    it('compacts a prefix into one update under its last id and keeps later appends', async () => {
      const store = await open();
      const { updates, doc } = typing('samen');
      const ids = updates.map((u) => store.append(DOC, u));
      const merged = Y.encodeStateAsUpdate(doc);
      const before = Y.encodeStateVector(doc);
      doc.getText('t').insert(5, '!');
      const laterId = store.append(DOC, Y.encodeStateAsUpdate(doc, before));
      await store.compact(DOC, merged, ids[ids.length - 1]);
      const loaded = await store.load(DOC);
      expect(loaded.updates).toHaveLength(2);
      expect(loaded.lastId).toBe(laterId);
      expect(textOf(loaded.updates)).toBe('samen!');
    });

    it('keeps the first epoch of a document until the document is deleted', async () => {
      const store = await open();
      expect(await store.recordEpoch(DOC, 'AAAAAAAAAAAAAAAA')).toBe('AAAAAAAAAAAAAAAA');
      expect(await store.recordEpoch(DOC, 'BBBBBBBBBBBBBBBB')).toBe('AAAAAAAAAAAAAAAA');
      const id = store.append(DOC, typing('e').updates[0]);
      await store.compact(DOC, typing('e').updates[0], id);
      expect(await store.recordEpoch(DOC, 'BBBBBBBBBBBBBBBB')).toBe('AAAAAAAAAAAAAAAA');
      await store.delete(DOC);
      expect(await store.recordEpoch(DOC, 'CCCCCCCCCCCCCCCC')).toBe('CCCCCCCCCCCCCCCC');
    });

    it('deletes a document with its written and buffered updates, and only that one', async () => {
      const store = await open();
      store.append(DOC, typing('weg').updates[0]);
      await store.flush();
      store.append(DOC, typing('ook weg').updates[0]);
      store.append(OTHER, typing('blijft').updates[0]);
      await store.delete(DOC);
      expect(await store.load(DOC)).toEqual({ updates: [], lastId: 0, bytes: 0 });
      expect((await store.load(OTHER)).updates).toHaveLength(1);
      await store.flush();
      expect(subject.writtenRows()).toBe(1);
    });

    it('flushes on close and refuses appends afterwards', async () => {
      const store = await open();
      store.append(DOC, typing('x').updates[0]);
      await store.close();
      expect(subject.writtenRows()).toBe(1);
      expect(() => store.append(DOC, typing('y').updates[0])).toThrow(/closed/);
    });

    it('reports a failed write: flush rejects naming the document, health says failing, one log line names it', async () => {
      const store = await open();
      expect(store.health()).toEqual({ state: 'ok' });
      subject.breakWrites();
      store.append(DOC, paste(20_000));
      await expect(store.flush()).rejects.toBeInstanceOf(DocStoreWriteError);
      await expect(store.flush()).rejects.toThrow(DOC);
      const health = store.health();
      expect(health).toMatchObject({ state: 'failing', unwrittenUpdates: 1, documents: [DOC] });
      const failures = logged.filter((l) => l.event === 'store.write-failed');
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ level: 'error', fields: { documents: DOC } });
    });

    it('keeps what it could not write, serves it on load, and writes it once writes work again', async () => {
      const store = await open();
      const { updates } = typing('bewaard');
      subject.breakWrites();
      for (const u of updates) store.append(DOC, u);
      const pasted = paste(20_000);
      store.append(DOC, pasted);
      await expect(store.flush()).rejects.toThrow();
      store.append(OTHER, paste(20_000));
      await expect(store.flush()).rejects.toThrow();
      expect((await store.load(DOC)).updates).toHaveLength(updates.length + 1);
      expect(logged.filter((l) => l.event === 'store.write-failed').map((l) => l.fields.documents)).toEqual([DOC, OTHER]);
      subject.repairWrites();
      await store.flush();
      expect(store.health()).toEqual({ state: 'ok' });
      expect(subject.writtenRows()).toBe(updates.length + 2);
      expect(textOf((await store.load(DOC)).updates)).toBe(textOf([...updates, pasted]));
      expect(logged.filter((l) => l.event === 'store.write-recovered')).toHaveLength(1);
    });

    it('retries a failed write by itself until it succeeds', async () => {
      subject = await create({ flushWindowMs: 5, maxRetryMs: 20, log });
      const { store } = subject;
      subject.breakWrites();
      store.append(DOC, paste(20_000));
      await until(() => store.health().state === 'failing', 'the write to fail');
      subject.repairWrites();
      await until(() => store.health().state === 'ok', 'the retry to succeed');
      expect(subject.writtenRows()).toBe(1);
    });

    it('does not compact while writes fail, and compacts again once they work', async () => {
      const store = await open();
      const pasted = paste(20_000);
      const id = store.append(DOC, pasted);
      await store.flush();
      subject.breakWrites();
      store.append(DOC, paste(20_000));
      await expect(store.flush()).rejects.toThrow();
      await expect(store.compact(DOC, pasted, id)).rejects.toBeInstanceOf(DocStoreWriteError);
      expect((await store.load(DOC)).updates).toHaveLength(2);
      subject.repairWrites();
      await store.flush();
      await store.compact(DOC, pasted, id);
      expect((await store.load(DOC)).updates).toHaveLength(2);
    });

    it('rejects close when it could not write everything', async () => {
      const store = await open();
      subject.breakWrites();
      store.append(DOC, paste(20_000));
      await expect(store.close()).rejects.toBeInstanceOf(DocStoreWriteError);
      expect(() => store.append(DOC, typing('y').updates[0])).toThrow(/closed/);
    });
  });
}
