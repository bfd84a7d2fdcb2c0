// SPDX-License-Identifier: EUPL-1.2
/**
 * The workshop tables behind asynchronous ports, so they can live in SQLite (one process) or in
 * PostgreSQL (several instances). Each port is derived from the SQLite class it stands for: the
 * same method names and arguments, every result a promise. A method added to a class appears in
 * its port (and every implementation must then have it), so the two cannot drift apart.
 *
 * Implementations: `sqliteStorePorts.ts` (wraps the synchronous classes) and the PostgreSQL one.
 * Both pass the contract suites in `contract/`.
 *
 * What must be atomic runs in `UnitOfWork.transaction(work)`: `work` gets the same ports bound to
 * the transaction, and everything it wrote is committed together or not at all (rolled back when
 * it throws).
 *
 * SQLite (one connection, shared with the document store): better-sqlite3's own transactions
 * cannot span an `await`, so the adapter opens `BEGIN IMMEDIATE` itself and holds an async gate
 * while the work runs: every store call from outside the unit of work waits until it committed
 * or rolled back, so no other request's reads or writes mix into it. A unit of work may only
 * await its own stores (their promises are already resolved, so no timer or I/O callback, e.g.
 * the document store's flush, can run inside the open transaction); the adapter checks this and
 * rolls back, with an error, a unit of work that awaited anything else. Do such work (documents,
 * sockets, files) before or after the transaction.
 */
import type { WorkshopStore } from './workshopStore.js';
import type { WorkshopLinkStore } from './workshopLinkStore.js';
import type { WorkshopSessionStore } from './workshopSessionStore.js';
import type { ConsultationStore } from './consultationStore.js';
import type { Meeting2Store } from './meeting2Store.js';
import type { VisionVersionStore } from './visionVersionStore.js';
import type { AuditStore } from './auditStore.js';
import type { ExportSettingsStore } from './exportSettingsStore.js';
import type { ErasedWorkshop } from './workshopRows.js';

/** The methods of `T` (not its fields), each returning a promise of what it returned. */
export type AsyncPort<T> = {
  [K in keyof T as T[K] extends (...a: never[]) => unknown ? K : never]: T[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<Awaited<R>> : never
};

/** Workshops and participants (the class's synchronous `transaction` is UnitOfWork's job here). */
export type WorkshopStorePort = AsyncPort<Omit<WorkshopStore, 'transaction'>>;
/** Join links. */
export type LinkStorePort = AsyncPort<WorkshopLinkStore>;
/**
 * Sessions. `hasEnded` stays synchronous: it reads only the record and the idle timeout, and the
 * collab authorizer asks it for every open socket on each sweep.
 */
export type SessionStorePort = AsyncPort<Omit<WorkshopSessionStore, 'hasEnded'>> & Pick<WorkshopSessionStore, 'hasEnded' | 'idleMs'>;
/** Consultations, their people, comments and answers. */
export type ConsultationStorePort = AsyncPort<ConsultationStore>;
/** Meeting 2's set-up, role groups and cases. */
export type Meeting2StorePort = AsyncPort<Meeting2Store>;
/** Frozen versions of the vision. */
export type VisionVersionStorePort = AsyncPort<VisionVersionStore>;
/** The audit log. */
export type AuditStorePort = AsyncPort<AuditStore>;
/** The per-workshop export settings. */
export type ExportSettingsStorePort = AsyncPort<ExportSettingsStore>;

/** Every workshop store, as one unit of work (or the storage outside one) hands them out. */
export interface WorkshopStorePorts {
  workshops: WorkshopStorePort;
  links: LinkStorePort;
  sessions: SessionStorePort;
  consultations: ConsultationStorePort;
  meeting2: Meeting2StorePort;
  versions: VisionVersionStorePort;
  audit: AuditStorePort;
  exportSettings: ExportSettingsStorePort;
}

/** Runs work that must be atomic. */
export interface UnitOfWork {
  /**
   * Runs `work` on stores bound to one transaction: committed when it resolves, rolled back when
   * it throws (the error is passed on). Units of work behave as if run one after the other
   * (serialisable): a check and the write it allows do not interleave with another unit's. An
   * implementation that meets a conflict (PostgreSQL's serialization failure) runs `work` again,
   * so `work` awaits only the stores it is given and has no other effects. It must not call the
   * storage outside `tx` (on SQLite that call would wait for the unit of work itself).
   */
  transaction<T>(work: (tx: WorkshopStorePorts) => Promise<T>): Promise<T>;
}

/**
 * A workshop's rows as a whole, for erasing it (AVG) and listing what it stored: every table with
 * its `workshop_id` or its participants' `participant_id`, and the document store's rows of its
 * documents (`w/<id>/…`). Not for use inside a unit of work.
 */
export interface WorkshopRowsPort {
  /** Deletes the workshop with every row of it, its documents' rows included; says what was removed. */
  eraseWorkshop(workshopId: string): Promise<ErasedWorkshop>;
  /** Names of the workshop's stored documents (rows already written), sorted. */
  documentNames(workshopId: string): Promise<string[]>;
  /** Deletes the rows of the workshop's documents (those its dropped rooms flushed); returns how many documents had rows. */
  eraseDocuments(workshopId: string): Promise<number>;
}

/**
 * Jobs that one instance at a time runs for all instances (the retention sweep): a lease per job.
 * On PostgreSQL a row in stip_doc_leases (postgres/lease.ts, the compaction lease's mechanism); on
 * SQLite, one instance per data folder, always granted.
 */
export interface JobLeasePort {
  /** Takes or renews the job's lease for `leaseMs` when it is free, expired or this instance's own; false while another instance holds it. */
  acquire(job: string, leaseMs: number): Promise<boolean>;
}

/** The workshop storage of a server: the stores, units of work over them, a workshop's rows as a whole, and the job leases. */
export interface WorkshopStorage extends WorkshopStorePorts, UnitOfWork {
  rows: WorkshopRowsPort;
  jobs: JobLeasePort;
}
