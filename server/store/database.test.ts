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
