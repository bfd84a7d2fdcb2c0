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
import { inTransaction } from '../unitOfWork.js';

/** A person to add. */
export interface NewParticipant { name: string; role: Role; email?: string | null; group?: number | null }

/** How many more participants the workshop can take. */
export async function participantRoom(ctx: ServiceContext, workshopId: string): Promise<number> {
  return Math.max(0, DEFAULT_LIMITS.maxParticipants - (await ctx.stores.workshops.countParticipants(workshopId)));
}

/** Adds the people in one transaction and returns their stored records (with their groups). */
export function addParticipants(ctx: ServiceContext, workshopId: string, people: readonly NewParticipant[]): Promise<ParticipantRecord[]> {
  return inTransaction(ctx, async (tx) => {
    const { workshops } = tx.stores;
    if (people.some((p) => p.role === 'facilitator' && p.group != null)) {
      throw new DomainError('invalid-body', 'A facilitator is not in a group', [{ path: 'group', message: 'a facilitator has no group' }]);
    }
    if (people.length > (await participantRoom(tx, workshopId))) {
      throw new DomainError('too-many-participants', `A workshop has at most ${DEFAULT_LIMITS.maxParticipants} participants`);
    }
    const now = tx.now();
    const ids: string[] = [];
    for (const person of people) {
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
      await workshops.insertParticipant(record);
      await issueParticipantLink(tx, record.id);
      ids.push(record.id);
    }
    await placeUngrouped(tx, workshopId);
    const added: ParticipantRecord[] = [];
    for (const id of ids) added.push((await workshops.getParticipant(id))!);
    return added;
  });
}
