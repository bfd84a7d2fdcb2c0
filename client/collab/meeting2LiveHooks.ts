// SPDX-License-Identifier: EUPL-1.2
/**
 * The meeting-2 part of the live document (current meeting, plenary view, role-group locks) as a
 * hook; apart from roleGroupHooks.ts so a meeting-1 group room, which only follows the switch to
 * meeting 2, does not download the role-group documents' code.
 */
import { liveOf } from '../../shared/liveDoc.js';
import { MEETING2_LIVE_DEFAULT, readMeeting2Live, type Meeting2Live } from '../../shared/meeting2Live.js';
import type { DocRoom } from './DocRoom.js';
import { useLiveRoom } from './liveHooks.js';
import { sameJson } from './ySnapshot.js';
import { useYSnapshot } from './useYSnapshot.js';

/** The meeting-2 part of an open live document. */
function useMeeting2LiveState(room: DocRoom | null): Meeting2Live {
  return useYSnapshot([room ? liveOf(room.doc) : null], () => (room ? readMeeting2Live(room.doc) : MEETING2_LIVE_DEFAULT), { equals: sameJson }, [room]);
}

/** The meeting-2 live state of a workshop (current meeting, plenary view, role-group locks). */
export function useMeeting2Live(workshopId: string | null): Meeting2Live {
  return useMeeting2LiveState(useLiveRoom(workshopId).room);
}
