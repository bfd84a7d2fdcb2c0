// SPDX-License-Identifier: EUPL-1.2
/**
 * The global vision (`w/<id>/vision`): opened read-only by participants and the big screen
 * (no presence, no offline copy), and for writing by the facilitator in the merge view. Hooks
 * read its provenance (which group statements each passage came from) and change it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AwarenessUser } from '../../shared/awareness.js';
import { visionDocName } from '../../shared/docNames.js';
import {
  addSources, provenanceOf, readProvenance, statementsTakenUp, type SourceRef,
} from '../../shared/visionDoc.js';
import type { DocRoom } from './DocRoom.js';
import type { RoomStop } from './closeHandling.js';
import type { OpenDoc } from './openDoc.js';
import { openDocEarly, useDocRoom, type OpenDocOptions } from './docRoomHooks.js';
import { sameJson } from './ySnapshot.js';
import { useYSnapshot } from './useYSnapshot.js';

/** How a reader opens the vision: only received, no presence, no offline copy. */
const READER_OPENING: OpenDocOptions = { localCopy: false };

/** Opens the vision to read it (null id: nothing). */
export function useVisionReader(workshopId: string | null): OpenDoc {
  return useDocRoom(workshopId ? visionDocName(workshopId) : null, READER_OPENING);
}

/** Opens the vision to read it before the screen that shows it renders (see openDocEarly). */
export function openVisionReaderEarly(workshopId: string): void {
  openDocEarly(visionDocName(workshopId), READER_OPENING);
}

/** Opens the vision to write it, shown in presence (the facilitator's merge view). */
export function useVisionWriter(workshopId: string, user: AwarenessUser, onStop?: (stop: RoomStop, room: DocRoom) => void): OpenDoc {
  return useDocRoom(visionDocName(workshopId), { localCopy: true, user, onStop });
}

const NO_PROVENANCE: Record<string, SourceRef[]> = {};

/** Passage id -> its sources (re-renders when provenance changes). */
export function useProvenance(room: DocRoom | null): Record<string, SourceRef[]> {
  return useYSnapshot([room ? provenanceOf(room.doc) : null], () => (room ? readProvenance(room.doc) : NO_PROVENANCE), { equals: sameJson }, [room]);
}

/** Keys `<group>:<statementId>` of the statements taken up in the vision. */
export function useTakenUp(room: DocRoom | null): Set<string> {
  const provenance = useProvenance(room);
  const [takenUp, setTakenUp] = useState(() => statementsTakenUp(provenance));
  useEffect(() => {
    const next = statementsTakenUp(provenance);
    setTakenUp((prev) => (sameSet(prev, next) ? prev : next));
  }, [provenance]);
  return takenUp;
}

/** Records where passages came from (the facilitator's merge view). */
export function useProvenanceActions(room: DocRoom | null) {
  const add = useCallback((passageId: string, sources: SourceRef[]) => {
    if (room && sources.length) addSources(room.doc, passageId, sources);
  }, [room]);
  return { addSources: add };
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
