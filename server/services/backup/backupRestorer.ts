// SPDX-License-Identifier: EUPL-1.2
/**
 * Puts a backup back as a data folder's store. Refuses while a server holds the folder, and
 * refuses anything that is not an intact Stip backup. Safe against a crash halfway: the backup is
 * copied beside the store under a temporary name first, the current store is checkpointed and
 * kept aside (`stip.sqlite.voor-herstel-<time>`), and only then is the copy renamed into place.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  BACKUP_TABLE, BACKUP_VERSION, BackupError, looksLikeStipStore, readBackupMarker, secretFingerprint, STORE_FILE, storeFigures,
  type StoreFigures,
} from './backupFormat.js';
import { runningServerPid } from './backupStoreOwner.js';

/** What a restore did. */
export interface RestoreResult extends StoreFigures {
  /** Where the store that was replaced now is; null when the folder had none. */
  keptAside: string | null;
  /** False when the backup was made with another server secret (join links are then shown anew). */
  sameSecret: boolean;
}

function checkBackup(file: string): { marker: Record<string, string>; figures: StoreFigures } {
  if (!fs.existsSync(file)) throw new BackupError(`Het bestand ${file} bestaat niet.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new BackupError(`Het bestand ${file} is geen Stip-reservekopie.`);
  }
  try {
    let marker: Record<string, string> | null;
    try {
      marker = readBackupMarker(db);
    } catch {
      throw new BackupError(`Het bestand ${file} is geen Stip-reservekopie.`);
    }
    if (!marker || !looksLikeStipStore(db)) throw new BackupError(`Het bestand ${file} is geen Stip-reservekopie (gemaakt met "npm run stip -- backup").`);
    if (Number(marker.version) > BACKUP_VERSION) throw new BackupError(`De reservekopie ${file} is gemaakt met een nieuwere versie van Stip. Werk Stip eerst bij.`);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`De reservekopie ${file} is beschadigd (${String(check)}). Er is niets veranderd.`);
    return { marker, figures: storeFigures(db) };
  } finally {
    db.close();
  }
}

function prepareCopy(file: string, dataDir: string): string {
  const temp = path.join(dataDir, `${STORE_FILE}.herstel-${crypto.randomBytes(4).toString('hex')}.tmp`);
  fs.copyFileSync(file, temp);
  const copy = new Database(temp, { fileMustExist: true });
  try {
    copy.exec(`DROP TABLE IF EXISTS ${BACKUP_TABLE}`);
  } finally {
    copy.close();
  }
  fs.chmodSync(temp, 0o600);
  const fd = fs.openSync(temp, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return temp;
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** Folds the current store's write-ahead log into it and moves it (with any leftovers) aside. */
function keepCurrentAside(dataDir: string): string | null {
  const current = path.join(dataDir, STORE_FILE);
  if (!fs.existsSync(current)) return null;
  const db = new Database(current, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const aside = `${current}.voor-herstel-${stamp()}`;
  fs.renameSync(current, aside);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(current + suffix)) fs.renameSync(current + suffix, aside + suffix);
  return aside;
}

/** Replaces the store of `dataDir` by the backup in `file`. */
export function restoreBackup(dataDir: string, file: string): RestoreResult {
  const source = path.resolve(file);
  const pid = runningServerPid(dataDir);
  if (pid !== null) throw new BackupError(`Stip draait nog op deze gegevensmap (proces ${pid}). Stop de server eerst en probeer het dan opnieuw.`);
  const { marker, figures } = checkBackup(source);
  fs.mkdirSync(dataDir, { recursive: true });
  const temp = prepareCopy(source, dataDir);
  let keptAside: string | null;
  try {
    keptAside = keepCurrentAside(dataDir);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new BackupError(`De huidige database kon niet opzij worden gezet: ${err instanceof Error ? err.message : String(err)}. Er is niets veranderd.`);
  }
  fs.renameSync(temp, path.join(dataDir, STORE_FILE));
  const own = secretFingerprint(dataDir);
  return { ...figures, keptAside, sameSecret: own !== null && own === marker.secret_fingerprint };
}
