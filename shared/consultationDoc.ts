// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation (`w/<id>/consultation`): comments on a frozen vision version, written ONLY by
 * the server (commenters and the facilitator act through the API, server/services/consultation/),
 * read live by the facilitator and, when the facilitator allows replies, by the commenters.
 *
 *   meta     : Y.Map   consultationId, version (the frozen version commented on), intro, closesAt
 *                      (ISO-8601 UTC), closedEarly (boolean), repliesAllowed (boolean), showNames
 *                      (boolean), publishedAt (ISO | null: the reactienota's publication),
 *                      newVersion (number | null: "versie 2 (na consultatie)" once frozen)
 *   comments : Y.Map<commentId, ConsultationComment>   plain values; replaced whole on edit/withdraw
 *   answers  : Y.Map<answerId, ConsultationAnswer>     plain values; written only at publication
 *                      (before it the answers are the facilitator's draft, read through the API)
 *
 * A comment never carries who wrote it: only the role and role category, and the author's name when
 * the workshop shows names. The link between a comment and its author stays in the server's store.
 *
 * Rules (CONSULTATION_RULES, enforced by the server): only the server writes; only these three
 * maps, each value plain data. Any client write over the WebSocket is refused.
 *
 * No starting content: the server writes `meta` when the consultation opens. Snapshot: `readConsultation`.
 */
import type * as Y from 'yjs';
import type { DocRules } from './docRules.js';
import type { Role, RoleCategory } from './roles.js';

/** Top-level field names of the consultation document. */
export const CONSULTATION_FIELDS = { meta: 'meta', comments: 'comments', answers: 'answers' } as const;

/** The keys of the meta map. */
const META_KEYS = ['consultationId', 'version', 'intro', 'closesAt', 'closedEarly', 'repliesAllowed', 'showNames', 'publishedAt', 'newVersion'] as const;

/** The rules of the consultation document: server-written only (server/collab/changeJudge.ts). */
export const CONSULTATION_RULES: DocRules = {
  fields: {
    [CONSULTATION_FIELDS.meta]: { kind: 'map', map: { keys: META_KEYS, values: 'plain' } },
    [CONSULTATION_FIELDS.comments]: { kind: 'map', map: { values: 'plain' } },
    [CONSULTATION_FIELDS.answers]: { kind: 'map', map: { values: 'plain' } },
  },
  serverOnly: true,
};

/** What a commenter says about the passage: agree, disagree, an addition, or a general comment (no passage). */
export const STANCES = ['eens', 'oneens', 'aanvulling', 'algemeen'] as const;
/** A comment's stance. */
export type Stance = (typeof STANCES)[number];

/** What became of a comment: taken up, partly, not. */
export const ANSWER_STATUSES = ['verwerkt', 'deels', 'niet'] as const;
/** An answer's status. */
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/**
 * Where a comment points in a frozen version: the passage (the `passage` attribute of a vision
 * paragraph), start/end offsets in the passage's text (shared/consultationAnchor.ts `passageTexts`),
 * the quoted text (equal to the text at the offsets) and up to ANCHOR_CONTEXT characters each side.
 */
export interface CommentAnchor {
  version: number;
  passageId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** One comment (or reply) as the document holds it. */
export interface ConsultationComment {
  id: string;
  /** 1, 2, … in order of posting: how the reactienota refers to it. */
  number: number;
  /** The comment replied to; null for a top-level comment. */
  parentId: string | null;
  stance: Stance;
  /** Plain text, at most MAX_COMMENT_CHARS; '' once withdrawn. */
  text: string;
  role: Role;
  roleCategory: RoleCategory;
  /** The author's name, only when the workshop shows names; otherwise null. */
  authorName: string | null;
  /** Null for a general comment and for replies. */
  anchor: CommentAnchor | null;
  status: 'active' | 'withdrawn';
  /** ISO-8601. */
  createdAt: string;
  /** ISO-8601 of the last edit; null when never edited. */
  editedAt: string | null;
}

/** An answer to one comment or a group of similar comments (published in the reactienota). */
export interface ConsultationAnswer {
  id: string;
  commentIds: string[];
  answer: string;
  status: AnswerStatus;
  /** Passage id in the new version where the text changed; null when nowhere. */
  wherePassageId: string | null;
  /** ISO-8601. */
  answeredAt: string;
}

/** The consultation's settings and state as the document holds them. */
export interface ConsultationMeta {
  consultationId: string;
  version: number;
  intro: string;
  closesAt: string;
  closedEarly: boolean;
  repliesAllowed: boolean;
  showNames: boolean;
  publishedAt: string | null;
  newVersion: number | null;
}

/** The whole consultation document as plain data. */
export interface ConsultationSnapshot {
  meta: ConsultationMeta | null;
  /** Every comment and reply, by number. */
  comments: ConsultationComment[];
  /** Published answers (empty before publication). */
  answers: ConsultationAnswer[];
}

/** Longest comment, in characters. */
export const MAX_COMMENT_CHARS = 2000;
/** Longest answer, in characters. */
export const MAX_ANSWER_CHARS = 4000;
/** Characters of context stored on each side of a quote. */
export const ANCHOR_CONTEXT = 32;

/** The meta map. */
export const consultationMetaOf = (doc: Y.Doc) => doc.getMap<unknown>(CONSULTATION_FIELDS.meta);
/** The comments map. */
export const consultationCommentsOf = (doc: Y.Doc) => doc.getMap<ConsultationComment>(CONSULTATION_FIELDS.comments);
/** The published answers map. */
export const consultationAnswersOf = (doc: Y.Doc) => doc.getMap<ConsultationAnswer>(CONSULTATION_FIELDS.answers);

/** Writes the meta fields given (server only). */
export function writeConsultationMeta(doc: Y.Doc, meta: Partial<ConsultationMeta>): void {
  doc.transact(() => {
    const map = consultationMetaOf(doc);
    for (const [key, value] of Object.entries(meta)) if (value !== undefined) map.set(key, value);
  });
}

/** Writes (or replaces) one comment (server only). */
export function writeConsultationComment(doc: Y.Doc, comment: ConsultationComment): void {
  consultationCommentsOf(doc).set(comment.id, comment);
}

/** Writes every answer at once, replacing what was there (server only, at publication). */
export function writeConsultationAnswers(doc: Y.Doc, answers: readonly ConsultationAnswer[]): void {
  doc.transact(() => {
    const map = consultationAnswersOf(doc);
    for (const key of Array.from(map.keys())) map.delete(key);
    for (const a of answers) map.set(a.id, a);
  });
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The meta as plain data, or null before the consultation was opened. */
function readMeta(doc: Y.Doc): ConsultationMeta | null {
  const m = consultationMetaOf(doc);
  const id = m.get('consultationId');
  const version = m.get('version');
  const closesAt = m.get('closesAt');
  if (!isString(id) || typeof version !== 'number' || !isString(closesAt)) return null;
  const publishedAt = m.get('publishedAt');
  const newVersion = m.get('newVersion');
  const intro = m.get('intro');
  return {
    consultationId: id, version, closesAt,
    intro: isString(intro) ? intro : '',
    closedEarly: m.get('closedEarly') === true,
    repliesAllowed: m.get('repliesAllowed') !== false,
    showNames: m.get('showNames') === true,
    publishedAt: isString(publishedAt) ? publishedAt : null,
    newVersion: typeof newVersion === 'number' ? newVersion : null,
  };
}

/** Reads the consultation as plain data: meta, comments by number, published answers. */
export function readConsultation(doc: Y.Doc): ConsultationSnapshot {
  const comments = Array.from(consultationCommentsOf(doc).values())
    .filter((c) => c && typeof c === 'object' && typeof c.number === 'number')
    .sort((a, b) => a.number - b.number);
  const answers = Array.from(consultationAnswersOf(doc).values()).filter((a) => a && typeof a === 'object' && Array.isArray(a.commentIds));
  return { meta: readMeta(doc), comments, answers };
}

/** Whether a consultation still takes comments at `now` (epoch ms). */
export function consultationIsOpen(meta: Pick<ConsultationMeta, 'closesAt'>, now: number): boolean {
  return Date.parse(meta.closesAt) > now;
}
