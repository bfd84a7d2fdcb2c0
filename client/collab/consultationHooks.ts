// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation document (`w/<id>/consultation`): written only by the server, so every browser
 * opens it read-only (receive only, no offline copy, no presence). Comments appear live for the
 * facilitator and, when replies are allowed, for other commenters.
 */
import { consultationDocName } from '../../shared/docNames.js';
import {
  consultationAnswersOf, consultationCommentsOf, consultationMetaOf, readConsultation, type ConsultationSnapshot,
} from '../../shared/consultationDoc.js';
import type { DocRoom } from './DocRoom.js';
import { useDocRoom } from './docRoomHooks.js';
import { sameJson } from './ySnapshot.js';
import { useYSnapshot } from './useYSnapshot.js';

const EMPTY: ConsultationSnapshot = { meta: null, comments: [], answers: [] };

/** Opens the consultation document to read it (null id: nothing). */
function useConsultationRoom(workshopId: string | null): DocRoom | null {
  return useDocRoom(workshopId ? consultationDocName(workshopId) : null, { localCopy: false, readOnly: true }).room;
}

/** The consultation as plain data, live (empty until it arrives; null id: nothing opened). */
export function useLiveConsultation(workshopId: string | null): ConsultationSnapshot {
  const room = useConsultationRoom(workshopId);
  return useYSnapshot(
    room ? [consultationMetaOf(room.doc), consultationCommentsOf(room.doc), consultationAnswersOf(room.doc)] : [],
    () => (room ? readConsultation(room.doc) : EMPTY),
    { equals: sameJson },
    [room],
  );
}
