// SPDX-License-Identifier: EUPL-1.2
/** Routes of accountability and privacy (AVG, facilitator): the audit log, the export of personal data, deleting a workshop. */
import { WorkshopDeleteBody, type AuditEntryView, type WorkshopDeleteAnswer, type WorkshopExport } from '../apiAvg.js';
import { defineRoute } from './routeContract.js';

/** The privacy routes. */
export const PRIVACY_ROUTES = {
  /** The audit log, newest first; `?limit=` (≤ 1000, default 200) and `?before=<id>` page it. */
  getAuditLog: defineRoute<AuditEntryView[]>()({ method: 'GET', path: '/api/workshops/:id/audit', access: 'facilitator' }),
  /** Every piece of personal data of the workshop as JSON; the export carries its own audit entry. */
  exportWorkshop: defineRoute<WorkshopExport>()({
    method: 'GET', path: '/api/workshops/:id/export', access: 'facilitator',
    audit: [{ action: 'workshop.export', objectType: 'workshop', objectId: (f) => f.params.id, on: 'granted' }],
  }),
  /**
   * Deletes the workshop and everything in it; `confirm` is the gemeente's name. A successful delete
   * is recorded untied to the workshop by the deleter itself, so the route records refusals only.
   */
  deleteWorkshop: defineRoute<WorkshopDeleteAnswer>()({
    method: 'DELETE', path: '/api/workshops/:id', body: WorkshopDeleteBody, access: 'facilitator',
    audit: [{ action: 'workshop.delete', objectType: 'workshop', objectId: (f) => f.params.id, on: 'refused' }],
  }),
};
