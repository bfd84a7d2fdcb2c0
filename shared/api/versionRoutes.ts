// SPDX-License-Identifier: EUPL-1.2
/** Routes of the vision's frozen versions: list and read (everyone in the workshop), freeze (facilitator). */
import { VersionCreateBody, type VisionVersionSummary, type VisionVersionView } from '../apiMeeting.js';
import { defineRoute } from './routeContract.js';

/** The version routes. */
export const VERSION_ROUTES = {
  /** The frozen versions, oldest first. */
  listVersions: defineRoute<VisionVersionSummary[]>()({ method: 'GET', path: '/api/workshops/:id/versions', access: 'member' }),
  /** Freezes the current vision under the next number. */
  createVersion: defineRoute<VisionVersionSummary>()({
    method: 'POST', path: '/api/workshops/:id/versions', body: VersionCreateBody, access: 'facilitator',
    audit: [{ action: 'version.create', objectType: 'visionVersion', objectId: (f) => (f.answer ? String(f.answer.number) : null) }],
  }),
  /** One frozen version with its content and provenance. */
  getVersion: defineRoute<VisionVersionView>()({ method: 'GET', path: '/api/workshops/:id/versions/:n', access: 'member' }),
};
