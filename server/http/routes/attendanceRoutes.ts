// SPDX-License-Identifier: EUPL-1.2
/** PUT /api/workshops/<id>/participants/<pid>/attendance: who was at meeting 1 or 2 (facilitator). */
import { AttendanceBody } from '../../../shared/apiMeeting.js';
import { recordAttendance } from '../../services/meeting/attendanceRecorder.js';
import { participantView } from '../../services/workshop/workshopPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { validateBody } from '../bodyValidator.js';
import { requireFacilitator } from '../guards.js';

/** PUT /api/workshops/<id>/participants/<pid>/attendance: answers the ParticipantView. */
export const putAttendance: ApiHandler = async (r) => {
  const workshop = await requireFacilitator(r, r.params.id);
  const body = validateBody(AttendanceBody, r.body);
  const updated = await recordAttendance(r.deps.services, workshop.id, r.params.pid, body);
  return { status: 200, body: await participantView(r.deps.services, updated) };
};
