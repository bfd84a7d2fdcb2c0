// SPDX-License-Identifier: EUPL-1.2
/**
 * The live state of a workshop (`w/<id>/live`: step, timer, locks, message, focus, plenary view,
 * settings revision), read from the server-written live document. Nobody but the server writes
 * it, so it is opened read-only: without presence and without an offline copy.
 */
import { useEffect, useState } from 'react';
import { liveDocName } from '../../shared/docNames.js';
import { liveOf, readLive, type LiveState } from '../../shared/liveDoc.js';
import type { DocRoom } from './DocRoom.js';
import type { OpenDoc } from './openDoc.js';
import { openDocEarly, useDocRoom, type OpenDocOptions } from './docRoomHooks.js';
import { sameJson } from './ySnapshot.js';
import { useYSnapshot } from './useYSnapshot.js';

/** The live state before the document arrived: no step, no timer, nothing locked. */
const EMPTY_LIVE: LiveState = { step: null, timer: null, locks: {}, message: null, focus: 'groups', plenaryView: 'horizons', settingsRevision: 0, ownStatementsOnly: false };

/** How the live document opens: only received, no presence, no offline copy. */
const LIVE_OPENING: OpenDocOptions = { localCopy: false };

/** Opens the live document of a workshop (null id: nothing). */
export function useLiveRoom(workshopId: string | null): OpenDoc {
  return useDocRoom(workshopId ? liveDocName(workshopId) : null, LIVE_OPENING);
}

/** Opens the live document before the screen that shows it renders (see openDocEarly). */
export function openLiveEarly(workshopId: string): void {
  openDocEarly(liveDocName(workshopId), LIVE_OPENING);
}

/** The live state of an open live document (re-renders when it changes). */
export function useLiveState(room: DocRoom | null): LiveState {
  return useYSnapshot([room ? liveOf(room.doc) : null], () => (room ? readLive(room.doc) : EMPTY_LIVE), { equals: sameJson }, [room]);
}

/**
 * Whether the live state of this room is known: the server's state arrived once (or the document
 * has content). Before that, the screen should not act on the defaults (e.g. follow the focus).
 */
export function useLiveReady(room: DocRoom | null): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    if (!room) return;
    const check = () => {
      if (room.getState().synced || liveOf(room.doc).size > 0) setReady(true);
    };
    check();
    const unsubscribe = room.subscribe(check);
    room.doc.on('update', check);
    return () => { unsubscribe(); room.doc.off('update', check); };
  }, [room]);
  return ready;
}

/** The live state of a workshop, opening its live document while the screen is shown. */
export function useLive(workshopId: string | null): { live: LiveState; ready: boolean } {
  const { room } = useLiveRoom(workshopId);
  return { live: useLiveState(room), ready: useLiveReady(room) };
}
