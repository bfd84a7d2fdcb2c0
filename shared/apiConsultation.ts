// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies (zod) and answers of the consultation routes (shared/api/consultationRoutes.ts): opening,
 * people and links, the dashboard, commenting, answering, freezing version 2, comparing versions
 * and the reactienota. Times are ISO-8601 strings (UTC, `Z`); the client shows them in Europe/Amsterdam.
 *
 * Comment text is checked by the server itself (so that an empty or too long comment gets its own
 * error id, `comment-empty` / `comment-too-long`, rather than `invalid-body`).
 */
import { z } from 'zod/v3';
import type { ImportLineError, MeWorkshop } from './api.js';
import type { VisionVersionSummary } from './apiMeeting.js';
import {
  ANSWER_STATUSES, STANCES, type AnswerStatus, type ConsultationAnswer, type ConsultationComment, type ConsultationMeta,
} from './consultationDoc.js';
import type { Reanchored } from './consultationAnchor.js';
import type { PassageText } from './consultationPassages.js';
import type { Role, RoleCategory } from './roles.js';
import type { VersionDiff } from './versionDiff.js';

const isoInstant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 date and time with offset');
/** A comment's or answer's text as sent; emptiness and length are the server's own checks. */
const looseText = z.string().max(20_000);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Body of POST /api/workshops/<id>/consultation: opens the consultation on a frozen version. */
export const ConsultationOpenBody = z.object({
  version: z.number().int().min(1),
  intro: z.string().trim().max(4000).default(''),
  closesAt: isoInstant,
  /** Everyone marked absent at meeting 1 (default on). */
  absentees: z.boolean().default(true),
  /** All participants of the workshop (besides the facilitator). */
  allParticipants: z.boolean().default(false),
  /** Extra people: CSV `naam,rol,email` (shared/csvParticipants.ts). */
  csv: z.string().max(500_000).optional(),
  repliesAllowed: z.boolean().default(true),
}).strict();
export type ConsultationOpenBody = z.infer<typeof ConsultationOpenBody>;

/** Body of PATCH /api/workshops/<id>/consultation: close now, extend, change intro or the replies setting. */
export const ConsultationUpdateBody = z.object({
  closesAt: isoInstant.optional(),
  closeNow: z.literal(true).optional(),
  intro: z.string().trim().max(4000).optional(),
  repliesAllowed: z.boolean().optional(),
}).strict();
export type ConsultationUpdateBody = z.infer<typeof ConsultationUpdateBody>;

/** Body of POST /api/workshops/<id>/consultation/people: extra people from CSV `naam,rol,email`. */
export const ConsultationPeopleBody = z.object({ csv: z.string().min(1).max(500_000) }).strict();
export type ConsultationPeopleBody = z.infer<typeof ConsultationPeopleBody>;

/** Where a new comment points: a passage of the consulted version, offsets in its text, the quoted text. */
const AnchorBody = z.object({
  passageId: z.string().min(1).max(64),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string().max(20_000),
}).strict();

/** Body of POST /api/workshops/<id>/consultation/comments. A general comment (stance 'algemeen') has no anchor. */
export const CommentPostBody = z.object({
  stance: z.enum(STANCES),
  text: looseText,
  anchor: AnchorBody.optional(),
}).strict();
export type CommentPostBody = z.infer<typeof CommentPostBody>;

/** Body of POST /api/workshops/<id>/consultation/comments/<cid>/replies. */
export const ReplyPostBody = z.object({ text: looseText }).strict();
export type ReplyPostBody = z.infer<typeof ReplyPostBody>;

/** Body of PATCH /api/workshops/<id>/consultation/comments/<cid>: one's own comment, until closing. */
export const CommentEditBody = z.object({ text: looseText, stance: z.enum(STANCES).optional() }).strict();
export type CommentEditBody = z.infer<typeof CommentEditBody>;

/**
 * Body of POST /api/workshops/<id>/consultation/answers: one answer for one comment or a group. It
 * replaces any earlier answer of these comments (a comment has at most one answer).
 */
export const AnswerBody = z.object({
  commentIds: z.array(id).min(1).max(500),
  answer: looseText,
  status: z.enum(ANSWER_STATUSES),
  /** The passage in the live vision (the coming version) where the text changed. */
  wherePassageId: z.string().min(1).max(64).nullable().default(null),
}).strict();
export type AnswerBody = z.infer<typeof AnswerBody>;

/** Body of POST /api/workshops/<id>/consultation/freeze: freezes "versie 2 (na consultatie)". */
export const ConsultationFreezeBody = z.object({
  label: z.string().trim().min(1).max(120).default('Versie 2 (na consultatie)'),
  /** Freeze although comments are unanswered (otherwise refused with `unanswered-comments-freeze`). */
  confirmUnanswered: z.boolean().default(false),
}).strict();
export type ConsultationFreezeBody = z.infer<typeof ConsultationFreezeBody>;

/** One invited person with their personal link (facilitator only). */
export interface ConsultationPersonView {
  id: string;
  name: string;
  role: Role;
  roleCategory: RoleCategory;
  email: string | null;
  /** The workshop participant this person is (absentee or participant); null for extra people. */
  participantId: string | null;
  source: 'absentee' | 'participant' | 'extra';
  /** The personal link; '' when revoked. */
  link: string;
  revoked: boolean;
  openedAt: string | null;
  comments: number;
}

