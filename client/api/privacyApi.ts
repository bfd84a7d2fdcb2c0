// SPDX-License-Identifier: EUPL-1.2
/** The calls of the privacy API (routes in shared/api/privacyRoutes.ts): the audit log, the export, and deleting a workshop. */
import type { AuditEntryView } from '../../shared/apiAvg.js';
import { PRIVACY_ROUTES } from '../../shared/api/privacyRoutes.js';
import { callApi } from './http.js';

/** One page of the audit log, newest first: at most `limit` entries, older than entry `before` when given. */
export function fetchAuditLog(id: string, options: { limit: number; before?: number }): Promise<AuditEntryView[]> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.before !== undefined) query.set('before', String(options.before));
  return callApi(PRIVACY_ROUTES.getAuditLog, { id }, undefined, query);
}

/** Every piece of personal data of the workshop (the server records the download in the audit log). */
export const fetchWorkshopExport = (id: string) => callApi(PRIVACY_ROUTES.exportWorkshop, { id });

/** Deletes the workshop and everything in it; `confirm` is the gemeente's name, typed again. */
export const deleteWorkshop = (id: string, confirm: string) => callApi(PRIVACY_ROUTES.deleteWorkshop, { id }, { confirm });
