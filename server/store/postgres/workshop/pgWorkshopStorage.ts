// SPDX-License-Identifier: EUPL-1.2
/**
 * The workshop store ports on PostgreSQL (DATABASE_URL=postgres://…), shared by several Stip
 * instances. Outside a unit of work every call is one statement on the pool (autocommit; the few
 * methods that write several rows run them in their own transaction). `transaction(work)` runs
 * `work` on one pooled client in a SERIALIZABLE transaction and runs it again from the start when
 * PostgreSQL reports a serialization failure or deadlock (pgSession.ts): units of work behave as if
 * run one after the other, across instances too.
 */
import type pg from 'pg';
import type { WorkshopStorage, WorkshopStorePorts } from '../../storePorts.js';
import { migrateDocStore } from '../pgSchema.js';
import { jobLeases } from '../lease.js';
import { migrateWorkshopSchema } from '../workshopPgSchema.js';
import { PgAuditStore } from './PgAuditStore.js';
import { PgConsultationStore } from './PgConsultationStore.js';
import { PgExportSettingsStore } from './PgExportSettingsStore.js';
import { PgLinkStore } from './PgLinkStore.js';
import { PgMeeting2Store } from './PgMeeting2Store.js';
import { PgSessionStore } from './PgSessionStore.js';
import { PgVisionVersionStore } from './PgVisionVersionStore.js';
import { PgWorkshopStore } from './PgWorkshopStore.js';
import { PgWorkshopRows } from './PgWorkshopRows.js';
import { inTransaction, poolSession, type PgSession } from './pgSession.js';

function portsOn(db: PgSession, sessionIdleMs: number | undefined): WorkshopStorePorts {
  return {
    workshops: new PgWorkshopStore(db),
    links: new PgLinkStore(db),
    sessions: new PgSessionStore(db, sessionIdleMs),
    consultations: new PgConsultationStore(db),
    meeting2: new PgMeeting2Store(db),
    versions: new PgVisionVersionStore(db),
    audit: new PgAuditStore(db),
    exportSettings: new PgExportSettingsStore(db),
  };
}

/** Opens the workshop storage on PostgreSQL, migrating its tables first (several instances may start at once). */
export async function openPgWorkshopStorage(pool: pg.Pool, options: { sessionIdleMs?: number } = {}): Promise<WorkshopStorage> {
  // Erasing a workshop deletes its documents too: the document tables must exist as well.
  await migrateDocStore(pool);
  await migrateWorkshopSchema(pool);
  return {
    ...portsOn(poolSession(pool), options.sessionIdleMs),
    rows: new PgWorkshopRows(poolSession(pool)),
    jobs: jobLeases(pool),
    transaction: (work) => inTransaction(pool, (tx) => work(portsOn(tx, options.sessionIdleMs))),
  };
}
