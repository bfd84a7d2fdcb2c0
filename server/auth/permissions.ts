// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may do what (DESIGN.md, "Documents and who may do what"). The set-up session has facilitator
 * rights on every workshop; a facilitator is a participant with role 'facilitator' in their own workshop.
 */
import type { DocRef } from '../../shared/docNames.js';
import { roleGroupOf } from '../../shared/roleGroups.js';
import type { Permission } from '../collab/types.js';
import type { ParticipantRecord } from '../store/workshopStore.js';
import type { Actor } from './actor.js';
import { commenterPermission } from './commenterPermissions.js';
import { screenPermission } from './screenPermissions.js';

/** Whether the actor has facilitator rights on the workshop. */
export function isFacilitatorOf(actor: Actor, workshopId: string): boolean {
  if (actor.kind === 'setup') return true;
  if (actor.kind === 'screen' || actor.kind === 'commenter') return false;
  return actor.participant.workshopId === workshopId && actor.participant.role === 'facilitator';
}

/** Whether the actor belongs to the workshop (any role), or is the set-up session. A commenter does not: they reach only the consultation. */
export function isMemberOf(actor: Actor, workshopId: string): boolean {
  if (actor.kind === 'commenter') return false;
  if (actor.kind === 'screen') return actor.workshopId === workshopId;
  return actor.kind === 'setup' || actor.participant.workshopId === workshopId;
}

/** A participant's meeting-2 role group: where meeting 2 placed them, else (not placed yet) where their role goes by default. */
export const roleGroupOfParticipant = (p: ParticipantRecord) => p.roleGroup ?? roleGroupOf(p.role);

/** What the actor may do with a document of a workshop they belong to; null when nothing. */
export function documentPermission(actor: Actor, doc: DocRef): Permission | null {
  if (actor.kind === 'commenter') return commenterPermission(actor, doc);
  if (!isMemberOf(actor, doc.workshopId)) return null;
  if (actor.kind === 'screen') return screenPermission(doc);
  const facilitator = isFacilitatorOf(actor, doc.workshopId);
  const participant = actor.kind === 'participant' ? actor.participant : null;
  switch (doc.kind) {
    case 'group':
      return facilitator || participant?.group === doc.group ? 'write' : null;
    case 'roleGroup':
      return facilitator || (participant !== null && roleGroupOfParticipant(participant) === doc.roleGroup) ? 'write' : null;
    case 'vision':
      return facilitator ? 'write' : 'read';
    case 'agreements':
    case 'consultation':
    case 'live':
      return 'read';
    case 'draft':
      if (participant?.id === doc.participantId && participant.group === doc.group) return 'write';
      return facilitator ? 'read' : null;
    case 'roleDraft':
      if (participant?.id === doc.participantId && roleGroupOfParticipant(participant) === doc.roleGroup) return 'write';
      return facilitator ? 'read' : null;
  }
}
