// SPDX-License-Identifier: EUPL-1.2
/**
 * The workshop store ports on SQLite: the synchronous store classes behind promises, and units of
 * work as `BEGIN IMMEDIATE … COMMIT` on the one connection while an async gate holds every other
 * store call back (storePorts.ts explains why, and the one rule a unit of work follows).
 */
import type { Db } from '../database.js';
import { AuditStore } from '../auditStore.js';
import { ExportSettingsStore } from '../exportSettingsStore.js';
import { VisionVersionStore } from '../visionVersionStore.js';
import { openWorkshopStores } from '../workshopStores.js';
import type { AsyncPort, SessionStorePort, WorkshopRowsPort, WorkshopStorage, WorkshopStorePorts } from '../storePorts.js';
import { eraseWorkshop, eraseWorkshopDocuments, truncateWriteAheadLog, workshopDocumentNames } from '../workshopRows.js';

/** Holds store calls back while a unit of work runs. */
class Gate {
  private closed: Promise<void> | null = null;
  private openIt: (() => void) | null = null;

  /** Waits (if needed) until no unit of work runs. */
  async pass(): Promise<void> {
    while (this.closed) await this.closed;
  }

  get isClosed(): boolean {
    return this.closed !== null;
  }

  close(): void {
    this.closed = new Promise((resolve) => { this.openIt = resolve; });
  }

  open(): void {
    const openIt = this.openIt;
    this.closed = null;
    this.openIt = null;
    openIt?.();
  }
}

/** The methods of a store class (its prototype's functions), wrapped to return promises. */
function asyncPort<T extends object>(target: T, gate: Gate | null, leaveOut: readonly string[] = []): AsyncPort<T> {
  const port: Record<string, (...a: unknown[]) => Promise<unknown>> = {};
  const methods = target as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(target))) {
    if (name === 'constructor' || leaveOut.includes(name) || typeof methods[name] !== 'function') continue;
    const method = methods[name];
    port[name] = gate
      ? async (...a) => {
        // Runs at once (in the caller's turn) unless a unit of work is open.
        while (gate.isClosed) await gate.pass();
        return method.apply(target, a);
      }
      : async (...a) => method.apply(target, a);
  }
  return port as unknown as AsyncPort<T>;
}

/** The synchronous stores on one database. */
function openSyncStores(db: Db, sessionIdleMs: number | undefined) {
  return { ...openWorkshopStores(db, { sessionIdleMs }), versions: new VisionVersionStore(db), audit: new AuditStore(db), exportSettings: new ExportSettingsStore(db) };
}

function portsOf(stores: ReturnType<typeof openSyncStores>, gate: Gate | null): WorkshopStorePorts {
  const sessions: SessionStorePort = {
    ...asyncPort(stores.sessions, gate, ['hasEnded']),
    hasEnded: (s, now) => stores.sessions.hasEnded(s, now),
    idleMs: stores.sessions.idleMs,
  };
  return {
    workshops: asyncPort(stores.workshops, gate, ['transaction']),
    links: asyncPort(stores.links, gate),
    sessions,
    consultations: asyncPort(stores.consultations, gate),
    meeting2: asyncPort(stores.meeting2, gate),
    versions: asyncPort(stores.versions, gate),
    audit: asyncPort(stores.audit, gate),
    exportSettings: asyncPort(stores.exportSettings, gate),
  };
}

/** Thrown (after rolling back) when a unit of work awaited something other than its stores. */
class UnitOfWorkAwaitedOutside extends Error {
  constructor() {
    super('A unit of work awaited something other than its stores (documents, files, timers); on SQLite that would run other work inside the open transaction, so it was rolled back');
  }
}

/** Opens the workshop storage on a SQLite database (tables created or migrated if needed). */
export function openSqliteWorkshopStorage(db: Db, options: { sessionIdleMs?: number } = {}): WorkshopStorage {
  const stores = openSyncStores(db, options.sessionIdleMs);
  const gate = new Gate();
  const outside = portsOf(stores, gate);
  const inside = portsOf(stores, null);
  const rows: WorkshopRowsPort = {
    async eraseWorkshop(workshopId) {
      while (gate.isClosed) await gate.pass();
      return eraseWorkshop(db, workshopId);
    },
    async documentNames(workshopId) {
      while (gate.isClosed) await gate.pass();
      return workshopDocumentNames(db, workshopId);
    },
    async eraseDocuments(workshopId) {
      while (gate.isClosed) await gate.pass();
      const documents = eraseWorkshopDocuments(db, workshopId);
      // The freed pages' old frames leave the write-ahead log too (best effort).
      truncateWriteAheadLog(db);
      return documents;
    },
  };
  return {
    ...outside,
    rows,
    // One instance per data folder (the store lock): every job is this instance's.
    jobs: { acquire: async () => true },
    async transaction<T>(work: (tx: WorkshopStorePorts) => Promise<T>): Promise<T> {
      // Checked again right before closing: another unit may have closed the gate while this one waited.
      while (gate.isClosed) await gate.pass();
      gate.close();
      let outsideRan = false;
      // Fires only if the work lets the event loop turn (it awaited real I/O or a timer).
      const watch = setImmediate(() => { outsideRan = true; });
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(inside);
          if (outsideRan) throw new UnitOfWorkAwaitedOutside();
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      } finally {
        clearImmediate(watch);
        gate.open();
      }
    },
  };
}
