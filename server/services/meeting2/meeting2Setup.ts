// SPDX-License-Identifier: EUPL-1.2
/**
 * Setting up meeting 2 (facilitator): creating it forms the role groups from everyone's role
 * (shared/roleGroupFormation.ts); the facilitator then moves people and merges a group that would
 * be empty into another. Creating it before vision version 2 exists is allowed: the answer warns.
 * People added after meeting 2 was created are placed by their role the next time the set-up is read.
 */
import { DEFAULT_ROLE_PLACEMENT, type Meeting2Answer, type Meeting2Body, type Meeting2Warning, type RoleGroupMergeBody } from '../../../shared/apiMeeting2.js';
import { ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { activeRoleGroups, effectiveRoleGroup, emptyRoleGroups, formRoleGroups, mergeProblem, roleGroupForRole } from '../../../shared/roleGroupFormation.js';
import type { Meeting2Setup } from '../../store/meeting2Store.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { closeRoleGroupSockets } from './roleGroupSockets.js';
import { inTransaction } from '../unitOfWork.js';

const placeable = (p: ParticipantRecord) => p.role !== 'facilitator';

/** The vision version the opening shows: 2 when it exists, else the newest, else null. */
async function openingVersion(ctx: ServiceContext, workshopId: string): Promise<number | null> {
  const numbers = (await ctx.stores.versions.list(workshopId)).map((v) => v.number);
  if (numbers.includes(2)) return 2;
  return numbers.length ? Math.max(...numbers) : null;
}

/** Everyone's current role group (by participant id), placing people who have none by their role. */
async function currentMembers(ctx: ServiceContext, workshopId: string, setup: Meeting2Setup): Promise<Map<string, RoleGroup>> {
  const people = (await ctx.stores.workshops.listParticipants(workshopId)).filter(placeable);
  const byRole = formRoleGroups(people, setup.placement, setup.merges);
  const members = new Map<string, RoleGroup>();
  const newlyPlaced = new Map<string, RoleGroup>();
  for (const p of people) {
    const stored = p.roleGroup ? effectiveRoleGroup(p.roleGroup, setup.merges) : null;
    const g = stored ?? byRole.get(p.id) ?? null;
    if (!g) continue;
    members.set(p.id, g);
    if (g !== p.roleGroup) newlyPlaced.set(p.id, g);
  }
  if (newlyPlaced.size) await ctx.stores.meeting2.setRoleGroups(newlyPlaced);
  return members;
}

/** The set-up as the facilitator sees it. */
export async function meeting2Answer(ctx: ServiceContext, workshopId: string): Promise<Meeting2Answer> {
  const workshop = await ctx.stores.workshops.getWorkshop(workshopId);
  const setup = await ctx.stores.meeting2.getSetup(workshopId);
  const version = await openingVersion(ctx, workshopId);
  const cases = await ctx.stores.meeting2.listCases(workshopId);
  if (!setup) {
    return {
      created: false, date: workshop?.meeting2 ?? null, placement: DEFAULT_ROLE_PLACEMENT, cases, openingVersion: version,
      groups: ROLE_GROUPS.map((roleGroup) => ({ roleGroup, memberIds: [], mergedInto: null })),
      warnings: version === 2 ? [] : ['no-version-2'], emptyGroups: [],
    };
  }
  const members = await currentMembers(ctx, workshopId, setup);
  const emptyGroups = emptyRoleGroups(members, setup.merges);
  const warnings: Meeting2Warning[] = [];
  if (version !== 2) warnings.push('no-version-2');
  if (emptyGroups.length) warnings.push('empty-role-group');
  return {
    created: true, date: workshop?.meeting2 ?? null, placement: setup.placement, cases, openingVersion: version,
    groups: ROLE_GROUPS.map((roleGroup) => ({
      roleGroup,
      memberIds: [...members].filter(([, g]) => g === roleGroup).map(([id]) => id),
      mergedInto: setup.merges[roleGroup] ?? null,
    })),
    warnings, emptyGroups,
  };
}

/** Creates meeting 2 or changes its date and placement; forms the groups on creation or with `regroup`. */
export async function saveMeeting2(ctx: ServiceContext, workshopId: string, body: Meeting2Body): Promise<Meeting2Answer> {
  const existing = await ctx.stores.meeting2.getSetup(workshopId);
  const placement = { ...(existing?.placement ?? DEFAULT_ROLE_PLACEMENT), ...body.placement };
  const setup: Meeting2Setup = { placement, merges: existing?.merges ?? {}, createdAt: existing?.createdAt ?? ctx.now() };
  const regroup = !existing || body.regroup === true;
  const people = await ctx.stores.workshops.listParticipants(workshopId);
  await inTransaction(ctx, async (tx) => {
    await tx.stores.workshops.updateWorkshop(workshopId, { meeting2: body.date });
    await tx.stores.meeting2.saveSetup(workshopId, setup);
    if (regroup) {
      const formed = formRoleGroups(people.filter(placeable), placement, setup.merges);
      await tx.stores.meeting2.setRoleGroups(new Map(people.map((p) => [p.id, formed.get(p.id) ?? null])));
    }
  });
  if (regroup && existing) await closeRoleGroupSockets(ctx, workshopId);
  return meeting2Answer(ctx, workshopId);
}

async function requireSetup(ctx: ServiceContext, workshopId: string): Promise<Meeting2Setup> {
  const setup = await ctx.stores.meeting2.getSetup(workshopId);
  if (!setup) throw new DomainError('meeting2-not-created', 'meeting 2 has not been created');
  return setup;
}

/** Moves one person to another role group (their open sockets on their old group close). */
export async function moveToRoleGroup(ctx: ServiceContext, workshopId: string, participantId: string, roleGroup: RoleGroup): Promise<Meeting2Answer> {
  const setup = await requireSetup(ctx, workshopId);
  const participant = await ctx.stores.workshops.getParticipant(participantId);
  if (!participant || participant.workshopId !== workshopId) throw new DomainError('participant-not-found', 'No such participant');
  if (!placeable(participant)) throw new DomainError('not-placeable', 'a facilitator has no role group');
  if (setup.merges[roleGroup]) throw new DomainError('role-group-merged', `group ${roleGroup} joined ${setup.merges[roleGroup]}`);
  await ctx.stores.meeting2.setRoleGroups(new Map([[participantId, roleGroup]]));
  await closeRoleGroupSockets(ctx, workshopId, participantId);
  return meeting2Answer(ctx, workshopId);
}

/** Merges `from` into `into` (its members move along), or undoes the merge of `from` (`into: null`: its people go back by role). */
export async function mergeRoleGroups(ctx: ServiceContext, workshopId: string, body: RoleGroupMergeBody): Promise<Meeting2Answer> {
  const setup = await requireSetup(ctx, workshopId);
  const merges = { ...setup.merges };
  if (body.into === null) {
    if (!merges[body.from]) return meeting2Answer(ctx, workshopId);
    delete merges[body.from];
  } else {
    const problem = mergeProblem(body.from, body.into, merges);
    if (problem) throw new DomainError('merge-invalid', problem);
    merges[body.from] = body.into;
  }
  const people = (await ctx.stores.workshops.listParticipants(workshopId)).filter(placeable);
  const moves = new Map<string, RoleGroup>();
  if (body.into === null) {
    // Back by role: who is in the group `from` had joined and belongs to `from` by role.
    const byRole = formRoleGroups(people, setup.placement, merges);
    const joined = setup.merges[body.from]!;
    for (const p of people) if (p.roleGroup === joined && byRole.get(p.id) === body.from) moves.set(p.id, body.from);
  } else {
    for (const p of people) if (p.roleGroup === body.from) moves.set(p.id, body.into);
  }
  await inTransaction(ctx, async (tx) => {
    await tx.stores.meeting2.saveSetup(workshopId, { ...setup, merges });
    await tx.stores.meeting2.setRoleGroups(moves);
  });
  await closeRoleGroupSockets(ctx, workshopId);
  return meeting2Answer(ctx, workshopId);
}

/** The groups in use of a workshop's meeting 2 (all three before it was created). */
export async function roleGroupsInUse(ctx: ServiceContext, workshopId: string): Promise<RoleGroup[]> {
  return activeRoleGroups((await ctx.stores.meeting2.getSetup(workshopId))?.merges ?? {});
}

/**
 * A participant's role group now: where meeting 2 placed them; someone added after meeting 2 was
 * created is placed by their role now; before meeting 2 exists, the default by role. Null for the facilitator.
 */
export async function roleGroupOfParticipant(ctx: ServiceContext, participant: ParticipantRecord): Promise<RoleGroup | null> {
  if (!placeable(participant)) return null;
  const setup = await ctx.stores.meeting2.getSetup(participant.workshopId);
  if (participant.roleGroup) return setup ? effectiveRoleGroup(participant.roleGroup, setup.merges) : participant.roleGroup;
  const byRole = roleGroupForRole(participant.role, setup?.placement ?? DEFAULT_ROLE_PLACEMENT, setup?.merges ?? {});
  if (setup && byRole) await ctx.stores.meeting2.setRoleGroups(new Map([[participant.id, byRole]]));
  return byRole;
}
