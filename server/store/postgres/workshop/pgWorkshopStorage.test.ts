// SPDX-License-Identifier: EUPL-1.2
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgTestDatabase, type PgTestDatabase } from '../../../../tests/helpers/pgTestDatabase.js';
import { describeAuditStoreContract } from '../../contract/auditStoreContract.js';
import { describeConsultationStoreContract } from '../../contract/consultationStoreContract.js';
import { describeExportSettingsStoreContract } from '../../contract/exportSettingsStoreContract.js';
import { describeLinkStoreContract } from '../../contract/linkStoreContract.js';
import { describeMeeting2StoreContract } from '../../contract/meeting2StoreContract.js';
import { describeSessionStoreContract } from '../../contract/sessionStoreContract.js';
import { describeUnitOfWorkContract } from '../../contract/unitOfWorkContract.js';
import { describeVisionVersionStoreContract } from '../../contract/visionVersionStoreContract.js';
import { describeWorkshopStoreContract } from '../../contract/workshopStoreContract.js';
import { aWorkshop, type MakeWorkshopStorage } from '../../contract/storageSubject.js';
import { openPgWorkshopStorage } from './pgWorkshopStorage.js';
import { openPgPool } from '../openPgPool.js';

let database: PgTestDatabase;
beforeAll(async () => { database = await createPgTestDatabase(); });
afterAll(async () => { await database.drop(); });

/** A fresh, empty schema per test in the file's database (the tables are made by the storage's own migrations). */
let schemas = 0;
const makePg: MakeWorkshopStorage = async (options) => {
  const schema = `t${++schemas}`;
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pool = openPgPool({ connectionString: database.url, max: 6, options: `-c search_path=${schema}` });
  return {
    storage: await openPgWorkshopStorage(pool, options),
    dispose: () => pool.end(),
  };
};

describe('the workshop stores on PostgreSQL', () => {
  describeWorkshopStoreContract(makePg);
  describeLinkStoreContract(makePg);
  describeSessionStoreContract(makePg);
  describeConsultationStoreContract(makePg);
  describeMeeting2StoreContract(makePg);
  describeVisionVersionStoreContract(makePg);
  describeAuditStoreContract(makePg);
  describeExportSettingsStoreContract(makePg);
  describeUnitOfWorkContract(makePg);

  it('gives two instances that freeze a version at the same moment numbers one after the other', async () => {
    const { storage, dispose } = await makePg({});
    try {
      await storage.workshops.insertWorkshop(aWorkshop('w1'));
      const made = await Promise.all(Array.from({ length: 6 }, (_, i) => storage.versions.append('w1', `v${i}`, new Uint8Array([i]), i)));
      expect(made.map((v) => v.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await dispose();
    }
  });

  it('lets only one of several units of work take the next comment number', async () => {
    const { storage, dispose } = await makePg({});
    try {
      await storage.workshops.insertWorkshop(aWorkshop('w1'));
      await storage.consultations.insertConsultation({ id: 'c1', workshopId: 'w1', version: 1, intro: '', closesAt: 10, closedEarly: false, repliesAllowed: true, openedAt: 1, publishedAt: null, newVersion: null });
      await storage.consultations.insertPerson({ id: 'x', consultationId: 'c1', workshopId: 'w1', participantId: null, name: 'X', role: 'ambtenaar', email: null, source: 'extra', createdAt: 1, openedAt: null });
      const post = (id: string) => storage.transaction(async (tx) => {
        const number = await tx.consultations.nextNumber('c1');
        await tx.consultations.insertComment({ id, consultationId: 'c1', workshopId: 'w1', personId: 'x', number, parentId: null, stance: 'eens', text: id, anchor: null, status: 'active', createdAt: 1, editedAt: null });
        return number;
      });
      const numbers = await Promise.all(['a', 'b', 'c', 'd'].map(post));
      expect([...numbers].sort()).toEqual([1, 2, 3, 4]);
    } finally {
      await dispose();
    }
  });
});
