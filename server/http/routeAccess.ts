// SPDX-License-Identifier: EUPL-1.2
/** Enforces a route's `access` (shared/api/routeContract.ts) with the guards, before its handler runs. */
import type { Access } from '../../shared/api/routeContract.js';
import type { ApiRequest } from './apiTypes.js';
import { requireActor, requireFacilitator, requireMember, requireSetup } from './guards.js';

/** Throws 401/403/404 (as the guards do) when the request may not call a route with this access. */
export async function checkRouteAccess(access: Access, r: ApiRequest): Promise<void> {
  switch (access) {
    case 'anyone':
      return;
    case 'session':
      requireActor(r);
      return;
    case 'setup':
      requireSetup(r);
      return;
    case 'facilitator':
      await requireFacilitator(r, r.params.id);
      return;
    case 'member':
      await requireMember(r, r.params.id);
      return;
  }
}
