// SPDX-License-Identifier: EUPL-1.2
/** Turns stored workshops and participants into the API's answer shapes (shared/api.ts). */
import type { AuthorNames, LinkView, MeWorkshop, ParticipantView, WorkshopDetail, WorkshopSummary } from '../../../shared/api.js';
import { groupNamesWithDefaults } from '../../../shared/groupNames.js';
import type { ParticipantRecord, WorkshopRecord } from '../../store/workshopStore.js';
import { participantLink } from './linkIssuer.js';
import type { ServiceContext } from '../serviceContext.js';

const datesOf = (w: WorkshopRecord) => ({
  ...(w.meeting1 ? { meeting1: w.meeting1 } : {}),
  ...(w.meeting2 ? { meeting2: w.meeting2 } : {}),
});

/** A workshop in a list; `participantCount` counts everyone but facilitators. */
export function workshopSummary(w: WorkshopRecord, participantCount: number): WorkshopSummary {
  return { id: w.id, gemeente: w.gemeente, title: w.title, dates: datesOf(w), participantCount, createdAt: new Date(w.createdAt).toISOString() };
}

/** The workshop as a participant or the big screen knows it (GET /api/me): what their screens show. */
export function meWorkshop(w: WorkshopRecord): MeWorkshop {
  return {
    id: w.id, gemeente: w.gemeente, title: w.title, showNames: w.showNames,
    groupNames: groupNamesWithDefaults(w.groupNames), language: w.language,
  };
}

/** A participant as the facilitator sees them, with their live join link. */
export async function participantView(ctx: ServiceContext, p: ParticipantRecord): Promise<ParticipantView> {
  return {
    id: p.id, name: p.name, role: p.role, email: p.email, group: p.group, link: await participantLink(ctx, p.id),
    attendance: p.attendance ?? { m1: null, m2: null },
  };
}

/** The full workshop for the facilitator page; participants include the facilitators (group null). */
export async function workshopDetail(ctx: ServiceContext, w: WorkshopRecord): Promise<WorkshopDetail> {
  const participants: ParticipantView[] = [];
  for (const p of await ctx.stores.workshops.listParticipants(w.id)) participants.push(await participantView(ctx, p));
  const facilitator = participants.find((p) => p.role === 'facilitator');
  return {
    ...workshopSummary(w, participants.filter((p) => p.role !== 'facilitator').length),
    showNames: w.showNames,
    groupNames: groupNamesWithDefaults(w.groupNames),
    language: w.language,
    facilitatorLink: facilitator?.link ?? '',
    participants,
  };
}

/** Every participant's join link. */
export async function linkViews(ctx: ServiceContext, workshopId: string): Promise<LinkView[]> {
  const views: LinkView[] = [];
  for (const p of await ctx.stores.workshops.listParticipants(workshopId)) {
    views.push({ participantId: p.id, name: p.name, role: p.role, group: p.group, link: await participantLink(ctx, p.id) });
  }
  return views;
}

/** Author key → name for the workshop's participants; empty when the workshop shows roles only. */
export async function authorNames(ctx: ServiceContext, w: WorkshopRecord): Promise<AuthorNames> {
  if (!w.showNames) return {};
  const names: AuthorNames = {};
  for (const p of await ctx.stores.workshops.listParticipants(w.id)) names[p.authorKey] = p.name;
  return names;
}
