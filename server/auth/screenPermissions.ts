// SPDX-License-Identifier: EUPL-1.2
/**
 * What the plenary screen (a 'screen' session of one workshop, shown on the beamer) may do: read
 * the documents shown in the plenary part, nothing private (drafts, consultation). Its API calls
 * follow the route contract (screenMayCall in shared/api/routeContract.ts).
 */
import type { DocRef } from '../../shared/docNames.js';
import type { Permission } from '../collab/types.js';

/** The screen's permission on a document of its own workshop. */
export function screenPermission(doc: DocRef): Permission | null {
  switch (doc.kind) {
    case 'group':
    case 'vision':
    case 'live':
    case 'roleGroup':
    case 'agreements':
      return 'read';
    case 'consultation':
    case 'draft':
    case 'roleDraft':
      return null;
  }
}

/** Where a screen session lands after opening its link. */
export const screenLandingPath = (workshopId: string) => `/w/${workshopId}/plenair`;
