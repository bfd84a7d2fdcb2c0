// SPDX-License-Identifier: EUPL-1.2
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPgTestDatabase, type PgTestDatabase } from '../../../../tests/helpers/pgTestDatabase.js';
import { aParticipant, aWorkshop } from '../../contract/storageSubject.js';
import { createPostgresDocStore } from '../PostgresDocStore.js';
import { openPgWorkshopStorage } from './pgWorkshopStorage.js';
import { openPgPool } from '../openPgPool.js';

let database: PgTestDatabase;
let pool: pg.Pool;
beforeAll(async () => {
  database = await createPgTestDatabase();
  pool = openPgPool({ connectionString: database.url, max: 6 });
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const update = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe('erasing a workshop in PostgreSQL', () => {
  it('deletes every row of it, and no instance writes its documents back afterwards', async () => {
    const here = await createPostgresDocStore(pool, { flushWindowMs: 5 });
    const elsewhere = await createPostgresDocStore(pool, { flushWindowMs: 5 });
    const storage = await openPgWorkshopStorage(pool);
    for (const id of ['AAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBB']) {
      await storage.workshops.insertWorkshop(aWorkshop(id));
      await storage.workshops.insertParticipant(aParticipant(`p-${id}`, id));
      await storage.links.insert({ tokenHash: `l-${id}`, tokenEnc: 'e', kind: 'participant', participantId: `p-${id}`, createdAt: 1, expiresAt: 9, revokedAt: null, usedAt: null });
      await storage.sessions.insert({ idHash: `s-${id}`, kind: 'screen', participantId: null, workshopId: id, expiresAt: 9 });
      await storage.versions.append(id, 'v1', new Uint8Array([1]), 1);
      await storage.audit.append({ workshopId: id, at: 1, actorKind: 'system', actorId: null, actorName: null, action: 'a', objectType: 'o', objectId: null, result: 'ok' });
      here.append(`w/${id}/g/1`, update('hoi'));
      here.append(`w/${id}/vision`, update('visie'));
      await here.recordEpoch(`w/${id}/vision`, 'e1');
    }
    await here.flush();
    expect(await storage.rows.documentNames('AAAAAAAAAAAAAAAA')).toEqual(['w/AAAAAAAAAAAAAAAA/g/1', 'w/AAAAAAAAAAAAAAAA/vision']);

    const erased = await storage.rows.eraseWorkshop('AAAAAAAAAAAAAAAA');
    expect(erased).toMatchObject({ participants: 1, documents: 2 });
    expect(await storage.workshops.getWorkshop('AAAAAAAAAAAAAAAA')).toBeNull();
    expect(await storage.links.byHash('l-AAAAAAAAAAAAAAAA')).toBeNull();
    expect(await storage.sessions.byHash('s-AAAAAAAAAAAAAAAA')).toBeNull();
    expect(await storage.versions.list('AAAAAAAAAAAAAAAA')).toEqual([]);
    expect(await storage.audit.listForWorkshop('AAAAAAAAAAAAAAAA', 10)).toEqual([]);
    expect(await storage.rows.documentNames('AAAAAAAAAAAAAAAA')).toEqual([]);

    // A room left open on another instance writes on: nothing of the deleted workshop comes back.
    elsewhere.append('w/AAAAAAAAAAAAAAAA/g/1', update('terug?'));
    elsewhere.append('w/AAAAAAAAAAAAAAAA/g/2', update('nieuw?'));
    elsewhere.append('w/BBBBBBBBBBBBBBBB/g/1', update('blijft'));
    await elsewhere.flush();
    expect(await storage.rows.documentNames('AAAAAAAAAAAAAAAA')).toEqual([]);
    expect((await elsewhere.load('w/AAAAAAAAAAAAAAAA/g/1')).updates).toEqual([]);

    // The other workshop keeps everything.
    expect(await storage.workshops.getWorkshop('BBBBBBBBBBBBBBBB')).not.toBeNull();
    expect(await storage.rows.documentNames('BBBBBBBBBBBBBBBB')).toEqual(['w/BBBBBBBBBBBBBBBB/g/1', 'w/BBBBBBBBBBBBBBBB/vision']);
    expect((await here.load('w/BBBBBBBBBBBBBBBB/g/1')).updates).toHaveLength(2);
    expect(await storage.versions.list('BBBBBBBBBBBBBBBB')).toHaveLength(1);
    await here.close();
    await elsewhere.close();
  });
});
