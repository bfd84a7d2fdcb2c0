// SPDX-License-Identifier: EUPL-1.2
/**
 * Routes of the agreements register: the facilitator makes and edits afspraken and marks team
 * leaders; after the course a member of an owning group (or the facilitator) records progress and
 * team leaders add intervisie notes. Every write goes through the server, which writes the
 * `w/<id>/agreements` document (clients only read it).
 */
import {
  AgreementCreateBody, AgreementUpdateBody, IntervisieBody, ProgressBody, TeamLeaderBody,
  type AgreementRights, type TeamLeadersAnswer,
} from '../apiAgreements.js';
import type { Agreement, IntervisieNote, ProgressEntry } from '../agreementsDoc.js';
import { defineRoute } from './routeContract.js';

/** The agreement routes. */
export const AGREEMENT_ROUTES = {
  /** Adds an agreement (text, owning groups, review moments, status, sources). */
  createAgreement: defineRoute<Agreement>()({
    method: 'POST', path: '/api/workshops/:id/agreements', body: AgreementCreateBody, access: 'facilitator',
    audit: [{ action: 'agreement.create', objectType: 'agreement', objectId: (f) => f.answer?.id ?? null, on: 'ok-or-refused' }],
  }),
  /** Changes an agreement: any of its fields, e.g. only its status. */
  updateAgreement: defineRoute<Agreement>()({
    method: 'PATCH', path: '/api/workshops/:id/agreements/:aid', body: AgreementUpdateBody, access: 'facilitator',
    audit: [{ action: 'agreement.update', objectType: 'agreement', objectId: (f) => f.params.aid, on: 'ok-or-refused' }],
  }),
  /** Deletes an agreement with its progress and intervisie notes. */
  deleteAgreement: defineRoute<void>()({
    method: 'DELETE', path: '/api/workshops/:id/agreements/:aid', access: 'facilitator',
    audit: [{ action: 'agreement.delete', objectType: 'agreement', objectId: (f) => f.params.aid, on: 'ok-or-refused' }],
  }),
  /** What this session may do in the register (its role group, team leader or not). */
  agreementRights: defineRoute<AgreementRights>()({ method: 'GET', path: '/api/workshops/:id/agreements/rights', access: 'member' }),
  /** Records progress on an agreement: only a member of an owning group, or the facilitator. */
  recordProgress: defineRoute<ProgressEntry>()({
    method: 'POST', path: '/api/workshops/:id/agreements/:aid/progress', body: ProgressBody, access: 'member',
    audit: [{ action: 'agreement.progress', objectType: 'agreement', objectId: (f) => f.params.aid }],
  }),
  /** Adds an intervisie note to an agreement: only a team leader, or the facilitator. */
  addIntervisieNote: defineRoute<IntervisieNote>()({
    method: 'POST', path: '/api/workshops/:id/agreements/:aid/intervisie', body: IntervisieBody, access: 'member',
    audit: [{ action: 'agreement.intervisie', objectType: 'agreement', objectId: (f) => f.params.aid }],
  }),
  /** The team leaders, by participant id. */
  listTeamLeaders: defineRoute<TeamLeadersAnswer>()({ method: 'GET', path: '/api/workshops/:id/team-leaders', access: 'facilitator' }),
  /** Marks a participant as team leader, or no longer. */
  setTeamLeader: defineRoute<TeamLeadersAnswer>()({
    method: 'PUT', path: '/api/workshops/:id/team-leaders/:pid', body: TeamLeaderBody, access: 'facilitator',
    audit: [{ action: 'teamLeader.set', objectType: 'participant', objectId: (f) => f.params.pid, on: 'ok-or-refused' }],
  }),
};
