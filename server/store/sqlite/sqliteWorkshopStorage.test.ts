// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { describeAuditStoreContract } from '../contract/auditStoreContract.js';
import { describeConsultationStoreContract } from '../contract/consultationStoreContract.js';
import { describeExportSettingsStoreContract } from '../contract/exportSettingsStoreContract.js';
import { describeLinkStoreContract } from '../contract/linkStoreContract.js';
import { describeMeeting2StoreContract } from '../contract/meeting2StoreContract.js';
import { describeRowsContract } from '../contract/rowsContract.js';
import { describeSessionStoreContract } from '../contract/sessionStoreContract.js';
import { describeUnitOfWorkContract } from '../contract/unitOfWorkContract.js';
import { describeVisionVersionStoreContract } from '../contract/visionVersionStoreContract.js';
import { describeWorkshopStoreContract } from '../contract/workshopStoreContract.js';
import { aWorkshop, type MakeWorkshopStorage } from '../contract/storageSubject.js';
import { openSqliteWorkshopStorage } from './sqliteWorkshopStorage.js';

const makeSqlite: MakeWorkshopStorage = async (options) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-workshop-storage-'));
  const db = openDatabase(dir);
  return {
    storage: openSqliteWorkshopStorage(db, options),
    dispose: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

describe('the workshop stores on SQLite', () => {
  describeWorkshopStoreContract(makeSqlite);
  describeLinkStoreContract(makeSqlite);
  describeSessionStoreContract(makeSqlite);
  describeConsultationStoreContract(makeSqlite);
  describeMeeting2StoreContract(makeSqlite);
  describeVisionVersionStoreContract(makeSqlite);
  describeAuditStoreContract(makeSqlite);
  describeExportSettingsStoreContract(makeSqlite);
  describeUnitOfWorkContract(makeSqlite);
  describeRowsContract(makeSqlite);

  it('rolls back a unit of work that awaited something other than its stores', async () => {
    const { storage, dispose } = await makeSqlite({});
    try {
      await storage.workshops.insertWorkshop(aWorkshop('w1'));
      await expect(storage.transaction(async (tx) => {
        await tx.workshops.updateWorkshop('w1', { title: 'Half' });
        await new Promise((resolve) => setTimeout(resolve, 1));
      })).rejects.toThrow(/awaited something other than its stores/);
      expect((await storage.workshops.getWorkshop('w1'))?.title).toBe('Werkplaats w1');
    } finally {
      await dispose();
    }
  });

  it('holds calls from outside back until a unit of work has committed', async () => {
    const { storage, dispose } = await makeSqlite({});
    try {
      await storage.workshops.insertWorkshop(aWorkshop('w1'));
      let seen: string | undefined;
      await storage.transaction(async (tx) => {
        await tx.workshops.updateWorkshop('w1', { title: 'Tussenstand' });
        void storage.workshops.getWorkshop('w1').then((w) => { seen = w?.title; });
        await tx.workshops.updateWorkshop('w1', { title: 'Klaar' });
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(seen).toBe('Klaar');
    } finally {
      await dispose();
    }
  });
});
