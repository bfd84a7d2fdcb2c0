// SPDX-License-Identifier: EUPL-1.2
/** Authorization checks of the API routes: no session → 401, not allowed → 403, unknown workshop → 404. */
import type { Actor } from '../auth/actor.js';
import { isFacilitatorOf, isMemberOf } from '../auth/permissions.js';
import type { WorkshopRecord } from '../store/workshopStore.js';
import type { ApiRequest } from './apiTypes.js';
import { HttpError } from './httpError.js';

/** The actor, or 401 no-session. */
export function requireActor(r: ApiRequest): Actor {
  if (!r.actor) throw new HttpError('no-session', 'No valid session: open your join link again');
  return r.actor;
}

/** The set-up session (installation organiser), or 403. */
export function requireSetup(r: ApiRequest): Actor {
  const actor = requireActor(r);
  if (actor.kind !== 'setup') throw new HttpError('forbidden', 'Only the installation organiser (set-up link) may do this');
  return actor;
}

async function workshopFor(r: ApiRequest, actor: Actor, workshopId: string, allowed: (a: Actor, id: string) => boolean, refusal: string): Promise<WorkshopRecord> {
  if (actor.kind === 'participant' && actor.participant.workshopId !== workshopId) {
    throw new HttpError('forbidden', 'You do not take part in this workshop');
  }
  const workshop = await r.deps.services.stores.workshops.getWorkshop(workshopId);
  if (!workshop) throw new HttpError('workshop-not-found', 'No such workshop');
  if (!allowed(actor, workshopId)) throw new HttpError('forbidden', refusal);
  return workshop;
}

/** The workshop, when the actor has facilitator rights on it; otherwise 401/403/404. */
export function requireFacilitator(r: ApiRequest, workshopId: string): Promise<WorkshopRecord> {
  return workshopFor(r, requireActor(r), workshopId, isFacilitatorOf, 'Only the facilitator of this workshop may do this');
}

/** The workshop, when the actor takes part in it; otherwise 401/403/404. */
export function requireMember(r: ApiRequest, workshopId: string): Promise<WorkshopRecord> {
  return workshopFor(r, requireActor(r), workshopId, isMemberOf, 'You do not take part in this workshop');
}
