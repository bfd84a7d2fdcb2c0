// SPDX-License-Identifier: EUPL-1.2
/**
 * Consultations, their people, comments and answers in PostgreSQL (stip_consultations,
 * stip_consultation_people, stip_consultation_comments, stip_consultation_answers): the same
 * records and order as the SQLite ConsultationStore. Anchors and answered comment ids are JSONB.
 */
import type { AnswerStatus, CommentAnchor, Stance } from '../../../../shared/consultationDoc.js';
import type { Role } from '../../../../shared/roles.js';
import type { AnswerRecord, CommentRecord, ConsultationPersonRecord, ConsultationRecord, PersonSource } from '../../consultationStore.js';
import type { ConsultationStorePort } from '../../storePorts.js';
import { ms, num, type PgSession } from './pgSession.js';

interface ConsultationRow { id: string; workshop_id: string; version: number; intro: string; closes_at: string; closed_early: boolean; replies_allowed: boolean; opened_at: string; published_at: string | null; new_version: number | null }
interface PersonRow { id: string; consultation_id: string; workshop_id: string; participant_id: string | null; name: string; role: string; email: string | null; source: string; created_at: string; opened_at: string | null }
interface CommentRow { id: string; consultation_id: string; workshop_id: string; person_id: string; number: number; parent_id: string | null; stance: string; text: string; anchor: CommentAnchor | null; status: string; created_at: string; edited_at: string | null }
interface AnswerRow { id: string; consultation_id: string; workshop_id: string; comment_ids: string[]; answer: string; status: string; where_passage_id: string | null; answered_at: string }

const CONSULTATION_COLUMNS = 'id, workshop_id, version, intro, closes_at, closed_early, replies_allowed, opened_at, published_at, new_version';
const PERSON_COLUMNS = 'id, consultation_id, workshop_id, participant_id, name, role, email, source, created_at, opened_at';
const COMMENT_COLUMNS = 'id, consultation_id, workshop_id, person_id, number, parent_id, stance, text, anchor, status, created_at, edited_at';
const ANSWER_COLUMNS = 'id, consultation_id, workshop_id, comment_ids, answer, status, where_passage_id, answered_at';

const toConsultation = (r: ConsultationRow): ConsultationRecord => ({
  id: r.id, workshopId: r.workshop_id, version: r.version, intro: r.intro, closesAt: num(r.closes_at), closedEarly: r.closed_early,
  repliesAllowed: r.replies_allowed, openedAt: num(r.opened_at), publishedAt: ms(r.published_at), newVersion: r.new_version,
});
const toPerson = (r: PersonRow): ConsultationPersonRecord => ({
  id: r.id, consultationId: r.consultation_id, workshopId: r.workshop_id, participantId: r.participant_id, name: r.name,
  role: r.role as Role, email: r.email, source: r.source as PersonSource, createdAt: num(r.created_at), openedAt: ms(r.opened_at),
});
const toComment = (r: CommentRow): CommentRecord => ({
  id: r.id, consultationId: r.consultation_id, workshopId: r.workshop_id, personId: r.person_id, number: r.number, parentId: r.parent_id,
  stance: r.stance as Stance, text: r.text, anchor: r.anchor ?? null,
  status: r.status === 'withdrawn' ? 'withdrawn' : 'active', createdAt: num(r.created_at), editedAt: ms(r.edited_at),
});
const toAnswer = (r: AnswerRow): AnswerRecord => ({
  id: r.id, consultationId: r.consultation_id, workshopId: r.workshop_id, commentIds: r.comment_ids,
  answer: r.answer, status: r.status as AnswerStatus, wherePassageId: r.where_passage_id, answeredAt: num(r.answered_at),
});

/** The columns `updateConsultation` may change. */
const CONSULTATION_CHANGES = { intro: 'intro', closesAt: 'closes_at', closedEarly: 'closed_early', repliesAllowed: 'replies_allowed', publishedAt: 'published_at', newVersion: 'new_version' } as const;
type ConsultationChanges = Partial<Pick<ConsultationRecord, keyof typeof CONSULTATION_CHANGES>>;

/** Reads and writes consultations, their people, comments and answers. */
export class PgConsultationStore implements ConsultationStorePort {
  constructor(private readonly db: PgSession) {}

