// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what in the agreements register after the course: the facilitator everything; a
 * member of a role group records progress on the agreements that group owns; a team leader (marked
 * by the facilitator, shared/agreementsDoc.ts `teamLeaders`) adds intervisie notes.
 */
import type { AgreementRights } from '../../../shared/apiAgreements.js';
import { readTeamLeaders, type EntryAuthor } from '../../../shared/agreementsDoc.js';
import { agreementsDocName, type RoleGroup } from '../../../shared/docNames.js';
import type { Actor } from '../../auth/actor.js';
import { isFacilitatorOf, roleGroupOfParticipant } from '../../auth/permissions.js';
import type { ServiceContext } from '../serviceContext.js';

/** The role group a participant records progress for: the one meeting 2 placed them in (the same rule as the role-group room rights). */
export function memberRoleGroup(actor: Actor): RoleGroup | null {
  return actor.kind === 'participant' ? roleGroupOfParticipant(actor.participant) : null;
}

/** Who the actor is in an entry they write: author key (none for the set-up session) and role. */
export function entryAuthor(actor: Actor): EntryAuthor {
  return actor.kind === 'participant' ? { byKey: actor.participant.authorKey, byRole: actor.participant.role } : { byKey: null, byRole: 'facilitator' };
}

/** Whether the actor is marked as team leader of the workshop. */
export async function isTeamLeader(ctx: ServiceContext, workshopId: string, actor: Actor): Promise<boolean> {
  if (actor.kind !== 'participant') return false;
  const key = actor.participant.authorKey;
  return ctx.documents.read(agreementsDocName(workshopId), (doc) => readTeamLeaders(doc).includes(key));
}

/** What the actor may do in the register of a workshop they belong to. */
export async function agreementRights(ctx: ServiceContext, workshopId: string, actor: Actor): Promise<AgreementRights> {
  const facilitator = isFacilitatorOf(actor, workshopId);
  return { facilitator, roleGroup: facilitator ? null : memberRoleGroup(actor), teamLeader: await isTeamLeader(ctx, workshopId, actor) };
}
