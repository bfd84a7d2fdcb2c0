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
  /** The dossier could not be made from what is stored (e.g. an image without alt text); the message says why. */
  exportFailed: 'export-failed',
  rateLimited: 'rate-limited',
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
