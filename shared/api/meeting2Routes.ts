// SPDX-License-Identifier: EUPL-1.2
/**
 * Routes of meeting 2 (shared/apiMeeting2.ts): set-up by role (facilitator), cases, the meeting-2
 * part of the live state, and the expectations matrix (everyone in the workshop, the plenary screen too).
 */
import type { DraftCountsAnswer, RevealAnswer } from '../apiMeeting.js';
import {
  CaseBody, Meeting2Body, Meeting2LiveBody, RoleGroupMergeBody, RoleGroupMoveBody, RoleRevealBody,
  type Meeting2Answer, type Meeting2Case, type Meeting2Matrix, type MyRoleGroupAnswer,
} from '../apiMeeting2.js';
import type { Meeting2Live } from '../meeting2Live.js';
import { defineRoute } from './routeContract.js';

/** The meeting-2 routes. */
export const MEETING2_ROUTES = {
  /** Meeting 2's set-up: date, placement setting, role groups, cases, warnings. */
  getMeeting2: defineRoute<Meeting2Answer>()({
    method: 'GET', path: '/api/workshops/:id/meeting2', access: 'facilitator',
  }),
  /** Creates meeting 2 (forming the role groups from everyone's role) or changes its date and placement. */
  saveMeeting2: defineRoute<Meeting2Answer>()({
    method: 'PUT', path: '/api/workshops/:id/meeting2', body: Meeting2Body, access: 'facilitator',
    audit: [{ action: 'meeting2.save', objectType: 'meeting2', objectId: () => null, on: 'ok-or-refused' }],
  }),
  /** Moves one person to another role group. */
  moveToRoleGroup: defineRoute<Meeting2Answer>()({
    method: 'PUT', path: '/api/workshops/:id/participants/:pid/role-group', body: RoleGroupMoveBody, access: 'facilitator',
    audit: [{ action: 'roleGroup.move', objectType: 'participant', objectId: (f) => f.params.pid, on: 'ok-or-refused' }],
  }),
  /** Merges one role group into another (an empty or very small group), or undoes that. */
  mergeRoleGroups: defineRoute<Meeting2Answer>()({
    method: 'POST', path: '/api/workshops/:id/meeting2/merge', body: RoleGroupMergeBody, access: 'facilitator',
    audit: [{ action: 'roleGroup.merge', objectType: 'roleGroup', objectId: (f) => f.body.from ?? null, on: 'ok-or-refused' }],
  }),
  /** The cases, in order (everyone in the workshop: the plenary screen shows them). */
  listCases: defineRoute<Meeting2Case[]>()({
    method: 'GET', path: '/api/workshops/:id/meeting2/cases', access: 'member',
  }),
  /** Adds a case. */
  addCase: defineRoute<Meeting2Case>()({
    method: 'POST', path: '/api/workshops/:id/meeting2/cases', body: CaseBody, access: 'facilitator',
    audit: [{ action: 'case.add', objectType: 'case', objectId: (f) => f.answer?.id ?? null, on: 'ok-or-refused' }],
  }),
  /** Changes a case's title and text. */
  updateCase: defineRoute<Meeting2Case>()({
    method: 'PUT', path: '/api/workshops/:id/meeting2/cases/:caseId', body: CaseBody, access: 'facilitator',
    audit: [{ action: 'case.update', objectType: 'case', objectId: (f) => f.params.caseId, on: 'ok-or-refused' }],
  }),
  /** Removes a case. */
  removeCase: defineRoute<void>()({
    method: 'DELETE', path: '/api/workshops/:id/meeting2/cases/:caseId', access: 'facilitator',
    audit: [{ action: 'case.remove', objectType: 'case', objectId: (f) => f.params.caseId, on: 'ok-or-refused' }],
  }),
  /** Changes the meeting-2 part of the live state: current meeting, plenary view, role-group locks. */
  updateMeeting2Live: defineRoute<Meeting2Live>()({
    method: 'PATCH', path: '/api/workshops/:id/meeting2/live', body: Meeting2LiveBody, access: 'facilitator',
    audit: [{ action: 'meeting2.live', objectType: 'live', objectId: () => null }],
  }),
  /** Per role group how many members wrote privately in step 1 and how many statements (counts only, never the text). */
  roleDraftCounts: defineRoute<DraftCountsAnswer>()({
    method: 'GET', path: '/api/workshops/:id/meeting2/draft-counts', access: 'facilitator',
  }),
  /** "Nu delen": reveals what is left in the private drafts of one role group (or all) into the group, as its writers'. */
  revealRoleDrafts: defineRoute<RevealAnswer>()({
    method: 'POST', path: '/api/workshops/:id/meeting2/reveal', body: RoleRevealBody, access: 'facilitator',
    audit: [{ action: 'reveal', objectType: 'roleGroup', objectId: (f) => f.body.roleGroup ?? null }],
  }),
  /** The caller's role group in meeting 2 (null for the facilitator, the screen and anyone not placed). */
  myRoleGroup: defineRoute<MyRoleGroupAnswer>()({
    method: 'GET', path: '/api/workshops/:id/meeting2/mine', access: 'member',
  }),
  /** The expectations matrix: every ambition and expectation exactly once. */
  getMatrix: defineRoute<Meeting2Matrix>()({
    method: 'GET', path: '/api/workshops/:id/meeting2/matrix', access: 'member',
  }),
};
