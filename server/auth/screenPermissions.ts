/**
 * What the plenary screen (a 'screen' session of one workshop, shown on the beamer) may do: read
 * the documents shown in the plenary part, nothing private (drafts, consultation), and no API
 * writes except ending its own session.
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
      return null;
  }
}

/** Whether a screen session may make this API call: reads, and logging out. */
export function screenMayCall(method: string, pathname: string): boolean {
  return method === 'GET' || method === 'HEAD' || pathname === '/api/logout';
}

/** Where a screen session lands after opening its link. */
export const screenLandingPath = (workshopId: string) => `/w/${workshopId}/plenair`;
