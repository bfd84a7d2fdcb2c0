// SPDX-License-Identifier: EUPL-1.2
/**
 * Marks participants as team leaders (facilitator): they may add intervisie notes to agreements.
 * The mark is kept in the agreements document under the participant's author key, so it goes with
 * the workshop's documents (export, delete) and a removed participant's mark means nothing.
 */
import type { TeamLeadersAnswer } from '../../../shared/apiAgreements.js';
import { readTeamLeaders, setTeamLeader } from '../../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

async function answer(ctx: ServiceContext, workshopId: string, keys: readonly string[]): Promise<TeamLeadersAnswer> {
  const participants = await ctx.stores.workshops.listParticipants(workshopId);
  return { participantIds: participants.filter((p) => keys.includes(p.authorKey)).map((p) => p.id) };
}

/** The team leaders by participant id. */
export async function listTeamLeaders(ctx: ServiceContext, workshopId: string): Promise<TeamLeadersAnswer> {
  return answer(ctx, workshopId, await ctx.documents.read(agreementsDocName(workshopId), readTeamLeaders));
}

/** Marks or unmarks a participant of the workshop; returns the team leaders. */
export async function markTeamLeader(ctx: ServiceContext, workshopId: string, participantId: string, teamLeader: boolean): Promise<TeamLeadersAnswer> {
  const participant = await ctx.stores.workshops.getParticipant(participantId);
  if (!participant || participant.workshopId !== workshopId) throw new DomainError('participant-not-found', 'No such participant in this workshop');
  const keys = await ctx.documents.change(agreementsDocName(workshopId), (doc) => {
    setTeamLeader(doc, participant.authorKey, teamLeader);
    return readTeamLeaders(doc);
  });
  return answer(ctx, workshopId, keys);
}
