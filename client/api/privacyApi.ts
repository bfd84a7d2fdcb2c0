/** The calls of the privacy API (routes and shapes in shared/apiAvg.ts): the audit log, the export, and deleting a workshop. */
import type { AuditEntryView, WorkshopDeleteAnswer, WorkshopDeleteBody, WorkshopExport } from '../../shared/apiAvg.js';
import { apiDelete, apiGet } from './http.js';

const workshopPath = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

/** One page of the audit log, newest first: at most `limit` entries, older than entry `before` when given. */
export function fetchAuditLog(id: string, options: { limit: number; before?: number }): Promise<AuditEntryView[]> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.before !== undefined) query.set('before', String(options.before));
  return apiGet<AuditEntryView[]>(`${workshopPath(id)}/audit?${query.toString()}`);
}

/** Every piece of personal data of the workshop (the server records the download in the audit log). */
export const fetchWorkshopExport = (id: string) => apiGet<WorkshopExport>(`${workshopPath(id)}/export`);

/** Deletes the workshop and everything in it; `confirm` is the gemeente's name, typed again. */
export const deleteWorkshop = (id: string, confirm: string) =>
  apiDelete<WorkshopDeleteAnswer>(workshopPath(id), { confirm } satisfies WorkshopDeleteBody);
