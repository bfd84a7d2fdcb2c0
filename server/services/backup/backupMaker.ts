// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes a backup of a data folder's store with SQLite's online backup (better-sqlite3
 * `db.backup`): a consistent copy even while the server runs and writes. The copy is written
 * beside the target under a temporary name, marked as a Stip backup (backupFormat.ts), made
 * readable for its owner only (it holds personal data) and then renamed into place.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_FORMAT, BACKUP_TABLE, BACKUP_VERSION, BackupError, secretFingerprint, STORE_FILE, storeFigures, type StoreFigures } from './backupFormat.js';

/** What a backup wrote. */
export interface BackupResult extends StoreFigures { file: string; bytes: number }

function openSource(dataDir: string): Database.Database {
  const file = path.join(dataDir, STORE_FILE);
  if (!fs.existsSync(file)) throw new BackupError(`Er is geen Stip-database in ${dataDir} (${STORE_FILE} ontbreekt).`);
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

function mark(copyFile: string, dataDir: string): StoreFigures {
  const copy = new Database(copyFile, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.exec(`CREATE TABLE IF NOT EXISTS ${BACKUP_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    const put = copy.prepare(`INSERT OR REPLACE INTO ${BACKUP_TABLE} (key, value) VALUES (?, ?)`);
    copy.transaction(() => {
      put.run('format', BACKUP_FORMAT);
      put.run('version', String(BACKUP_VERSION));
      put.run('created_at', new Date().toISOString());
      put.run('secret_fingerprint', secretFingerprint(dataDir) ?? '');
    })();
    return storeFigures(copy);
  } finally {
    copy.close();
  }
}

/** Copies the store of `dataDir` to `target` (which must not exist yet). */
export async function makeBackup(dataDir: string, target: string): Promise<BackupResult> {
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new BackupError(`Het bestand ${file} bestaat al. Kies een nieuwe naam; een bestaande kopie wordt nooit overschreven.`);
  if (!fs.existsSync(path.dirname(file))) throw new BackupError(`De map ${path.dirname(file)} bestaat niet.`);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  const source = openSource(dataDir);
  try {
    // One step for the whole file: a step-wise copy restarts whenever the server writes in between.
    await source.backup(temp, { progress: () => 1_000_000_000 });
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new BackupError(`De reservekopie kon niet worden gemaakt: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    source.close();
  }
  try {
    const figures = mark(temp, dataDir);
    fs.chmodSync(temp, 0o600);
    fs.renameSync(temp, file);
    return { file, bytes: fs.statSync(file).size, ...figures };
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
