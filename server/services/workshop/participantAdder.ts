// SPDX-License-Identifier: EUPL-1.2
/**
 * Adds participants to a workshop: stores them, gives each a join link, and places those without
 * a chosen group where the mix stays most balanced.
 */
import type { Role } from '../../../shared/roles.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import { newId } from '../../auth/tokens.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import { DomainError } from '../domainError.js';
import { placeUngrouped } from './groupPlacer.js';
import { issueParticipantLink } from './linkIssuer.js';
import type { ServiceContext } from '../serviceContext.js';

/** A person to add. */
export interface NewParticipant { name: string; role: Role; email?: string | null; group?: number | null }

/** How many more participants the workshop can take. */
export function participantRoom(ctx: ServiceContext, workshopId: string): number {
  return Math.max(0, DEFAULT_LIMITS.maxParticipants - ctx.stores.workshops.countParticipants(workshopId));
}

/** Adds the people in one transaction and returns their stored records (with their groups). */
export function addParticipants(ctx: ServiceContext, workshopId: string, people: readonly NewParticipant[]): ParticipantRecord[] {
  const { workshops } = ctx.stores;
  return workshops.transaction(() => {
    if (people.some((p) => p.role === 'facilitator' && p.group != null)) {
      throw new DomainError('invalid-body', 'A facilitator is not in a group', [{ path: 'group', message: 'a facilitator has no group' }]);
    }
    if (people.length > participantRoom(ctx, workshopId)) {
      throw new DomainError('too-many-participants', `A workshop has at most ${DEFAULT_LIMITS.maxParticipants} participants`);
    }
    const now = ctx.now();
    const ids = people.map((person) => {
      const record: ParticipantRecord = {
        id: newId(),
        workshopId,
        name: person.name,
        role: person.role,
        email: person.email ?? null,
        group: person.role === 'facilitator' ? null : (person.group ?? null),
        authorKey: newId(),
        createdAt: now,
      };
      workshops.insertParticipant(record);
      issueParticipantLink(ctx, record.id);
      return record.id;
    });
    placeUngrouped(ctx, workshopId);
    return ids.map((id) => workshops.getParticipant(id)!);
  });
}
