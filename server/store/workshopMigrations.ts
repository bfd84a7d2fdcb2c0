// SPDX-License-Identifier: EUPL-1.2
/**
 * Additive migrations of the workshop tables, safe to run on every start and on a database made
 * by an older version:
 *
 *   participants  + attendance_m1, attendance_m2 TEXT NULL ('present' | 'absent')
 *                 + role_group TEXT NULL ('raad' | 'college' | 'ambtenaren': meeting 2's group)
 *   workshops     + group_names TEXT NULL (JSON array of GROUP_COUNT strings, '' = default "Groep n";
 *                   NULL = every group keeps its default)
 *                 + language TEXT NOT NULL DEFAULT 'nl' ('nl' | 'en')
 *   links         kind may be 'screen'; + workshop_id → workshops NULL (set for screen links)
 *   sessions      kind may be 'screen'; + workshop_id → workshops NULL (set for screen sessions)
 *   links, sessions  kind may be 'consultation'; + person_id → consultation_people NULL (a consultation
 *                 commenter's personal link and session; workshop_id set too)
 *
 * Columns are added with a guarded ALTER TABLE. SQLite cannot change a CHECK constraint, so a
 * links or sessions table whose kind CHECK predates 'screen' is rebuilt once, in a transaction,
 * keeping every row.
 */
import type { Db } from './database.js';

const hasColumn = (db: Db, table: string, column: string): boolean =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);

const tableSql = (db: Db, table: string): string =>
  (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string } | undefined)?.sql ?? '';

/** Adds the attendance columns to participants when they are missing. */
export function migrateAttendance(db: Db): void {
  for (const column of ['attendance_m1', 'attendance_m2']) {
    if (!hasColumn(db, 'participants', column)) db.exec(`ALTER TABLE participants ADD COLUMN ${column} TEXT`);
  }
}

/**
 * Rebuilds `table` with `createSql` (which must create `<table>_next`) when its kind CHECK does not
 * allow 'screen' yet; copies `columns`, then recreates `indexSql`.
 */
function rebuildForScreen(db: Db, table: string, createSql: string, columns: string[], indexSql: string): void {
  if (tableSql(db, table).includes("'screen'")) return;
  const list = columns.join(', ');
  db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS ${table}_next`);
    db.exec(createSql);
    db.exec(`INSERT INTO ${table}_next (${list}) SELECT ${list} FROM ${table}`);
    db.exec(`DROP TABLE ${table}`);
    db.exec(`ALTER TABLE ${table}_next RENAME TO ${table}`);
    db.exec(indexSql);
  })();
}

/** The links table as it is now (the `_next` suffix is used while rebuilding). */
export const linksTableSql = (name = 'links') => `
CREATE TABLE IF NOT EXISTS ${name} (
  token_hash TEXT PRIMARY KEY,
  token_enc TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup', 'screen', 'consultation')),
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER,
  used_at INTEGER,
  workshop_id TEXT REFERENCES workshops(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES consultation_people(id) ON DELETE CASCADE
);`;

/** The sessions table as it is now. */
export const sessionsTableSql = (name = 'sessions') => `
CREATE TABLE IF NOT EXISTS ${name} (
  id_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup', 'screen', 'consultation')),
  participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL,
  workshop_id TEXT REFERENCES workshops(id) ON DELETE CASCADE,
  last_seen_at INTEGER,
  person_id TEXT REFERENCES consultation_people(id) ON DELETE CASCADE
);`;

/** Lets links be screen links (kind 'screen', workshop_id) on a database made before they existed. */
export function migrateScreenLinks(db: Db): void {
  rebuildForScreen(db, 'links', linksTableSql('links_next'),
    ['token_hash', 'token_enc', 'kind', 'participant_id', 'created_at', 'expires_at', 'revoked_at', 'used_at'],
    'CREATE INDEX IF NOT EXISTS links_by_participant ON links(participant_id);');
  db.exec('CREATE INDEX IF NOT EXISTS links_by_workshop ON links(workshop_id);');
}

/** Lets sessions be screen sessions (kind 'screen', workshop_id) on a database made before they existed. */
export function migrateScreenSessions(db: Db): void {
  rebuildForScreen(db, 'sessions', sessionsTableSql('sessions_next'),
    ['id_hash', 'kind', 'participant_id', 'expires_at'],
    'CREATE INDEX IF NOT EXISTS sessions_by_participant ON sessions(participant_id);');
  db.exec('CREATE INDEX IF NOT EXISTS sessions_by_workshop ON sessions(workshop_id);');
}

/**
 * Rebuilds `table` with `createSql` (creating `<table>_next`) when its kind CHECK does not allow
 * 'consultation' yet, copying `columns` (person_id is new and starts NULL), then recreates `indexSql`.
 */
function rebuildForConsultation(db: Db, table: string, createSql: string, columns: string[], indexSql: string): void {
  if (tableSql(db, table).includes("'consultation'")) return;
  const list = columns.join(', ');
  db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS ${table}_next`);
    db.exec(createSql);
    db.exec(`INSERT INTO ${table}_next (${list}) SELECT ${list} FROM ${table}`);
    db.exec(`DROP TABLE ${table}`);
    db.exec(`ALTER TABLE ${table}_next RENAME TO ${table}`);
    db.exec(indexSql);
  })();
}

/** Lets links be consultation links (kind 'consultation', person_id) on a database made before them. */
export function migrateConsultationLinks(db: Db): void {
  rebuildForConsultation(db, 'links', linksTableSql('links_next'),
    ['token_hash', 'token_enc', 'kind', 'participant_id', 'created_at', 'expires_at', 'revoked_at', 'used_at', 'workshop_id'],
    'CREATE INDEX IF NOT EXISTS links_by_participant ON links(participant_id); CREATE INDEX IF NOT EXISTS links_by_workshop ON links(workshop_id);');
  db.exec('CREATE INDEX IF NOT EXISTS links_by_person ON links(person_id);');
}

/** Lets sessions be consultation sessions (kind 'consultation', person_id) on a database made before them. */
export function migrateConsultationSessions(db: Db): void {
  rebuildForConsultation(db, 'sessions', sessionsTableSql('sessions_next'),
    ['id_hash', 'kind', 'participant_id', 'expires_at', 'workshop_id', 'last_seen_at'],
    'CREATE INDEX IF NOT EXISTS sessions_by_participant ON sessions(participant_id); CREATE INDEX IF NOT EXISTS sessions_by_workshop ON sessions(workshop_id);');
  db.exec('CREATE INDEX IF NOT EXISTS sessions_by_person ON sessions(person_id);');
}

/** Adds the group names and the workshop language to workshops when they are missing. */
export function migrateGroupNamesAndLanguage(db: Db): void {
  if (!hasColumn(db, 'workshops', 'group_names')) db.exec('ALTER TABLE workshops ADD COLUMN group_names TEXT');
  if (!hasColumn(db, 'workshops', 'language')) db.exec("ALTER TABLE workshops ADD COLUMN language TEXT NOT NULL DEFAULT 'nl'");
}

/** Adds the meeting-2 role group to participants when it is missing. */
export function migrateRoleGroup(db: Db): void {
  if (!hasColumn(db, 'participants', 'role_group')) db.exec('ALTER TABLE participants ADD COLUMN role_group TEXT');
}
