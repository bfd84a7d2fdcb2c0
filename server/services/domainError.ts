// SPDX-License-Identifier: EUPL-1.2
/** A refusal by a domain operation, carrying the API error id; the HTTP layer maps it to a status. */
import type { ApiErrorId } from '../../shared/apiErrors.js';

/** One field problem, as in the `issues` of an error answer. */
export interface FieldIssue { path: string; message: string }

/** Thrown by services when a request cannot be carried out; nothing was changed. */
export class DomainError extends Error {
  constructor(readonly id: ApiErrorId, message: string, readonly issues?: FieldIssue[]) {
    super(message);
    this.name = 'DomainError';
  }
}
