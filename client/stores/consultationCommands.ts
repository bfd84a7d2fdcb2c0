// SPDX-License-Identifier: EUPL-1.2
/**
 * What the consultation screens ask of the server: the commenter's page (read, post, reply, edit,
 * withdraw, outcomes), the facilitator's opening, dashboard, processing, freezing, comparing and
 * the reactienota. Components call these, never client/api directly.
 */
import * as api from '../api/consultationApi.js';

/** The commenter's side. */
export const commenterCommands = {
  load: api.fetchCommenterView,
  post: api.postComment,
  reply: api.postReply,
  edit: api.editComment,
  withdraw: api.withdrawComment,
  outcomes: api.fetchOutcomes,
};

/** The facilitator's side. */
export const consultationAdminCommands = {
  open: api.openConsultation,
  dashboard: api.fetchConsultation,
  update: api.updateConsultation,
  addPeople: api.addConsultationPeople,
  revoke: api.revokeConsultationLink,
  links: api.fetchConsultationLinks,
  processing: api.fetchProcessing,
  suggestions: api.fetchSuggestions,
  answer: api.answerComments,
  freeze: api.freezeConsultationVersion,
  publish: api.publishReactienota,
};

/** The reactienota (the facilitator's draft, or published for everyone). */
export const loadReactienota = api.fetchReactienota;

/** The word-level comparison of two frozen versions. */
export const loadVersionDiff = api.fetchVersionDiff;
