// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation of a workshop in SQLite (issue 12): the source of truth behind the server-written
 * consultation document (shared/consultationDoc.ts), and the only place that knows who wrote what.
 *
 *   consultations        (id PK, workshop_id UNIQUE → workshops, version, intro, closes_at epoch ms,
 *                         closed_early 0|1, replies_allowed 0|1, opened_at, published_at NULL, new_version NULL)
 *   consultation_people  (id PK, consultation_id → consultations, workshop_id → workshops,
 *                         participant_id → participants NULL (absentees and participants; NULL for extra
 *                         people and after the participant was removed), name, role, email NULL,
 *                         source 'absentee' | 'participant' | 'extra', created_at, opened_at NULL)
 *   consultation_comments (id PK, consultation_id, workshop_id, person_id → consultation_people,
 *                         number (1, 2, … per consultation), parent_id NULL, stance, text, anchor JSON NULL,
 *                         status 'active' | 'withdrawn', created_at, edited_at NULL)
 *   consultation_answers (id PK, consultation_id, workshop_id, comment_ids JSON array, answer, status,
 *                         where_passage_id NULL, answered_at)
 *
 * Every table has workshop_id, so deleting a workshop (store/workshopRows) deletes all of it; a
 * person's links and sessions (person_id) and comments go with the person (ON DELETE CASCADE).
 */
import type { AnswerStatus, CommentAnchor, Stance } from '../../shared/consultationDoc.js';
import type { Role } from '../../shared/roles.js';
import type { Db } from './database.js';

/** A stored consultation. */
export interface ConsultationRecord {
  id: string;
  workshopId: string;
  version: number;
  intro: string;
  closesAt: number;
  closedEarly: boolean;
  repliesAllowed: boolean;
  openedAt: number;
  publishedAt: number | null;
  newVersion: number | null;
}

/** Who was invited, and how. */
export type PersonSource = 'absentee' | 'participant' | 'extra';

/** One invited person. */
export interface ConsultationPersonRecord {
  id: string;
  consultationId: string;
  workshopId: string;
  participantId: string | null;
  name: string;
  role: Role;
  email: string | null;
  source: PersonSource;
  createdAt: number;
  openedAt: number | null;
}

/** One stored comment or reply, with its author. */
export interface CommentRecord {
  id: string;
  consultationId: string;
  workshopId: string;
  personId: string;
  number: number;
  parentId: string | null;
  stance: Stance;
  text: string;
  anchor: CommentAnchor | null;
  status: 'active' | 'withdrawn';
  createdAt: number;
  editedAt: number | null;
}

