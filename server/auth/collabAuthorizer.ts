/** The CollabAuthorizer of the server: resolves the session cookie of an upgrade request into an identity and a permission. */
import { colorFor } from '../../shared/awareness.js';
import type { DocRef } from '../../shared/docNames.js';
import type { AuthorizeResult, CollabAuthorizer, ConnectionIdentity } from '../collab/types.js';
import type { WorkshopStores } from '../store/workshopStores.js';
import { actorOf, type Actor } from './actor.js';
import { documentPermission } from './permissions.js';

/** Name shown in presence for the set-up session. */
export const SETUP_USER_NAME = 'Beheerder';

function identityOf(actor: Actor): ConnectionIdentity {
  if (actor.kind === 'setup') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: null, user: { name: SETUP_USER_NAME, role: 'facilitator', color: colorFor('setup') } };
  }
  const p = actor.participant;
  return { sessionId: actor.sessionHash, participantId: p.id, workshopId: p.workshopId, user: { name: p.name, role: p.role, color: colorFor(p.id) } };
}

/** Creates the authorizer on the workshop stores. */
export function createCollabAuthorizer(stores: WorkshopStores, now: () => number = Date.now): CollabAuthorizer {
  return {
    authorize(req, doc: DocRef): AuthorizeResult {
      const actor = actorOf(stores, req, now());
      if (!actor) return { ok: false, refusal: 'noSession' };
      if (actor.kind === 'setup' && !stores.workshops.getWorkshop(doc.workshopId)) return { ok: false, refusal: 'unknownDocument' };
      const permission = documentPermission(actor, doc);
      if (!permission) return { ok: false, refusal: 'forbidden' };
      return { ok: true, identity: identityOf(actor), permission };
    },
  };
}
