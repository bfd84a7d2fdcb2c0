// SPDX-License-Identifier: EUPL-1.2
/** The CollabAuthorizer of the server: resolves the session cookie of an upgrade request into an identity and a permission. */
import { colorFor, personKeyFor } from '../../shared/awareness.js';
import type { DocRef } from '../../shared/docNames.js';
import type { AuthorizeResult, CollabAuthorizer, ConnectionIdentity, Permission } from '../collab/types.js';
import type { IncomingMessage } from 'node:http';
import type { WorkshopStorePorts } from '../store/storePorts.js';
import type { NamesShownCache } from './presenceNames.js';
import { actorOf, type Actor } from './actor.js';
import { lockableGroup, permissionUnderLock, type GroupLocks } from './lockRule.js';
import { editingRuleApplies, mayEditOthersStatements, type StatementEditing } from './statementEditRule.js';
import { documentPermission } from './permissions.js';

/** Name of the set-up session in the audit log's stored entries. */
export const SETUP_USER_NAME = 'Beheerder';
/** Name shown in presence for a consultation commenter (their name is not shown to others). */
const COMMENTER_USER_NAME = 'Reageerder';
/** Name shown in presence for the plenary screen. */
export const SCREEN_USER_NAME = 'Plenair scherm';

/** Name shown in presence for the set-up session when the workshop has no single facilitator to name. */
const SETUP_PRESENCE_NAME = 'Procesbegeleider';

/** Who the set-up session is in a workshop's presence: its facilitator when it has exactly one (as the audit log tells it), never "Beheerder". */
async function setupPresenceName(stores: WorkshopStorePorts, workshopId: string): Promise<string> {
  const facilitators = (await stores.workshops.listParticipants(workshopId)).filter((p) => p.role === 'facilitator');
  return facilitators.length === 1 ? facilitators[0].name : SETUP_PRESENCE_NAME;
}

async function identityOf(actor: Actor, stores: WorkshopStorePorts, doc: DocRef): Promise<ConnectionIdentity> {
  if (actor.kind === 'setup') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: null, authorKey: null, user: { name: await setupPresenceName(stores, doc.workshopId), role: 'facilitator', color: colorFor('setup'), key: personKeyFor('setup') } };
  }
  if (actor.kind === 'screen') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: actor.workshopId, authorKey: null, user: { name: SCREEN_USER_NAME, role: 'facilitator', color: colorFor('screen'), key: personKeyFor('screen') } };
  }
  if (actor.kind === 'commenter') {
    return { sessionId: actor.sessionHash, participantId: null, workshopId: actor.workshopId, authorKey: null, user: { name: COMMENTER_USER_NAME, role: actor.person.role, color: colorFor(actor.person.id) } };
  }
  const p = actor.participant;
  return { sessionId: actor.sessionHash, participantId: p.id, workshopId: p.workshopId, authorKey: p.authorKey, user: { name: p.name, role: p.role, color: colorFor(p.id), key: personKeyFor(p.id) } };
}

/** The answer for a member on a lockable document: the lock and the statement edit setting applied. */
async function underLiveRules(locks: GroupLocks & Partial<StatementEditing>, identity: ConnectionIdentity, actor: Actor, doc: DocRef, permission: Permission): Promise<AuthorizeResult> {
  const p = await permissionUnderLock(locks, actor, doc, permission);
  if (p === 'write' && locks.ownStatementsOnly && editingRuleApplies(actor, doc)) {
    identity.mayEditOthersStatements = await mayEditOthersStatements(locks as StatementEditing, actor, doc);
  }
  return { ok: true, identity, permission: p };
}

/**
 * Creates the authorizer on the workshop stores; with `locks`, a locked group's members only read
 * (auth/lockRule), and when it also answers the statement edit setting, a member's socket carries
 * whether they may edit others' statements (auth/statementEditRule). With `names`, the workshop's
 * "names shown" setting is loaded before a socket is admitted (the rooms read it synchronously).
 */
export function createCollabAuthorizer(
  stores: WorkshopStorePorts, now: () => number = Date.now, locks?: GroupLocks & Partial<StatementEditing>, names?: Pick<NamesShownCache, 'prime'>,
): CollabAuthorizer {
  const decide = async (req: IncomingMessage, doc: DocRef): Promise<AuthorizeResult> => {
    const actor = await actorOf(stores, req, now());
    if (!actor) return { ok: false, refusal: 'noSession' };
    if (actor.kind === 'setup' && !(await stores.workshops.getWorkshop(doc.workshopId))) return { ok: false, refusal: 'unknownDocument' };
    const permission = documentPermission(actor, doc);
    if (!permission) return { ok: false, refusal: 'forbidden' };
    if (locks && lockableGroup(actor, doc) !== null) {
      return underLiveRules(locks, await identityOf(actor, stores, doc), actor, doc, permission);
    }
    return { ok: true, identity: await identityOf(actor, stores, doc), permission };
  };
  return {
    async authorize(req, doc) {
      const result = await decide(req, doc);
      if (result.ok) await names?.prime(doc.workshopId);
      return result;
    },
  };
}
