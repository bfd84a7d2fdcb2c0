// SPDX-License-Identifier: EUPL-1.2
/** Error ids of the HTTP API: every error answer is `{ error: ApiErrorId, message, issues? }`. */
export const API_ERRORS = {
  invalidBody: 'invalid-body',
  unsupportedMediaType: 'unsupported-media-type',
  payloadTooLarge: 'payload-too-large',
  noSession: 'no-session',
  forbidden: 'forbidden',
  csrf: 'csrf-check-failed',
  notFound: 'not-found',
  workshopNotFound: 'workshop-not-found',
  participantNotFound: 'participant-not-found',
  linkUnknown: 'link-unknown',
  linkExpired: 'link-expired',
  linkRevoked: 'link-revoked',
  tooManyParticipants: 'too-many-participants',
  /** Dealing everyone again after meeting 1 started needs the facilitator's explicit confirmation. */
  meetingStarted: 'meeting-started',
  /** Agreements: an agreement without text, without owning group, a review moment in the past. */
  agreementTextMissing: 'agreement-text-missing',
  agreementOwnerMissing: 'agreement-owner-missing',
  reviewMomentPast: 'review-moment-past',
  /** Agreements: a source (ambition, expectation) that does not exist; an agreement that does not exist. */
  agreementSourceUnknown: 'agreement-source-unknown',
  agreementNotFound: 'agreement-not-found',
  /** Progress: from someone outside the owning groups; for a date that is not one of the agreement's review moments. */
  notInOwningGroup: 'not-in-owning-group',
  reviewMomentUnknown: 'review-moment-unknown',
  /** Intervisie notes: only team leaders (marked by the facilitator) and the facilitator add them. */
  notTeamLeader: 'not-team-leader',
  /** Agreements: the register holds MAX_AGREEMENTS, or an agreement MAX_ENTRIES_PER_AGREEMENT progress entries or notes. */
  tooManyAgreements: 'too-many-agreements',
  agreementHistoryFull: 'agreement-history-full',
  /** Meeting 2 has no role groups yet (create it first). */
  meeting2NotCreated: 'meeting2-not-created',
  /** That role group joined another one: move people to the group it joined. */
  roleGroupMerged: 'role-group-merged',
  /** A role group cannot merge into itself or into a group that joined another. */
  mergeInvalid: 'merge-invalid',
  /** The facilitator (and anyone without a municipal role) has no role group. */
  notPlaceable: 'not-placeable',
  caseNotFound: 'case-not-found',
  tooManyCases: 'too-many-cases',
  /** The dossier could not be made from what is stored (e.g. an image without alt text); the message says why. */
  exportFailed: 'export-failed',
  rateLimited: 'rate-limited',
  /** Consultation (issue 12): no consultation in this workshop yet. */
  consultationNotFound: 'consultation-not-found',
  /** The workshop has a consultation already. */
  consultationExists: 'consultation-exists',
  /** A consultation opened on a version that was never frozen. */
  versionNotFrozen: 'version-not-frozen',
  /** A closing time that is not in the future. */
  closesInPast: 'closes-in-past',
  /** Commenting, editing or withdrawing after the closing time. */
  consultationClosed: 'consultation-closed',
  commentEmpty: 'comment-empty',
  /** A comment over 2,000 characters. */
  commentTooLong: 'comment-too-long',
  /** An anchor on a passage the version does not have. */
  passageUnknown: 'passage-unknown',
  /** Anchor offsets outside the passage's text. */
  anchorOutside: 'anchor-outside',
  /** An anchor whose quote is not the text at its offsets. */
  quoteMismatch: 'quote-mismatch',
  commentNotFound: 'comment-not-found',
  /** Editing or withdrawing someone else's comment. */
  notYourComment: 'not-your-comment',
  /** Editing or replying to a withdrawn comment. */
  commentWithdrawn: 'comment-withdrawn',
  /** Replying while the facilitator does not allow replies. */
  repliesNotAllowed: 'replies-not-allowed',
  /** Too many comments from one link in a short time. */
  tooManyComments: 'too-many-comments',
  /** An answer that is empty or over 4,000 characters. */
  answerInvalid: 'answer-invalid',
  /** Freezing version 2 while comments are unanswered, without confirming. */
  unansweredFreeze: 'unanswered-comments-freeze',
  /** Publishing the reactienota while comments are unanswered. */
  unansweredComments: 'unanswered-comments',
  /** Changing answers after the reactienota was published. */
  reactienotaPublished: 'reactienota-published',
  /** The reactienota is not published yet (only the facilitator reads the draft). */
  reactienotaNotPublished: 'reactienota-not-published',
  internal: 'internal',
} as const;

export type ApiErrorId = (typeof API_ERRORS)[keyof typeof API_ERRORS];

/** The body of every error answer. */
export interface ApiErrorBody {
  error: ApiErrorId;
  /** Short English explanation for developers; the client shows its own Dutch text per id. */
  message: string;
  /** For `invalid-body`: which fields, and why. */
  issues?: { path: string; message: string }[];
}

/**
 * Why a join link did not open a session; sent to the client as `/?fout=<id>`. `setup-link-used`:
 * a one-time set-up link opened a second time (not withdrawn by anyone).
 */
export type LinkFailure = 'link-unknown' | 'link-expired' | 'link-revoked' | 'setup-link-used';
