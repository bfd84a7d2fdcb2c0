// SPDX-License-Identifier: EUPL-1.2
/** Turns any thrown error into a Dutch (or English) sentence, via the API error id. */
import type { TFunction } from 'i18next';
import { ApiError } from '../api/http.js';

/** The text for an error thrown by an API call. */
export function apiErrorText(t: TFunction, error: unknown): string {
  const id = error instanceof ApiError ? error.id : 'unknown';
  return t(`apiError.${id}`, { defaultValue: t('apiError.unknown') });
}
