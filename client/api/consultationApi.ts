// SPDX-License-Identifier: EUPL-1.2
/** The calls of the consultation API (routes in shared/api/consultationRoutes.ts), one function per route. */
import type {
  AnswerBody, CommentEditBody, CommentPostBody, ConsultationFreezeBody, ConsultationOpenBody, ConsultationUpdateBody,
} from '../../shared/apiConsultation.js';
import { CONSULTATION_ROUTES } from '../../shared/api/consultationRoutes.js';
import { callApi } from './http.js';

/** Opens the consultation on a frozen version (facilitator). */
export const openConsultation = (id: string, body: ConsultationOpenBody) => callApi(CONSULTATION_ROUTES.openConsultation, { id }, body);
/** The dashboard: counts per role category and passage, progress, people. */
export const fetchConsultation = (id: string) => callApi(CONSULTATION_ROUTES.getConsultation, { id });
/** Closes early, extends, or changes the intro or the replies setting. */
export const updateConsultation = (id: string, body: ConsultationUpdateBody) => callApi(CONSULTATION_ROUTES.updateConsultation, { id }, body);
/** Adds extra people from CSV `naam,rol,email`. */
export const addConsultationPeople = (id: string, csv: string) => callApi(CONSULTATION_ROUTES.addConsultationPeople, { id }, { csv });
/** Revokes one person's personal link (their sessions end at once). */
export const revokeConsultationLink = (id: string, personId: string) => callApi(CONSULTATION_ROUTES.revokeConsultationLink, { id, pid: personId });
/** The mail-merge CSV and the data of the printable cards. */
export const fetchConsultationLinks = (id: string) => callApi(CONSULTATION_ROUTES.consultationLinks, { id });
/** Every comment with its draft answer and placement on the live vision. */
export const fetchProcessing = (id: string) => callApi(CONSULTATION_ROUTES.listConsultationComments, { id });
/** Groups of similar comments from different people. */
export const fetchSuggestions = (id: string) => callApi(CONSULTATION_ROUTES.consultationSuggestions, { id });
/** Answers one comment or a group. */
export const answerComments = (id: string, body: AnswerBody) => callApi(CONSULTATION_ROUTES.answerComments, { id }, body);
/** Freezes "versie 2 (na consultatie)". */
export const freezeConsultationVersion = (id: string, body: ConsultationFreezeBody) => callApi(CONSULTATION_ROUTES.freezeConsultationVersion, { id }, body);
/** The reactienota (draft for the facilitator, published for everyone). */
export const fetchReactienota = (id: string) => callApi(CONSULTATION_ROUTES.getReactienota, { id });
/** Publishes the reactienota. */
export const publishReactienota = (id: string) => callApi(CONSULTATION_ROUTES.publishReactienota, { id });
/** What a commenter's link opens. */
export const fetchCommenterView = (id: string) => callApi(CONSULTATION_ROUTES.consultationMe, { id });
/** Posts a comment. */
export const postComment = (id: string, body: CommentPostBody) => callApi(CONSULTATION_ROUTES.postComment, { id }, body);
/** Replies to a comment. */
export const postReply = (id: string, commentId: string, text: string) => callApi(CONSULTATION_ROUTES.postReply, { id, cid: commentId }, { text });
/** Edits one's own comment. */
export const editComment = (id: string, commentId: string, body: CommentEditBody) => callApi(CONSULTATION_ROUTES.editComment, { id, cid: commentId }, body);
/** Withdraws one's own comment. */
export const withdrawComment = (id: string, commentId: string) => callApi(CONSULTATION_ROUTES.withdrawComment, { id, cid: commentId });
/** One's own comments and, once published, their answers. */
export const fetchOutcomes = (id: string) => callApi(CONSULTATION_ROUTES.myCommentOutcomes, { id });
/** Word-level comparison of two frozen versions. */
export const fetchVersionDiff = (id: string, from: number, to: number) => callApi(CONSULTATION_ROUTES.compareVersions, { id, a: String(from), b: String(to) });
