/** The consultation routes (shared/api/consultationRoutes.ts): handlers are filled in by the consultation services. */
import type { ApiHandler } from '../apiTypes.js';
import { HttpError } from '../httpError.js';

const notYet: ApiHandler = () => {
  throw new HttpError('consultation-not-found', 'The consultation is not available yet');
};

/** Handlers of the consultation routes, by route key. */
export const CONSULTATION_HANDLERS = {
  openConsultation: notYet,
  getConsultation: notYet,
  updateConsultation: notYet,
  addConsultationPeople: notYet,
  revokeConsultationLink: notYet,
  consultationLinks: notYet,
  listConsultationComments: notYet,
  consultationSuggestions: notYet,
  answerComments: notYet,
  freezeConsultationVersion: notYet,
  getReactienota: notYet,
  publishReactienota: notYet,
  consultationMe: notYet,
  postComment: notYet,
  postReply: notYet,
  editComment: notYet,
  withdrawComment: notYet,
  myCommentOutcomes: notYet,
  compareVersions: notYet,
} satisfies Record<string, ApiHandler>;
