// SPDX-License-Identifier: EUPL-1.2
/**
 * What the workshop store contract suites run on: each implementation passes a factory that opens
 * an empty storage, and the rows the suites start from (test-only code, imports vitest).
 */
import { afterEach, beforeEach } from 'vitest';
import type { WorkshopStorage } from '../storePorts.js';
import type { ParticipantRecord, WorkshopRecord } from '../workshopStore.js';

/** One storage under test. */
export interface WorkshopStorageSubject {
  storage: WorkshopStorage;
  /** Closes the storage and frees what the subject holds. */
  dispose(): Promise<void>;
}

/** Opens an empty storage (a fresh database or schema). */
export type MakeWorkshopStorage = (options: { sessionIdleMs?: number }) => Promise<WorkshopStorageSubject>;

/** A fresh storage for each test of the suite; read it inside the tests. */
export function storageForEachTest(make: MakeWorkshopStorage, options: { sessionIdleMs?: number } = {}): () => WorkshopStorage {
  let subject: WorkshopStorageSubject | null = null;
  beforeEach(async () => { subject = await make(options); });
  afterEach(async () => {
    await subject?.dispose();
    subject = null;
  });
  return () => {
    if (!subject) throw new Error('no storage outside a test');
    return subject.storage;
  };
}

/** A workshop as the suites store it. */
export function aWorkshop(id: string, changes: Partial<WorkshopRecord> = {}): WorkshopRecord {
  return { id, gemeente: 'Gouda', title: `Werkplaats ${id}`, meeting1: null, meeting2: null, showNames: false, createdAt: 1000, groupNames: ['', '', ''], language: 'nl', ...changes };
}

/** A participant as the suites store it. */
export function aParticipant(id: string, workshopId: string, changes: Partial<ParticipantRecord> = {}): ParticipantRecord {
  return { id, workshopId, name: `Naam ${id}`, role: 'ambtenaar', email: null, group: null, authorKey: `key-${id}`, createdAt: 2000, ...changes };
}