  async insertConsultation(c: ConsultationRecord): Promise<void> {
    await this.db.query(`INSERT INTO stip_consultations (${CONSULTATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [c.id, c.workshopId, c.version, c.intro, c.closesAt, c.closedEarly, c.repliesAllowed, c.openedAt, c.publishedAt, c.newVersion]);
  }

  async ofWorkshop(workshopId: string): Promise<ConsultationRecord | null> {
    const { rows: [row] } = await this.db.query<ConsultationRow>(`SELECT ${CONSULTATION_COLUMNS} FROM stip_consultations WHERE workshop_id = $1`, [workshopId]);
    return row ? toConsultation(row) : null;
  }

  async updateConsultation(id: string, c: ConsultationChanges): Promise<void> {
    const changes = (Object.keys(CONSULTATION_CHANGES) as (keyof ConsultationChanges)[])
      .filter((key) => c[key] !== undefined).map((key) => [CONSULTATION_CHANGES[key], c[key]] as const);
    if (changes.length === 0) return;
    await this.db.query(`UPDATE stip_consultations SET ${changes.map(([column], i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`,
      [id, ...changes.map(([, value]) => value)]);
  }

  async insertPerson(p: ConsultationPersonRecord): Promise<void> {
    await this.db.query(`INSERT INTO stip_consultation_people (${PERSON_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [p.id, p.consultationId, p.workshopId, p.participantId, p.name, p.role, p.email, p.source, p.createdAt, p.openedAt]);
  }

  async person(id: string): Promise<ConsultationPersonRecord | null> {
    const { rows: [row] } = await this.db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM stip_consultation_people WHERE id = $1`, [id]);
    return row ? toPerson(row) : null;
  }

  async people(consultationId: string): Promise<ConsultationPersonRecord[]> {
    const { rows } = await this.db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM stip_consultation_people WHERE consultation_id = $1 ORDER BY created_at, seq`, [consultationId]);
    return rows.map(toPerson);
  }

  async markOpened(personId: string, now: number): Promise<void> {
    await this.db.query('UPDATE stip_consultation_people SET opened_at = $2 WHERE id = $1 AND opened_at IS NULL', [personId, now]);
  }

  async nextNumber(consultationId: string): Promise<number> {
    const { rows: [r] } = await this.db.query<{ n: number }>('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM stip_consultation_comments WHERE consultation_id = $1', [consultationId]);
    return r.n;
  }

  async insertComment(c: CommentRecord): Promise<void> {
    await this.db.query(`INSERT INTO stip_consultation_comments (${COMMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [c.id, c.consultationId, c.workshopId, c.personId, c.number, c.parentId, c.stance, c.text, c.anchor ? JSON.stringify(c.anchor) : null, c.status, c.createdAt, c.editedAt]);
  }

  async updateComment(c: Pick<CommentRecord, 'id' | 'text' | 'stance' | 'status' | 'editedAt'>): Promise<void> {
    await this.db.query('UPDATE stip_consultation_comments SET text = $2, stance = $3, status = $4, edited_at = $5 WHERE id = $1', [c.id, c.text, c.stance, c.status, c.editedAt]);
  }

  async comment(id: string): Promise<CommentRecord | null> {
    const { rows: [row] } = await this.db.query<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM stip_consultation_comments WHERE id = $1`, [id]);
    return row ? toComment(row) : null;
  }

  async comments(consultationId: string): Promise<CommentRecord[]> {
    const { rows } = await this.db.query<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM stip_consultation_comments WHERE consultation_id = $1 ORDER BY number`, [consultationId]);
    return rows.map(toComment);
  }

  /** Stores an answer, first taking its comments out of any earlier answer (an answer left without comments is dropped). */
  async putAnswer(a: AnswerRecord): Promise<void> {
    await this.db.atomic(async (tx) => {
      const taken = new Set(a.commentIds);
      const { rows } = await tx.query<AnswerRow>(`SELECT ${ANSWER_COLUMNS} FROM stip_consultation_answers WHERE consultation_id = $1 ORDER BY answered_at, seq FOR UPDATE`, [a.consultationId]);
      for (const old of rows.map(toAnswer)) {
        const rest = old.commentIds.filter((id) => !taken.has(id));
        if (rest.length === old.commentIds.length) continue;
        if (rest.length === 0) await tx.query('DELETE FROM stip_consultation_answers WHERE id = $1', [old.id]);
        else await tx.query('UPDATE stip_consultation_answers SET comment_ids = $2 WHERE id = $1', [old.id, JSON.stringify(rest)]);
      }
      await tx.query(`INSERT INTO stip_consultation_answers (${ANSWER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [a.id, a.consultationId, a.workshopId, JSON.stringify(a.commentIds), a.answer, a.status, a.wherePassageId, a.answeredAt]);
    });
  }

  async answers(consultationId: string): Promise<AnswerRecord[]> {
    const { rows } = await this.db.query<AnswerRow>(`SELECT ${ANSWER_COLUMNS} FROM stip_consultation_answers WHERE consultation_id = $1 ORDER BY answered_at, seq`, [consultationId]);
    return rows.map(toAnswer);
  }
}
