// SPDX-License-Identifier: EUPL-1.2
/**
 * The PostgreSQL tables of the workshop store (the same tables as SQLite's workshopStore,
 * workshopLinkStore, workshopSessionStore, consultationStore, meeting2Store, visionVersionStore,
 * auditStore and exportSettingsStore, in spirit), as numbered migrations:
 *
 *   stip_schema_migrations(version, name, applied_at)   which migrations ran (one row each)
 *
 * Several instances may start at once: `migrateWorkshopSchema` takes a transaction-scoped advisory
 * lock, reads which versions ran, and runs the missing ones in order in that same transaction, so
 * exactly one instance applies each and the others wait and then find nothing left to do. A
 * migration is never changed after it shipped; a change is a new number at the end.
 *
 * Types: moments are BIGINT epoch milliseconds (what the store records carry), flags BOOLEAN, JSON
 * columns JSONB, the frozen vision state BYTEA. Rows that SQLite orders by `rowid` (insertion order)
 * carry an identity column `seq` here. Every table has the SQLite table's constraints (CHECKs,
 * foreign keys with ON DELETE CASCADE, unique indexes) plus CHECKs for the values the records allow.
 */
import type pg from 'pg';

/** One numbered migration. */
interface Migration { version: number; name: string; sql: string }

/** The migrations, oldest first. Append only. */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'workshop tables',
    sql: `
CREATE TABLE stip_workshops (
  id TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  gemeente TEXT NOT NULL,
  title TEXT NOT NULL,
  meeting1 TEXT,
  meeting2 TEXT,
  show_names BOOLEAN NOT NULL DEFAULT false,
  created_at BIGINT NOT NULL,
  group_names JSONB CHECK (group_names IS NULL OR jsonb_typeof(group_names) = 'array'),
  language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'))
);
CREATE TABLE stip_participants (
  id TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  workshop_id TEXT NOT NULL REFERENCES stip_workshops(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  email TEXT,
  grp INTEGER,
  author_key TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  attendance_m1 TEXT CHECK (attendance_m1 IN ('present', 'absent')),
  attendance_m2 TEXT CHECK (attendance_m2 IN ('present', 'absent')),
  role_group TEXT CHECK (role_group IN ('raad', 'college', 'ambtenaren'))
);
CREATE INDEX stip_participants_by_workshop ON stip_participants (workshop_id, created_at, seq);

CREATE TABLE stip_consultations (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL UNIQUE REFERENCES stip_workshops(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  intro TEXT NOT NULL,
  closes_at BIGINT NOT NULL,
  closed_early BOOLEAN NOT NULL DEFAULT false,
  replies_allowed BOOLEAN NOT NULL DEFAULT true,
  opened_at BIGINT NOT NULL,
  published_at BIGINT,
  new_version INTEGER
);
CREATE TABLE stip_consultation_people (
  id TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  consultation_id TEXT NOT NULL REFERENCES stip_consultations(id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES stip_workshops(id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES stip_participants(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  email TEXT,
  source TEXT NOT NULL CHECK (source IN ('absentee', 'participant', 'extra')),
  created_at BIGINT NOT NULL,
  opened_at BIGINT
);
CREATE INDEX stip_consultation_people_by_consultation ON stip_consultation_people (consultation_id, created_at, seq);
CREATE INDEX stip_consultation_people_by_participant ON stip_consultation_people (participant_id);
CREATE TABLE stip_consultation_comments (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES stip_consultations(id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES stip_workshops(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES stip_consultation_people(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  parent_id TEXT,
  stance TEXT NOT NULL,
  text TEXT NOT NULL,
  anchor JSONB,
  status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
  created_at BIGINT NOT NULL,
  edited_at BIGINT,
  UNIQUE (consultation_id, number)
);
CREATE INDEX stip_consultation_comments_by_person ON stip_consultation_comments (person_id);
CREATE TABLE stip_consultation_answers (
  id TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  consultation_id TEXT NOT NULL REFERENCES stip_consultations(id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES stip_workshops(id) ON DELETE CASCADE,
  comment_ids JSONB NOT NULL CHECK (jsonb_typeof(comment_ids) = 'array'),
  answer TEXT NOT NULL,
  status TEXT NOT NULL,
  where_passage_id TEXT,
  answered_at BIGINT NOT NULL
);
CREATE INDEX stip_consultation_answers_by_consultation ON stip_consultation_answers (consultation_id, answered_at, seq);

CREATE TABLE stip_links (
  token_hash TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  token_enc TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup', 'screen', 'consultation')),
  participant_id TEXT REFERENCES stip_participants(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT,
  used_at BIGINT,
  workshop_id TEXT REFERENCES stip_workshops(id) ON DELETE CASCADE,
  person_id TEXT REFERENCES stip_consultation_people(id) ON DELETE CASCADE
);
CREATE INDEX stip_links_by_participant ON stip_links (participant_id);
CREATE INDEX stip_links_by_workshop ON stip_links (workshop_id);
CREATE INDEX stip_links_by_person ON stip_links (person_id);
CREATE TABLE stip_sessions (
  id_hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('participant', 'setup', 'screen', 'consultation')),
  participant_id TEXT REFERENCES stip_participants(id) ON DELETE CASCADE,
  expires_at BIGINT NOT NULL,
  workshop_id TEXT REFERENCES stip_workshops(id) ON DELETE CASCADE,
  last_seen_at BIGINT,
  person_id TEXT REFERENCES stip_consultation_people(id) ON DELETE CASCADE
);
CREATE INDEX stip_sessions_by_participant ON stip_sessions (participant_id);
CREATE INDEX stip_sessions_by_workshop ON stip_sessions (workshop_id);
CREATE INDEX stip_sessions_by_person ON stip_sessions (person_id);
CREATE INDEX stip_sessions_by_expiry ON stip_sessions (expires_at);

CREATE TABLE stip_meeting2_setups (
  workshop_id TEXT PRIMARY KEY REFERENCES stip_workshops(id) ON DELETE CASCADE,
  placement JSONB NOT NULL,
  merges JSONB NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE stip_meeting2_cases (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL REFERENCES stip_workshops(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX stip_meeting2_cases_by_workshop ON stip_meeting2_cases (workshop_id, position, created_at);

CREATE TABLE stip_vision_versions (
  workshop_id TEXT NOT NULL REFERENCES stip_workshops(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  label TEXT NOT NULL,
  state BYTEA NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (workshop_id, number)
);

CREATE TABLE stip_audit_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workshop_id TEXT,
  at BIGINT NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('setup', 'participant', 'screen', 'commenter', 'system')),
  actor_id TEXT,
  actor_name TEXT,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT,
  result TEXT NOT NULL
);
CREATE INDEX stip_audit_log_by_workshop ON stip_audit_log (workshop_id, id);

CREATE TABLE stip_export_settings (
  workshop_id TEXT PRIMARY KEY REFERENCES stip_workshops(id) ON DELETE CASCADE,
  participants_may_download BOOLEAN NOT NULL DEFAULT false
);
`,
  },
  {
    version: 2,
    name: 'server secret',
    sql: `
CREATE TABLE stip_server_secret (
  id BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
  secret TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
  },
];

/** Any number, the same in every instance: the advisory lock under which the workshop schema migrates. */
const MIGRATION_LOCK = 4815162343;

/** The versions applied to the database, in order (for tests and `stip` diagnostics). */
export async function appliedWorkshopMigrations(pool: pg.Pool): Promise<number[]> {
  const { rows } = await pool.query<{ version: number }>('SELECT version FROM stip_schema_migrations ORDER BY version');
  return rows.map((r) => r.version);
}

/** The newest migration's number. */
export const WORKSHOP_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Brings the workshop tables to the newest version: runs every migration not yet recorded, in one
 * transaction under an advisory lock (several instances may start at once). Returns the versions it ran.
 */
export async function migrateWorkshopSchema(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS stip_schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM stip_schema_migrations');
      const done = new Set(rows.map((r) => r.version));
      const ran: number[] = [];
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await client.query(m.sql);
        await client.query('INSERT INTO stip_schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        ran.push(m.version);
      }
      await client.query('COMMIT');
      return ran;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  } finally {
    client.release();
  }
}
