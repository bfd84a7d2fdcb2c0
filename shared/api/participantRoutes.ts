// SPDX-License-Identifier: EUPL-1.2
/** Routes of a workshop's participants (facilitator): add, import CSV, change (incl. group move), remove, renew link, attendance. */
import { ParticipantCreateBody, ParticipantImportBody, ParticipantUpdateBody, type ImportAnswer, type ParticipantView } from '../api.js';
import { AttendanceBody } from '../apiMeeting.js';
import { defineRoute } from './routeContract.js';

/** The participant routes. */
export const PARTICIPANT_ROUTES = {
  /** Adds one participant. */
  addParticipant: defineRoute<ParticipantView>()({
    method: 'POST', path: '/api/workshops/:id/participants', body: ParticipantCreateBody, access: 'facilitator',
    audit: [{ action: 'participant.add', objectType: 'participant', objectId: (f) => f.answer?.id ?? null, on: 'ok-or-refused' }],
  }),
  /** Imports participants from CSV text: good lines are added, bad lines reported. */
  importParticipants: defineRoute<ImportAnswer>()({
    method: 'POST', path: '/api/workshops/:id/participants/import', body: ParticipantImportBody, access: 'facilitator',
    audit: [{ action: 'participant.import', objectType: 'participant', objectId: () => null, on: 'ok-or-refused' }],
  }),
  /** Changes a participant: a changed name, role or email is `participant.update`, a new group `group.move` (both when both). */
  updateParticipant: defineRoute<ParticipantView>()({
    method: 'PATCH', path: '/api/workshops/:id/participants/:pid', body: ParticipantUpdateBody, access: 'facilitator',
    audit: [
      {
        action: 'participant.update', objectType: 'participant', objectId: (f) => f.params.pid, on: 'ok-or-refused',
        when: ({ body: b }) => b.name !== undefined || b.role !== undefined || b.email !== undefined || b.group === undefined,
      },
      { action: 'group.move', objectType: 'participant', objectId: (f) => f.params.pid, on: 'ok-or-refused', when: ({ body: b }) => b.group !== undefined },
    ],
  }),
  /** Removes a participant. */
  removeParticipant: defineRoute<void>()({
    method: 'DELETE', path: '/api/workshops/:id/participants/:pid', access: 'facilitator',
    audit: [{ action: 'participant.remove', objectType: 'participant', objectId: (f) => f.params.pid, on: 'ok-or-refused' }],
  }),
  /** Gives a participant a new join link; the old one is revoked and its sessions end. */
  renewLink: defineRoute<ParticipantView>()({
    method: 'POST', path: '/api/workshops/:id/participants/:pid/link', access: 'facilitator',
    audit: [{ action: 'link.renew', objectType: 'participant', objectId: (f) => f.params.pid, on: 'ok-or-refused' }],
  }),
  /** Records whether a participant was at meeting 1 or 2. */
  setAttendance: defineRoute<ParticipantView>()({
    method: 'PUT', path: '/api/workshops/:id/participants/:pid/attendance', body: AttendanceBody, access: 'facilitator',
    audit: [{ action: 'attendance.set', objectType: 'participant', objectId: (f) => f.answer?.id ?? null }],
  }),
};
