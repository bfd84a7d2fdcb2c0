// SPDX-License-Identifier: EUPL-1.2
/**
 * Places participants in the three mixed groups with shared/groupAssigner: newcomers go where the
 * mix stays most balanced (everyone already placed is pinned), or everyone is dealt afresh.
 */
import { assignGroups } from '../../../shared/groupAssigner.js';
import type { ServiceContext } from '../serviceContext.js';
import { closeParticipantSockets } from './participantSocketCloser.js';

/** Gives a group to every member of the workshop that has none; returns id → new group. */
export async function placeUngrouped(ctx: ServiceContext, workshopId: string): Promise<Map<string, number>> {
  const people = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const pinned = new Map<string, number>();
  for (const p of people) if (p.group !== null) pinned.set(p.id, p.group);
  const placed = new Map<string, number>();
  for (const [id, group] of assignGroups(people, { pinned })) if (!pinned.has(id)) placed.set(id, group);
  await ctx.stores.workshops.setGroups(placed);
  return placed;
}

/**
 * Deals every member of the workshop over the groups afresh (balanced over everyone, facilitators
 * excluded). Closes the group sockets of whoever moved. Returns the ids that changed group.
 */
export async function rebalanceGroups(ctx: ServiceContext, workshopId: string): Promise<string[]> {
  const people = (await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
  const next = assignGroups(people);
  const changed = new Map<string, number>();
  const moved: string[] = [];
  for (const p of people) {
    const g = next.get(p.id);
    if (g === undefined || g === p.group) continue;
    changed.set(p.id, g);
    if (p.group !== null) moved.push(p.id);
  }
  await ctx.stores.workshops.setGroups(changed);
  if (moved.length > 0) closeParticipantSockets(ctx, moved, 'permissionChanged', 'groupDocs');
  return [...changed.keys()];
}
