/** The CollabAuthorizer of the server: resolves the session cookie of an upgrade request into an identity and a permission. */
import { colorFor } from '../../shared/awareness.js';
import type { DocRef } from '../../shared/docNames.js';
import type { AuthorizeResult, CollabAuthorizer, ConnectionIdentity } from '../collab/types.js';
import type { WorkshopStores } from '../store/workshopStores.js';
import { actorOf, type Actor } from './actor.js';
import { lockableGroup, permissionUnderLock, type GroupLocks } from './lockRule.js';
import { documentPermission } from './permissions.js';

/** Name shown in presence for the set-up session. */
export const SETUP_USER_NAME = 'Beheerder';
/** Name shown in presence for a consultation commenter (their name is not shown to others). */
const COMMENTER_USER_NAME = 'Reageerder';
/** Name shown in presence for the plenary screen. */
export const SCREEN_USER_NAME = 'Plenair scherm';

function identityOf(actor: Actor): ConnectionIdentity {
  if (actor.kind === 'setup') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: null, authorKey: null, user: { name: SETUP_USER_NAME, role: 'facilitator', color: colorFor('setup') } };
  }
  if (actor.kind === 'screen') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: actor.workshopId, authorKey: null, user: { name: SCREEN_USER_NAME, role: 'facilitator', color: colorFor('screen') } };
  }
  if (actor.kind === 'commenter') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: actor.workshopId, authorKey: null, user: { name: COMMENTER_USER_NAME, role: actor.person.role, color: colorFor(actor.person.id) } };
  }
  const p = actor.participant;
  return { sessionId: actor.sessionHash, participantId: p.id, workshopId: p.workshopId, authorKey: p.authorKey, user: { name: p.name, role: p.role, color: colorFor(p.id) } };
}

/** Creates the authorizer on the workshop stores; with `locks`, a locked group's members only read (auth/lockRule). */
export function createCollabAuthorizer(stores: WorkshopStores, now: () => number = Date.now, locks?: GroupLocks): CollabAuthorizer {
  return {
    authorize(req, doc: DocRef): AuthorizeResult | Promise<AuthorizeResult> {
      const actor = actorOf(stores, req, now());
      if (!actor) return { ok: false, refusal: 'noSession' };
      if (actor.kind === 'setup' && !stores.workshops.getWorkshop(doc.workshopId)) return { ok: false, refusal: 'unknownDocument' };
      const permission = documentPermission(actor, doc);
      if (!permission) return { ok: false, refusal: 'forbidden' };
      if (locks && lockableGroup(actor, doc) !== null) {
        return permissionUnderLock(locks, actor, doc, permission).then((p): AuthorizeResult => ({ ok: true, identity: identityOf(actor), permission: p }));
      }
      return { ok: true, identity: identityOf(actor), permission };
    },
  };
}