/** One stored answer (to one comment or a group). */
export interface AnswerRecord {
  id: string;
  consultationId: string;
  workshopId: string;
  commentIds: string[];
  answer: string;
  status: AnswerStatus;
  wherePassageId: string | null;
  answeredAt: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS consultations (
  id TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL UNIQUE REFERENCES workshops(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  intro TEXT NOT NULL,
  closes_at INTEGER NOT NULL,
  closed_early INTEGER NOT NULL DEFAULT 0,
  replies_allowed INTEGER NOT NULL DEFAULT 1,
  opened_at INTEGER NOT NULL,
  published_at INTEGER,
  new_version INTEGER
);
CREATE TABLE IF NOT EXISTS consultation_people (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  email TEXT,
  source TEXT NOT NULL CHECK (source IN ('absentee', 'participant', 'extra')),
  created_at INTEGER NOT NULL,
  opened_at INTEGER
);
CREATE INDEX IF NOT EXISTS consultation_people_by_consultation ON consultation_people(consultation_id);
CREATE TABLE IF NOT EXISTS consultation_comments (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES consultation_people(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  parent_id TEXT,
  stance TEXT NOT NULL,
  text TEXT NOT NULL,
  anchor TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
  created_at INTEGER NOT NULL,
  edited_at INTEGER,
  UNIQUE (consultation_id, number)
);
CREATE INDEX IF NOT EXISTS consultation_comments_by_person ON consultation_comments(person_id);
CREATE TABLE IF NOT EXISTS consultation_answers (
  id TEXT PRIMARY KEY,
  consultation_id TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  comment_ids TEXT NOT NULL,
  answer TEXT NOT NULL,
  status TEXT NOT NULL,
  where_passage_id TEXT,
  answered_at INTEGER NOT NULL
);
`;

interface ConsultationRow { id: string; workshop_id: string; version: number; intro: string; closes_at: number; closed_early: number; replies_allowed: number; opened_at: number; published_at: number | null; new_version: number | null }
interface PersonRow { id: string; consultation_id: string; workshop_id: string; participant_id: string | null; name: string; role: string; email: string | null; source: string; created_at: number; opened_at: number | null }
interface CommentRow { id: string; consultation_id: string; workshop_id: string; person_id: string; number: number; parent_id: string | null; stance: string; text: string; anchor: string | null; status: string; created_at: number; edited_at: number | null }
interface AnswerRow { id: string; consultation_id: string; workshop_id: string; comment_ids: string; answer: string; status: string; where_passage_id: string | null; answered_at: number }

const toConsultation = (r: ConsultationRow): ConsultationRecord => ({
  id: r.id, workshopId: r.workshop_id, version: r.version, intro: r.intro, closesAt: r.closes_at, closedEarly: r.closed_early === 1,
  repliesAllowed: r.replies_allowed === 1, openedAt: r.opened_at, publishedAt: r.published_at, newVersion: r.new_version,
});
const toPerson = (r: PersonRow): ConsultationPersonRecord => ({
  id: r.id, consultationId: r.consultation_id, workshopId: r.workshop_id, participantId: r.participant_id, name: r.name,
  role: r.role as Role, email: r.email, source: r.source as PersonSource, createdAt: r.created_at, openedAt: r.opened_at,
});
const toComment = (r: CommentRow): CommentRecord => ({
  id: r.id, consultationId: r.consultation_id, workshopId: r.workshop_id, personId: r.person_id, number: r.number, parentId: r.parent_id,
  stance: r.stance as Stance, text: r.text, anchor: r.anchor ? (JSON.parse(r.anchor) as CommentAnchor) : null,
  status: r.status === 'withdrawn' ? 'withdrawn' : 'active', createdAt: r.created_at, editedAt: r.edited_at,
});
const toAnswer = (r: AnswerRow): AnswerRecord => ({
  id: r.id, consultationId: r.consultation_id, workshopId: r.workshop_id, commentIds: JSON.parse(r.comment_ids) as string[],
  answer: r.answer, status: r.status as AnswerStatus, wherePassageId: r.where_passage_id, answeredAt: r.answered_at,
});

/** Reads and writes consultations, their people, comments and answers. */
export class ConsultationStore {
  constructor(readonly db: Db) {
    db.exec(SCHEMA);
  }

  /** Stores a new consultation. */
  insertConsultation(c: ConsultationRecord): void {
    this.db.prepare(`INSERT INTO consultations (id, workshop_id, version, intro, closes_at, closed_early, replies_allowed, opened_at, published_at, new_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, c.workshopId, c.version, c.intro, c.closesAt, c.closedEarly ? 1 : 0, c.repliesAllowed ? 1 : 0, c.openedAt, c.publishedAt, c.newVersion);
  }

  /** The consultation of a workshop, or null. */
  ofWorkshop(workshopId: string): ConsultationRecord | null {
    const row = this.db.prepare('SELECT * FROM consultations WHERE workshop_id = ?').get(workshopId) as ConsultationRow | undefined;
    return row ? toConsultation(row) : null;
  }

  /** Changes a consultation's settings and state. */
  updateConsultation(id: string, c: Partial<Pick<ConsultationRecord, 'intro' | 'closesAt' | 'closedEarly' | 'repliesAllowed' | 'publishedAt' | 'newVersion'>>): void {
    const columns: Record<string, string> = { intro: 'intro', closesAt: 'closes_at', closedEarly: 'closed_early', repliesAllowed: 'replies_allowed', publishedAt: 'published_at', newVersion: 'new_version' };
    for (const [key, value] of Object.entries(c)) {
      if (value === undefined) continue;
      this.db.prepare(`UPDATE consultations SET ${columns[key]} = ? WHERE id = ?`).run(typeof value === 'boolean' ? (value ? 1 : 0) : value, id);
    }
  }

  /** Stores a new person. */
  insertPerson(p: ConsultationPersonRecord): void {
    this.db.prepare(`INSERT INTO consultation_people (id, consultation_id, workshop_id, participant_id, name, role, email, source, created_at, opened_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(p.id, p.consultationId, p.workshopId, p.participantId, p.name, p.role, p.email, p.source, p.createdAt, p.openedAt);
  }

  /** One person, or null. */
  person(id: string): ConsultationPersonRecord | null {
    const row = this.db.prepare('SELECT * FROM consultation_people WHERE id = ?').get(id) as PersonRow | undefined;
    return row ? toPerson(row) : null;
  }

  /** The people of a consultation, in order of invitation. */
  people(consultationId: string): ConsultationPersonRecord[] {
    return (this.db.prepare('SELECT * FROM consultation_people WHERE consultation_id = ? ORDER BY created_at, rowid').all(consultationId) as PersonRow[]).map(toPerson);
  }

  /** Records the first opening of a person's link. */
  markOpened(personId: string, now: number): void {
    this.db.prepare('UPDATE consultation_people SET opened_at = ? WHERE id = ? AND opened_at IS NULL').run(now, personId);
  }

  /** The next comment number of a consultation. */
  nextNumber(consultationId: string): number {
    return (this.db.prepare('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM consultation_comments WHERE consultation_id = ?').get(consultationId) as { n: number }).n;
  }

  /** Stores a new comment. */
  insertComment(c: CommentRecord): void {
    this.db.prepare(`INSERT INTO consultation_comments (id, consultation_id, workshop_id, person_id, number, parent_id, stance, text, anchor, status, created_at, edited_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, c.consultationId, c.workshopId, c.personId, c.number, c.parentId, c.stance, c.text,
      c.anchor ? JSON.stringify(c.anchor) : null, c.status, c.createdAt, c.editedAt);
  }

  /** Changes a comment's text, stance or status. */
  updateComment(c: Pick<CommentRecord, 'id' | 'text' | 'stance' | 'status' | 'editedAt'>): void {
    this.db.prepare('UPDATE consultation_comments SET text = ?, stance = ?, status = ?, edited_at = ? WHERE id = ?').run(c.text, c.stance, c.status, c.editedAt, c.id);
  }

  /** One comment, or null. */
  comment(id: string): CommentRecord | null {
    const row = this.db.prepare('SELECT * FROM consultation_comments WHERE id = ?').get(id) as CommentRow | undefined;
    return row ? toComment(row) : null;
  }

  /** Every comment of a consultation, by number. */
  comments(consultationId: string): CommentRecord[] {
    return (this.db.prepare('SELECT * FROM consultation_comments WHERE consultation_id = ? ORDER BY number').all(consultationId) as CommentRow[]).map(toComment);
  }

  /** Stores an answer, first taking its comments out of any earlier answer (an answer left without comments is dropped). */
  putAnswer(a: AnswerRecord): void {
    this.db.transaction(() => {
      const taken = new Set(a.commentIds);
      for (const old of this.answers(a.consultationId)) {
        const rest = old.commentIds.filter((id) => !taken.has(id));
        if (rest.length === old.commentIds.length) continue;
        if (rest.length === 0) this.db.prepare('DELETE FROM consultation_answers WHERE id = ?').run(old.id);
        else this.db.prepare('UPDATE consultation_answers SET comment_ids = ? WHERE id = ?').run(JSON.stringify(rest), old.id);
      }
      this.db.prepare(`INSERT INTO consultation_answers (id, consultation_id, workshop_id, comment_ids, answer, status, where_passage_id, answered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(a.id, a.consultationId, a.workshopId, JSON.stringify(a.commentIds), a.answer, a.status, a.wherePassageId, a.answeredAt);
    })();
  }

  /** Every answer of a consultation, oldest first. */
  answers(consultationId: string): AnswerRecord[] {
    return (this.db.prepare('SELECT * FROM consultation_answers WHERE consultation_id = ? ORDER BY answered_at, rowid').all(consultationId) as AnswerRow[]).map(toAnswer);
  }
}
