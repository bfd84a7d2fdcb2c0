// SPDX-License-Identifier: EUPL-1.2
/** Helpers for form errors: which fields the server rejected (`issues` of an invalid-body answer). */
import { ApiError } from '../../api/http.js';

/** Whether the server rejected a field (path `name`, `dates.meeting1`, …). */
export function serverRejected(error: unknown, field: string): boolean {
  if (!(error instanceof ApiError) || error.id !== 'invalid-body') return false;
  return (error.issues ?? []).some((issue) => issue.path === field || issue.path.startsWith(`${field}.`));
}

/** A simple e-mail check for immediate feedback (the server checks again). */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
