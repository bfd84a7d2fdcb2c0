/**
 * Watching the three breakout groups from the cockpit, the merge view and the big screen: each
 * group document opened without presence (the watcher does not show up in the group) and without
 * an offline copy. Statements, presence and the horizon are read with the usual hooks.
 */
import { useEffect, useState } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { GROUP_COUNT, groupDocName } from '../../shared/docNames.js';
import { listStatements, statementsOf, type Statement } from '../../shared/groupDoc.js';
import { fragmentToNode } from '../../shared/editor/schema.js';
import type { GroupRoom } from './GroupRoom.js';
import { sessionAccessCheck, useDocRoom } from './docRoomHooks.js';
import { acquireGroupRoom, releaseGroupRoom } from './roomRegistry.js';

const GROUPS = Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);

/** Opens one group's document to watch it (null group: nothing). */
export function useWatchedGroup(workshopId: string, group: number | null): GroupRoom | null {
  return useDocRoom(group === null ? null : groupDocName(workshopId, group), { localCopy: false });
}

/** Opens every group's document to watch them (index 0 is group 1; null id: none). */
export function useWatchedGroups(workshopId: string | null): (GroupRoom | null)[] {
  const [rooms, setRooms] = useState<(GroupRoom | null)[]>(() => GROUPS.map(() => null));
  useEffect(() => {
    if (!workshopId) { setRooms(GROUPS.map(() => null)); return; }
    const opened = GROUPS.map((g) => acquireGroupRoom(groupDocName(workshopId, g), {
      user: { name: '', role: 'facilitator', color: '' }, presence: false, localCopy: false, readOnly: true, checkAccess: sessionAccessCheck,
    }));
    setRooms(opened);
    return () => opened.forEach(releaseGroupRoom);
  }, [workshopId]);
  return rooms;
}

/** The statements of several rooms (re-renders when any changes, including text edits). */
export function useStatementsOfRooms(rooms: (GroupRoom | null)[]): Statement[][] {
  const [lists, setLists] = useState<Statement[][]>(() => rooms.map(() => []));
  useEffect(() => {
    const read = () => setLists(rooms.map((room) => (room ? listStatements(room.doc) : [])));
    let frame: number | null = null;
    const schedule = () => { if (frame === null) frame = requestAnimationFrame(() => { frame = null; read(); }); };
    read();
    const maps = rooms.map((room) => (room ? statementsOf(room.doc) : null));
    maps.forEach((m) => m?.observeDeep(schedule));
    return () => {
      maps.forEach((m) => m?.unobserveDeep(schedule));
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [rooms]);
  return lists;
}

/** One rich-text field of several rooms as ProseMirror nodes (null where absent or unreadable). */
export function useRichTextOfRooms(rooms: (GroupRoom | null)[], field: string): (ProseMirrorNode | null)[] {
  const [nodes, setNodes] = useState<(ProseMirrorNode | null)[]>(() => rooms.map(() => null));
  useEffect(() => {
    const readOne = (room: GroupRoom | null) => {
      if (!room) return null;
      try { return fragmentToNode(room.doc.getXmlFragment(field)); } catch { return null; }
    };
    let frame: number | null = null;
    const read = () => { frame = null; setNodes(rooms.map(readOne)); };
    const schedule = () => { if (frame === null) frame = requestAnimationFrame(read); };
    read();
    const fragments = rooms.map((room) => room?.doc.getXmlFragment(field) ?? null);
    fragments.forEach((f) => f?.observeDeep(schedule));
    return () => {
      fragments.forEach((f) => f?.unobserveDeep(schedule));
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [rooms, field]);
  return nodes;
}
