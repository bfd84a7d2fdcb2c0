// SPDX-License-Identifier: EUPL-1.2
/** Routes of workshops: list and create (set-up session), read and change, group assignment, links and author names. */
import {
  GroupAssignBody, WorkshopCreateBody, WorkshopUpdateBody, type AuthorNames, type LinkView, type WorkshopDetail, type WorkshopSummary,
} from '../api.js';
import { defineRoute } from './routeContract.js';

/** The workshop routes. */
export const WORKSHOP_ROUTES = {
  /** All workshops. */
  listWorkshops: defineRoute<WorkshopSummary[]>()({ method: 'GET', path: '/api/workshops', access: 'setup' }),
  /** Creates a workshop (its vision gets its starting sections). */
  createWorkshop: defineRoute<WorkshopDetail>()({
    method: 'POST', path: '/api/workshops', body: WorkshopCreateBody, access: 'setup',
    audit: [{ action: 'workshop.create', objectType: 'workshop', objectId: (f) => f.answer?.id ?? null, on: 'ok-or-refused' }],
  }),
  /** One workshop with its participants. */
  getWorkshop: defineRoute<WorkshopDetail>()({ method: 'GET', path: '/api/workshops/:id', access: 'facilitator' }),
  /** Changes a workshop's settings (open screens reload the settings they show). */
  updateWorkshop: defineRoute<WorkshopDetail>()({
    method: 'PATCH', path: '/api/workshops/:id', body: WorkshopUpdateBody, access: 'facilitator',
    audit: [{ action: 'workshop.update', objectType: 'workshop', objectId: (f) => f.params.id, on: 'ok-or-refused' }],
  }),
  /** Deals everyone over three equally mixed groups, or places only the unplaced (body.mode). */
  assignGroups: defineRoute<WorkshopDetail>()({
    method: 'POST', path: '/api/workshops/:id/groups/assign', body: GroupAssignBody, access: 'facilitator',
    audit: [
      { action: 'group.assign', objectType: 'workshop', objectId: () => null, on: 'ok-or-refused', when: (f) => f.body.mode !== 'unplaced' },
      { action: 'group.placeUnplaced', objectType: 'workshop', objectId: () => null, on: 'ok-or-refused', when: (f) => f.body.mode === 'unplaced' },
    ],
  }),
  /** Every join link of the workshop. */
  getLinks: defineRoute<LinkView[]>()({ method: 'GET', path: '/api/workshops/:id/links', access: 'facilitator' }),
  /** Author key → name; empty when the workshop shows roles only. */
  getAuthors: defineRoute<AuthorNames>()({ method: 'GET', path: '/api/workshops/:id/authors', access: 'member' }),
};
