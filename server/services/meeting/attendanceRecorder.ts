// SPDX-License-Identifier: EUPL-1.2
/** Records whether a participant was at meeting 1 or 2 (the facilitator ticks it off; null clears). */
import type { AttendanceBody } from '../../../shared/apiMeeting.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import { participantIn } from '../workshop/participantLookup.js';
import type { ServiceContext } from '../serviceContext.js';

/** Stores the attendance and returns the updated participant. */
export async function recordAttendance(ctx: ServiceContext, workshopId: string, participantId: string, body: AttendanceBody): Promise<ParticipantRecord> {
  const p = await participantIn(ctx, workshopId, participantId);
  await ctx.stores.workshops.setAttendance(p.id, body.meeting, body.status);
  return (await ctx.stores.workshops.getParticipant(p.id))!;
}
