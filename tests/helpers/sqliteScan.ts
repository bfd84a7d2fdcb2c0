// SPDX-License-Identifier: EUPL-1.2
/** Looks for a string anywhere in a Stip SQLite store: in every column of every table, and in the raw file bytes. */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../server/store/database.js';

/** One row that mentions the string: its table and the columns it was found in. */
export interface Mention { table: string; columns: string[] }

/** Every row of every table (text and blob columns alike) that contains `needle`. */
export function rowsMentioning(db: Db, needle: string): Mention[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  const bytes = Buffer.from(needle, 'utf8');
  const out: Mention[] = [];
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
    for (const row of rows) {
      const columns = Object.entries(row)
        .filter(([, v]) => (Buffer.isBuffer(v) ? v.includes(bytes) : v !== null && String(v).includes(needle)))
        .map(([k]) => k);
      if (columns.length > 0) out.push({ table: name, columns });
    }
  }
  return out;
}

/** Whether the store's files (stip.sqlite and its -wal) contain the string's UTF-8 bytes. */
export function storeFilesContain(dataDir: string, needle: string): boolean {
  const bytes = Buffer.from(needle, 'utf8');
  return ['stip.sqlite', 'stip.sqlite-wal'].some((f) => {
    const file = path.join(dataDir, f);
    return fs.existsSync(file) && fs.readFileSync(file).includes(bytes);
  });
}
