// SPDX-License-Identifier: EUPL-1.2
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPgTestDatabase, type PgTestDatabase } from '../../../tests/helpers/pgTestDatabase.js';
import type { DocStore } from '../docStore.js';
import { describeDocStoreContract } from '../docStoreContract.js';
import { createPostgresDocStore, type PostgresDocStore } from './PostgresDocStore.js';
import { openPgPool } from './openPgPool.js';

let database: PgTestDatabase;
beforeAll(async () => { database = await createPgTestDatabase(); });
afterAll(async () => { await database.drop(); });

const READ_ONLY = '-c default_transaction_read_only=on';

/**
 * The subject's store: the real store, whose written-row count is read from PostgreSQL after each
 * of its asynchronous steps (and every few milliseconds for the flush window), since the contract
 * asks for it synchronously.
 */
function counted(store: PostgresDocStore, pool: pg.Pool, table: string): { store: DocStore; rows: () => number; stop: () => void } {
  let rows = 0;
  let commits = 0;
  // A commit counts at once (the watcher runs right after it); a count read before that commit is stale.
  store.watchCommits((updates) => { commits++; rows += updates.length; });
  const refresh = async () => {
    const startedAt = commits;
    const { rows: [r] } = await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM stip_doc_updates WHERE doc_name LIKE $1`, [`${table}%`]);
    if (startedAt === commits) rows = Number(r.n);
  };
  const timer = setInterval(() => { refresh().catch(() => undefined); }, 5);
  const after = <T>(p: Promise<T>) => p.finally(() => refresh().catch(() => undefined));
  const wrapped: DocStore = {
    load: (n) => store.load(n),
    append: (n, u) => store.append(n, u),
    flush: () => after(store.flush()),
    compact: (n, m, id) => after(store.compact(n, m, id)),
    recordEpoch: (n, e) => store.recordEpoch(n, e),
    delete: (n) => after(store.delete(n)),
    health: () => store.health(),
    close: () => after(store.close()),
  };
  return { store: wrapped, rows: () => rows, stop: () => clearInterval(timer) };
}

describeDocStoreContract('the PostgreSQL document store', async (options) => {
  // Every connection is used once, so a setting changes the next write at once: breakWrites makes
  // new connections read-only, as a database that failed over to a read-only standby (reads work).
  const pool = openPgPool({ connectionString: database.url, maxUses: 1, max: 4 });
  await pool.query('TRUNCATE stip_doc_updates, stip_doc_heads, stip_doc_epochs, stip_doc_leases').catch(() => undefined);
  const store = await createPostgresDocStore(pool, options);
  const subject = counted(store, pool, 'w/');
  return {
    store: subject.store,
    writtenRows: subject.rows,
    breakWrites: () => { pool.options.options = READ_ONLY; },
    repairWrites: () => { delete pool.options.options; },
    dispose: async () => {
      subject.stop();
      await pool.end();
    },
  };
});

describe('the PostgreSQL document store shared by several instances', () => {
  const DOC = 'w/RaceRaceRace/m1/g/1';
  let pools: pg.Pool[] = [];
  const openStore = async () => {
    const pool = openPgPool({ connectionString: database.url, max: 4 });
    pools.push(pool);
    return createPostgresDocStore(pool, { flushWindowMs: 60_000 });
  };
  const textOf = (updates: Uint8Array[]) => {
    const doc = new Y.Doc();
    for (const u of updates) Y.applyUpdate(doc, u);
    return doc.getText('t').toString();
  };
  /** `count` one-character updates from a writer with its own client id. */
  const typing = (count: number, ch: string) => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < count; i++) doc.getText('t').insert(0, ch);
    return updates;
  };
  afterEach(async () => {
    await Promise.all(pools.map((p) => p.end()));
    pools = [];
  });

  it('numbers each document\'s updates 1, 2, … across instances, in commit order', async () => {
    const [a, b] = [await openStore(), await openStore()];
    const seen: number[] = [];
    a.watchCommits((us) => seen.push(...us.map((u) => u.seq)));
    b.watchCommits((us) => seen.push(...us.map((u) => u.seq)));
    typing(3, 'a').forEach((u) => a.append('w/Seq/vision', u));
    typing(2, 'b').forEach((u) => b.append('w/Seq/vision', u));
    await Promise.all([a.flush(), b.flush()]);
    expect([...seen].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5]);
    expect((await a.readSince('w/Seq/vision', 3)).map((u) => u.seq)).toEqual([4, 5]);
    expect(b.seqOf(await b.load('w/Seq/vision'))).toBe(5);
  });

  it('lets exactly one of two racing instances compact a document, and loses nothing', async () => {
    const [a, b] = [await openStore(), await openStore()];
    const idsA = typing(40, 'a').map((u) => a.append(DOC, u));
    const idsB = typing(40, 'b').map((u) => b.append(DOC, u));
    await Promise.all([a.flush(), b.flush()]);
    const outcomes = await Promise.all([
      a.compactUnderLease(DOC, idsA[idsA.length - 1]),
      b.compactUnderLease(DOC, idsB[idsB.length - 1]),
    ]);
    expect(outcomes.filter((o) => o === 'compacted')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'lease-held')).toHaveLength(1);
    const loaded = await (await openStore()).load(DOC);
    expect(loaded.updates.length).toBeLessThan(80);
    const text = textOf(loaded.updates);
    expect(text.replace(/b/g, '')).toBe('a'.repeat(40));
    expect(text.replace(/a/g, '')).toBe('b'.repeat(40));
  });

  it('fences off an instance whose lease went to another one', async () => {
    const [a, b] = [await openStore(), await openStore()];
    const ids = typing(5, 'x').map((u) => a.append('w/Fence/vision', u));
    await a.flush();
    // a holds the lease; it expires; b takes it (token + 1); a's next grant is refused until b's ends.
    expect(await a.compactUnderLease('w/Fence/vision', ids[2])).toBe('compacted');
    await pools[0].query("UPDATE stip_doc_leases SET expires_at = now() - interval '1 second' WHERE doc_name = 'w/Fence/vision'");
    expect(await b.compactUnderLease('w/Fence/vision', ids[4])).toBe('compacted');
    expect(await a.compactUnderLease('w/Fence/vision', ids[4])).toBe('lease-held');
    expect(textOf((await a.load('w/Fence/vision')).updates)).toBe('xxxxx');
  });
});
