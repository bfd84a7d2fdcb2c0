// SPDX-License-Identifier: EUPL-1.2
/**
 * Routes of the consultation between the meetings (issue 12).
 *
 * Facilitator (access `facilitator`): open, dashboard, extra people, links (CSV + cards), close early /
 * extend, revoke one person's link, all comments for processing, similar-comment suggestions, answer
 * (one comment or a group), freeze version 2, publish the reactienota.
 * Commenter (access `session`; the handler admits only a consultation session of workshop `:id`):
 * what the link opens, post / edit / withdraw / reply, and what became of one's own comments.
 * The reactienota is the facilitator's until published, then also every commenter's and member's.
 * Comparing two frozen versions is open to everyone in the workshop.
 */
import {
  AnswerBody, CommentEditBody, CommentPostBody, ConsultationFreezeBody, ConsultationOpenBody, ConsultationPeopleBody,
  ConsultationUpdateBody, ReplyPostBody,
  type CommenterView, type ConsultationDashboard, type ConsultationFreezeAnswer, type ConsultationLinksAnswer,
  type ConsultationOpenAnswer, type ConsultationPeopleAnswer, type OutcomesAnswer, type ProcessingAnswer, type Reactienota,
  type SuggestionsAnswer, type VersionDiffAnswer,
} from '../apiConsultation.js';
import type { ConsultationAnswer, ConsultationComment } from '../consultationDoc.js';
import { defineRoute } from './routeContract.js';

const BASE = '/api/workshops/:id/consultation';

/** The consultation routes. */
export const CONSULTATION_ROUTES = {
  /** Opens the consultation on a frozen version and gives every invited person a personal link. */
  openConsultation: defineRoute<ConsultationOpenAnswer>()({
    method: 'POST', path: BASE, body: ConsultationOpenBody, access: 'facilitator',
    audit: [{ action: 'consultation.open', objectType: 'consultation', objectId: (f) => f.answer?.consultationId ?? null, on: 'ok-or-refused' }],
  }),
  /** The dashboard: invited / opened / commented per role category, comments per passage, progress, people. */
  getConsultation: defineRoute<ConsultationDashboard>()({ method: 'GET', path: BASE, access: 'facilitator' }),
  /** Closes now (`closeNow`), extends (`closesAt`), or changes the intro or the replies setting. */
  updateConsultation: defineRoute<ConsultationDashboard>()({
    method: 'PATCH', path: BASE, body: ConsultationUpdateBody, access: 'facilitator',
    audit: [{ action: 'consultation.update', objectType: 'consultation', objectId: (f) => f.answer?.meta.consultationId ?? null }],
  }),
  /** Adds extra people from CSV `naam,rol,email`. */
  addConsultationPeople: defineRoute<ConsultationPeopleAnswer>()({
    method: 'POST', path: `${BASE}/people`, body: ConsultationPeopleBody, access: 'facilitator',
    audit: [{ action: 'consultation.people', objectType: 'consultation', objectId: () => null }],
  }),
  /** Revokes one person's personal link (their sessions end at once). */
  revokeConsultationLink: defineRoute<void>()({
    method: 'POST', path: `${BASE}/people/:pid/revoke`, access: 'facilitator',
    audit: [{ action: 'consultation.revoke', objectType: 'consultationPerson', objectId: (f) => f.params.pid }],
  }),
  /** `naam,email,link` for the municipality's own mail tool, and the data of printable cards. */
  consultationLinks: defineRoute<ConsultationLinksAnswer>()({
    method: 'GET', path: `${BASE}/links`, access: 'facilitator',
    audit: [{ action: 'consultation.links', objectType: 'consultation', objectId: () => null, on: 'granted' }],
  }),
  /** Every comment with its draft answer and where it lands on the live vision, and the progress. */
  listConsultationComments: defineRoute<ProcessingAnswer>()({ method: 'GET', path: `${BASE}/comments`, access: 'facilitator' }),
  /** Similar comments of different people, grouped as a suggestion. */
  consultationSuggestions: defineRoute<SuggestionsAnswer>()({ method: 'GET', path: `${BASE}/suggestions`, access: 'facilitator' }),
  /** Answers one comment or a group, with a status (replaces their earlier answer). */
  answerComments: defineRoute<ConsultationAnswer>()({
    method: 'POST', path: `${BASE}/answers`, body: AnswerBody, access: 'facilitator',
    audit: [{ action: 'consultation.answer', objectType: 'consultationAnswer', objectId: (f) => f.answer?.id ?? null }],
  }),
  /** Freezes "versie 2 (na consultatie)"; refused with `unanswered-comments-freeze` unless confirmed. */
  freezeConsultationVersion: defineRoute<ConsultationFreezeAnswer>()({
    method: 'POST', path: `${BASE}/freeze`, body: ConsultationFreezeBody, access: 'facilitator',
    audit: [{ action: 'version.create', objectType: 'visionVersion', objectId: (f) => (f.answer ? String(f.answer.version.number) : null) }],
  }),
  /** The reactienota: the facilitator's draft until published, then readable by commenters and members. */
  getReactienota: defineRoute<Reactienota>()({ method: 'GET', path: `${BASE}/reactienota`, access: 'session' }),
  /** Publishes the reactienota; refused with `unanswered-comments` while any comment is unanswered. */
  publishReactienota: defineRoute<Reactienota>()({
    method: 'POST', path: `${BASE}/reactienota/publish`, access: 'facilitator',
    audit: [{ action: 'consultation.publish', objectType: 'consultation', objectId: () => null, on: 'ok-or-refused' }],
  }),
  /** What a commenter's link opens: the frozen version, the settings, their own and (when allowed) others' comments. */
  consultationMe: defineRoute<CommenterView>()({ method: 'GET', path: `${BASE}/me`, access: 'session' }),
  /** Posts a comment (on a passage, or general). */
  postComment: defineRoute<ConsultationComment>()({ method: 'POST', path: `${BASE}/comments`, body: CommentPostBody, access: 'session' }),
  /** Replies to a comment (when replies are allowed). */
  postReply: defineRoute<ConsultationComment>()({ method: 'POST', path: `${BASE}/comments/:cid/replies`, body: ReplyPostBody, access: 'session' }),
  /** Edits one's own comment until closing. */
  editComment: defineRoute<ConsultationComment>()({ method: 'PATCH', path: `${BASE}/comments/:cid`, body: CommentEditBody, access: 'session' }),
  /** Withdraws one's own comment until closing. */
  withdrawComment: defineRoute<ConsultationComment>()({ method: 'DELETE', path: `${BASE}/comments/:cid`, access: 'session' }),
  /** "Wat is er met mijn reactie gedaan?": one's own comments and, once published, their answers. */
  myCommentOutcomes: defineRoute<OutcomesAnswer>()({ method: 'GET', path: `${BASE}/me/outcomes`, access: 'session' }),
  /** Word-level comparison of two frozen versions, per passage. */
  compareVersions: defineRoute<VersionDiffAnswer>()({ method: 'GET', path: '/api/workshops/:id/versions/:a/diff/:b', access: 'member' }),
};
