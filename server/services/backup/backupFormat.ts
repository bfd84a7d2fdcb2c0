// SPDX-License-Identifier: EUPL-1.2
/**
 * The Stip backup file: a complete SQLite copy of `stip.sqlite` (journal mode DELETE, so one
 * self-contained file) with one extra table that marks it as a backup:
 *
 *   stip_backup (key TEXT PK, value TEXT)   format = 'stip-backup', version = '1',
 *                                           created_at = ISO time, secret_fingerprint = first 16 hex
 *                                           of sha256(secret.key), so a restore can tell whether the
 *                                           stored join links can still be shown
 *
 * The server secret itself is never in a backup: a stolen backup must not open any link.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../store/database.js';

/** Name of the marker table. */
export const BACKUP_TABLE = 'stip_backup';
/** Value of the `format` key. */
export const BACKUP_FORMAT = 'stip-backup';
/** Highest backup version this code reads. */
export const BACKUP_VERSION = 1;
/** Name of the store file in a data folder. */
export const STORE_FILE = 'stip.sqlite';

/** A backup or restore that cannot go ahead; the message is a Dutch sentence for the person at the console. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A short fingerprint of the data folder's server secret, or null when it has none. */
export function secretFingerprint(dataDir: string): string | null {
  try {
    const hex = fs.readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim();
    return crypto.createHash('sha256').update(hex).digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

/** What is in a store: numbers for the person at the console. */
export interface StoreFigures { workshops: number; participants: number; documents: number }

const hasTable = (db: Db, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** Counts workshops, participants and documents (tables that do not exist count 0). */
export function storeFigures(db: Db): StoreFigures {
  const count = (table: string, sql: string) => (hasTable(db, table) ? (db.prepare(sql).get() as { n: number }).n : 0);
  return {
    workshops: count('workshops', 'SELECT COUNT(*) AS n FROM workshops'),
    participants: count('participants', 'SELECT COUNT(*) AS n FROM participants'),
    documents: count('collab_updates', 'SELECT COUNT(DISTINCT doc_name) AS n FROM collab_updates'),
  };
}

/** The marker rows of a backup, or null when the database is not a Stip backup. */
export function readBackupMarker(db: Db): Record<string, string> | null {
  if (!hasTable(db, BACKUP_TABLE)) return null;
  const rows = db.prepare(`SELECT key, value FROM ${BACKUP_TABLE}`).all() as { key: string; value: string }[];
  const marker = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return marker.format === BACKUP_FORMAT ? marker : null;
}

/** Whether the database has the tables every Stip store has. */
export function looksLikeStipStore(db: Db): boolean {
  return ['workshops', 'participants', 'links', 'sessions'].every((t) => hasTable(db, t));
}
