// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, requireSecureDelete } from './database.js';
import { eraseWorkshop, eraseWorkshopDocuments } from './workshopRows.js';

describe('the database connection', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-database-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('keeps the database file and its WAL and shared-memory files readable by the owner only (0600)', () => {
    const previous = process.umask(0o022);
    try {
      const db = openDatabase(dir);
      db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
      for (const name of ['stip.sqlite', 'stip.sqlite-wal', 'stip.sqlite-shm']) expect([name, fs.statSync(path.join(dir, name)).mode & 0o777]).toEqual([name, 0o600]);
      db.close();
      fs.chmodSync(path.join(dir, 'stip.sqlite'), 0o644);
      openDatabase(dir).close();
      expect(fs.statSync(path.join(dir, 'stip.sqlite')).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('has secure_delete on for every connection it opens', () => {
    const first = openDatabase(dir);
    const second = openDatabase(dir);
    try {
      expect(first.pragma('secure_delete', { simple: true })).toBe(1);
      expect(second.pragma('secure_delete', { simple: true })).toBe(1);
      expect(() => requireSecureDelete(first)).not.toThrow();
    } finally {
      first.close();
      second.close();
    }
  });

  it('refuses to erase personal data on a connection without secure_delete', () => {
    openDatabase(dir).close();
    const plain = new Database(path.join(dir, 'stip.sqlite'));
    try {
      plain.pragma('secure_delete = OFF');
      expect(() => eraseWorkshopDocuments(plain, 'AbCdEfGhIjKl')).toThrow(/secure_delete/);
      expect(() => eraseWorkshop(plain, 'AbCdEfGhIjKl')).toThrow(/secure_delete/);
    } finally {
      plain.close();
    }
  });
});