/** Answer of POST /consultation (opening). The CLI prints { consultationId, closesAt, people: [{ name, role, link }] }. */
export interface ConsultationOpenAnswer {
  consultationId: string;
  closesAt: string;
  people: ConsultationPersonView[];
  /** CSV lines that were skipped, and why. */
  errors: ImportLineError[];
}

/** Answer of POST /consultation/people. */
export interface ConsultationPeopleAnswer { added: ConsultationPersonView[]; errors: ImportLineError[] }

/** Answer of GET /consultation/links: the mail-merge CSV `naam,email,link` and the data of printable cards. */
export interface ConsultationLinksAnswer {
  /** `naam,email,link` with a header line, RFC 4180 quoting. */
  csv: string;
  cards: { name: string; role: Role; link: string; closesAt: string }[];
}

/** Counts of one role category on the dashboard. */
export interface CategoryCounts { invited: number; opened: number; commented: number }

/** Answer of GET /consultation (dashboard) and of PATCH /consultation. */
export interface ConsultationDashboard {
  meta: ConsultationMeta;
  /** Whether comments are still taken now. */
  open: boolean;
  perCategory: Record<RoleCategory, CategoryCounts>;
  /** Passage id → number of active top-level comments on it; '' for general comments. */
  perPassage: Record<string, number>;
  /** Active top-level comments that have an answer, of all active top-level comments ("37 van 52 beantwoord"). */
  progress: { answered: number; total: number };
  people: ConsultationPersonView[];
}

/** A comment as the facilitator processes it: with its draft answer and where it lands on the live vision. */
export interface CommentForProcessing extends ConsultationComment {
  answerId: string | null;
  /** Where the anchor lands on the current (live) vision; null for general comments and replies. */
  placement: Reanchored | null;
}

/** Answer of GET /consultation/comments (facilitator): every comment, the draft answers, the progress. */
export interface ProcessingAnswer {
  comments: CommentForProcessing[];
  answers: ConsultationAnswer[];
  progress: { answered: number; total: number };
}

/** One suggested group of similar comments from different people (the Dutch similarity engine). */
export interface SimilarGroup { commentIds: string[]; label: string }

/** Answer of GET /consultation/suggestions. */
export interface SuggestionsAnswer { groups: SimilarGroup[] }

/** Answer of POST /consultation/freeze. */
export interface ConsultationFreezeAnswer { version: VisionVersionSummary; unanswered: number }

/** Answer of GET /versions/<a>/diff/<b>. */
export type VersionDiffAnswer = VersionDiff;

/** What a commenter's link opens (GET /consultation/me). */
export interface CommenterView {
  workshop: MeWorkshop;
  person: { id: string; name: string; role: Role; roleCategory: RoleCategory };
  meta: ConsultationMeta;
  open: boolean;
  /** The consulted frozen version: ProseMirror JSON of the shared schema, and its passages. */
  version: { number: number; label: string; content: unknown; passages: PassageText[] };
  /** Ids of this person's own comments and replies (to offer edit / withdraw). */
  ownCommentIds: string[];
  /** The comments this person may see: all while replies are allowed (names only when the workshop shows them), otherwise their own. */
  comments: ConsultationComment[];
}

/** One own comment and what became of it (GET /consultation/me/outcomes). */
export interface CommentOutcome {
  comment: ConsultationComment;
  /** Null before publication and for replies. */
  answer: { text: string; status: AnswerStatus; wherePassageId: string | null } | null;
}

/** Answer of GET /consultation/me/outcomes ("Wat is er met mijn reactie gedaan?"). */
export interface OutcomesAnswer { published: boolean; outcomes: CommentOutcome[] }

/** One reaction (a comment or a group of them) in the reactienota. */
export interface ReactienotaItem {
  /** 1, 2, … */
  number: number;
  /** The comment numbers it covers (each comment appears in exactly one item). */
  commentNumbers: number[];
  /** The quoted passage text of the consulted version; '' for general comments. */
  passageQuote: string;
  /** The role categories of the commenters (names only when the workshop shows names). */
  from: string[];
  stances: string[];
  /** The reactions' texts (a summary: each comment's text, numbered). */
  summary: string[];
  answer: string;
  status: AnswerStatus | null;
  /** 'tekst aangepast' | 'deels' | 'niet' (Dutch conclusion), and the passage where. */
  conclusion: string;
  where: { passageId: string; text: string } | null;
}

/** The reactienota as Dutch municipalities publish it. */
export interface Reactienota {
  published: boolean;
  publishedAt: string | null;
  process: {
    version: number;
    openedAt: string;
    closesAt: string;
    invited: number;
    reacted: number;
    comments: number;
    perCategory: Record<RoleCategory, CategoryCounts>;
  };
  items: ReactienotaItem[];
  /** Passages changed between the consulted version and the new one that no comment is linked to. */
  ownChanges: { passageId: string; before: string; after: string }[];
  unanswered: number;
}

