// SPDX-License-Identifier: EUPL-1.2
/** Records whether a participant was at meeting 1 or 2 (the facilitator ticks it off; null clears). */
import type { AttendanceBody } from '../../../shared/apiMeeting.js';
import type { ParticipantRecord } from '../../store/workshopStore.js';
import { participantIn } from '../workshop/participantLookup.js';
import type { ServiceContext } from '../serviceContext.js';

/** Stores the attendance and returns the updated participant. */
export function recordAttendance(ctx: ServiceContext, workshopId: string, participantId: string, body: AttendanceBody): ParticipantRecord {
  const p = participantIn(ctx, workshopId, participantId);
  ctx.stores.workshops.setAttendance(p.id, body.meeting, body.status);
  return ctx.stores.workshops.getParticipant(p.id)!;
}
