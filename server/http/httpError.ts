// SPDX-License-Identifier: EUPL-1.2
/** Error answers of the API: `{ error, message, issues? }` with the ids of shared/apiErrors.ts and their HTTP status. */
import type { ApiErrorBody, ApiErrorId } from '../../shared/apiErrors.js';
import { DomainError, type FieldIssue } from '../services/domainError.js';

/** HTTP status per error id. */
const STATUS_OF: Record<ApiErrorId, number> = {
  'invalid-body': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'no-session': 401,
  forbidden: 403,
  'csrf-check-failed': 403,
  'not-found': 404,
  'workshop-not-found': 404,
  'participant-not-found': 404,
  'link-unknown': 404,
  'link-expired': 410,
  'link-revoked': 410,
  'too-many-participants': 409,
  'meeting-started': 409,
  'agreement-text-missing': 422,
  'agreement-owner-missing': 422,
  'review-moment-past': 422,
  'agreement-source-unknown': 422,
  'agreement-not-found': 404,
  'not-in-owning-group': 403,
  'review-moment-unknown': 422,
  'not-team-leader': 403,
  'too-many-agreements': 409,
  'agreement-history-full': 409,
  'meeting2-not-created': 409,
  'role-group-merged': 409,
  'merge-invalid': 400,
  'not-placeable': 400,
  'case-not-found': 404,
  'too-many-cases': 409,
  'export-failed': 422,
  'rate-limited': 429,
  'consultation-not-found': 404,
  'consultation-exists': 409,
  'version-not-frozen': 409,
  'closes-in-past': 400,
  'consultation-closed': 409,
  'comment-empty': 400,
  'comment-too-long': 400,
  'passage-unknown': 400,
  'anchor-outside': 400,
  'quote-mismatch': 400,
  'comment-not-found': 404,
  'not-your-comment': 403,
  'comment-withdrawn': 409,
  'replies-not-allowed': 403,
  'too-many-comments': 429,
  'answer-invalid': 400,
  'unanswered-comments-freeze': 409,
  'unanswered-comments': 409,
  'reactienota-published': 409,
  'reactienota-not-published': 403,
  internal: 500,
};

/** An error that becomes an error answer. */
export class HttpError extends Error {
  constructor(readonly id: ApiErrorId, message: string, readonly issues?: FieldIssue[]) {
    super(message);
    this.name = 'HttpError';
  }

  /** The HTTP status of this error. */
  get status(): number {
    return STATUS_OF[this.id];
  }

  /** The JSON body of the answer. */
  toBody(): ApiErrorBody {
    return { error: this.id, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** Converts anything thrown by a handler into an HttpError; unknown errors become `internal` without details. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof DomainError) return new HttpError(err.id, err.message, err.issues);
  return new HttpError('internal', 'Something went wrong on the server');
}
