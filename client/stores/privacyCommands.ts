// SPDX-License-Identifier: EUPL-1.2
/**
 * What the privacy page asks of the server: pages of the audit log, the export of all personal
 * data, and deleting a workshop for good. The components call these, never client/api directly
 * (the answers keep the API functions' own types).
 */
import { deleteWorkshop, fetchAuditLog, fetchWorkshopExport } from '../api/privacyApi.js';

/** One page of the audit log, newest first (`before`: only lines older than that id). */
export const loadAuditPage = (workshopId: string, page: { limit: number; before?: number }) => fetchAuditLog(workshopId, page);

/** Every piece of personal data of the workshop, for the download. */
export const loadWorkshopExport = (workshopId: string) => fetchWorkshopExport(workshopId);

/** Deletes the workshop for good; `confirm` is the gemeente's name as typed. */
export const deleteWorkshopForGood = (workshopId: string, confirm: string) => deleteWorkshop(workshopId, confirm);
