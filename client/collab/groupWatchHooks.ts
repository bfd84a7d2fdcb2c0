// SPDX-License-Identifier: EUPL-1.2
/**
 * Watching the three breakout groups from the cockpit, the merge view and the big screen: each
 * group document opened through the one open hook without presence (the watcher does not show up
 * in the group) and without an offline copy. Statements, presence and the horizon are read with
 * the usual hooks, or for all groups at once with the hooks below.
 */
import { useMemo } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { GROUP_COUNT, groupDocName } from '../../shared/docNames.js';
import { listStatements, statementsOf, type Statement } from '../../shared/groupDoc.js';
import type { DocRoom } from './DocRoom.js';
import type { OpenDoc } from './openDoc.js';
import { useDocRoom, useDocRooms } from './docRoomHooks.js';
import { readRichText, sameRichText } from './richTextHooks.js';
import { sameJson, sameList } from './ySnapshot.js';
import { nextFrame, useYSnapshot } from './useYSnapshot.js';

const GROUPS = Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);
/** Watching screens (cockpit, merge view, beamer) only receive: they never send a change (receiveOnly.ts). */
const WATCHING = { localCopy: false, readOnly: true } as const;

/** Opens one group's document to watch it (null group: nothing). */
export function useWatchedGroup(workshopId: string, group: number | null): OpenDoc {
  return useDocRoom(group === null ? null : groupDocName(workshopId, group), WATCHING);
}

/** Opens every group's document to watch them (index 0 is group 1; null id: none). */
export function useWatchedGroups(workshopId: string | null): (DocRoom | null)[] {
  const names = useMemo(() => GROUPS.map((g) => (workshopId ? groupDocName(workshopId, g) : null)), [workshopId]);
  return useDocRooms(names, WATCHING).rooms;
}

/** The statements of several rooms (re-renders when any changes, including text edits; at most once per frame). */
export function useStatementsOfRooms(rooms: (DocRoom | null)[]): Statement[][] {
  return useYSnapshot(
    rooms.map((room) => (room ? statementsOf(room.doc) : null)),
    () => rooms.map((room) => (room ? listStatements(room.doc) : [])),
    { equals: sameJson, schedule: nextFrame },
    [rooms],
  );
}

/** One rich-text field of several rooms as ProseMirror nodes (null where absent or unreadable; at most once per frame). */
export function useRichTextOfRooms(rooms: (DocRoom | null)[], field: string): (ProseMirrorNode | null)[] {
  const states = useYSnapshot(
    rooms.map((room) => (room ? room.doc.getXmlFragment(field) : null)),
    () => rooms.map((room) => readRichText(room, field)),
    { equals: sameList(sameRichText), schedule: nextFrame },
    [rooms, field],
  );
  return useMemo(() => states.map((s) => s.node), [states]);
}
