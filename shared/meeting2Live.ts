// SPDX-License-Identifier: EUPL-1.2
/**
 * The meeting-2 part of the live state: the key `meeting2` of the live map (shared/liveDoc.ts),
 * written only by the server (the facilitator changes it through PATCH /meeting2/live), a plain value:
 *
 *   meeting2  { active, view, caseId, cell, presenting, locks } | missing
 *     active      meeting 2 is the current meeting: participants' screens and join links lead to their role group
 *     view        what the plenary screen shows: 'vision' (version 2), 'case', 'matrix', 'closing', 'agreements' (the register)
 *     caseId      the case shown (view 'case')
 *     cell        the matrix cell open full screen, or null for the whole matrix
 *     presenting  the role group presenting its ambition (view 'closing')
 *     locks       { [roleGroup]: true }  role groups whose documents are read-only for their members
 *
 * Step, timer, message and focus are shared with meeting 1 (the live map's own keys).
 * Snapshot: `readMeeting2Live` (safe defaults for a missing or odd value).
 */
import type * as Y from 'yjs';
import { M2_PLENARY_VIEWS, type M2PlenaryView } from './apiMeeting2.js';
import { isRoleGroup, type RoleGroup } from './docNames.js';
import { liveOf } from './liveDoc.js';

/** The key of the meeting-2 state in the live map. */
export const MEETING2_LIVE_KEY = 'meeting2';

/** The meeting-2 live state as plain data. */
export interface Meeting2Live {
  active: boolean;
  view: M2PlenaryView;
  caseId: string | null;
  cell: { from: RoleGroup; to: RoleGroup } | null;
  presenting: RoleGroup | null;
  locks: Partial<Record<RoleGroup, boolean>>;
}

/** The state before the facilitator changed anything. */
export const MEETING2_LIVE_DEFAULT: Meeting2Live = { active: false, view: 'vision', caseId: null, cell: null, presenting: null, locks: {} };

/** Reads the meeting-2 live state from a live document. */
export function readMeeting2Live(doc: Y.Doc): Meeting2Live {
  return meeting2LiveFrom(liveOf(doc).get(MEETING2_LIVE_KEY));
}

/** The meeting-2 live state from the stored value, with safe defaults. */
function meeting2LiveFrom(value: unknown): Meeting2Live {
  if (!value || typeof value !== 'object') return MEETING2_LIVE_DEFAULT;
  const v = value as Record<string, unknown>;
  const cell = v.cell as { from?: unknown; to?: unknown } | null | undefined;
  const locks: Partial<Record<RoleGroup, boolean>> = {};
  if (v.locks && typeof v.locks === 'object') {
    for (const [g, on] of Object.entries(v.locks)) if (isRoleGroup(g) && on === true) locks[g] = true;
  }
  return {
    active: v.active === true,
    view: (M2_PLENARY_VIEWS as readonly unknown[]).includes(v.view) ? (v.view as M2PlenaryView) : 'vision',
    caseId: typeof v.caseId === 'string' ? v.caseId : null,
    cell: cell && isRoleGroup(cell.from) && isRoleGroup(cell.to) ? { from: cell.from, to: cell.to } : null,
    presenting: isRoleGroup(v.presenting) ? v.presenting : null,
    locks,
  };
}
