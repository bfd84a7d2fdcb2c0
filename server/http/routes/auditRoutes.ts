// SPDX-License-Identifier: EUPL-1.2
/** GET /api/workshops/<id>/audit (facilitator): the workshop's audit log, newest first, `?limit=` (≤ 1000) and `?before=<id>` to page. */
import { auditEntries } from '../../services/privacy/audit.js';
import type { ApiHandler } from '../apiTypes.js';
import { requireFacilitator } from '../guards.js';
import { HttpError } from '../httpError.js';

/** Entries per page when no limit is asked. */
const DEFAULT_LIMIT = 200;
/** Most entries per page. */
const MAX_LIMIT = 1000;

function positiveInt(value: string | null, name: string): number | undefined {
  if (value === null || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) {
    throw new HttpError('invalid-body', `${name} must be a positive whole number`, [{ path: name, message: 'expected a positive integer' }]);
  }
  return Number(value);
}

/** GET /api/workshops/<id>/audit. */
export const getAudit: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const query = new URL(r.req.url ?? '/', 'http://stip.invalid').searchParams;
  const limit = Math.min(positiveInt(query.get('limit'), 'limit') ?? DEFAULT_LIMIT, MAX_LIMIT);
  const before = positiveInt(query.get('before'), 'before');
  return { status: 200, body: await auditEntries(r.deps.services, workshop.id, limit, before) };
};
