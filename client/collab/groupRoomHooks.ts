/**
 * React hooks over a group room, so components never touch the Y.Doc or the provider: open the
 * room, read its connection state, statements and presence, change statements, bind a textarea.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { AwarenessUser } from '../../shared/awareness.js';
import { groupDocName } from '../../shared/docNames.js';
import {
  addStatement, listStatements, removeStatement, setEndorsement, statementText, statementsOf, type Statement,
} from '../../shared/groupDoc.js';
import type { Role } from '../../shared/roles.js';
import type { StatementKind } from '../../shared/statementKinds.js';
import type { AccessCheck, GroupRoom } from './GroupRoom.js';
import type { ConnectionState } from './connectionState.js';
import type { RoomStop } from './closeHandling.js';
import { initialConnectionState } from './connectionState.js';
import { acquireGroupRoom, releaseGroupRoom } from './roomRegistry.js';
import { runStopEffects } from './roomStopEffects.js';
import { mayReopen } from './reopenGuard.js';
import { bindTextarea } from './textareaBinding.js';
import { peopleFromAwareness, type PresentPerson } from './presence.js';

/**
 * Opens the room of group `group` of a workshop for as long as the calling screen is shown.
 * A change of `reopenKey` (the group's lock) gives a fresh room when the old one stopped; a room
 * stopped because this person's rights changed is reopened in place when they may still open it
 * (a lock or unlock), instead of reloading the page. A `readOnly` room (a locked member) only
 * receives: it never sends a change (receiveOnly.ts).
 */
export function useGroupRoom(
  workshopId: string,
  group: number,
  user: AwarenessUser,
  checkAccess: () => Promise<AccessCheck>,
  reopenKey: unknown = 0,
  readOnly = false,
): { room: GroupRoom | null; autoReload: boolean } {
  const [room, setRoom] = useState<GroupRoom | null>(null);
  const [autoReload, setAutoReload] = useState(false);
  const [generation, setGeneration] = useState(0);
  const reopens = useRef<number[]>([]);
  const checkRef = useRef(checkAccess);
  checkRef.current = checkAccess;
  const docName = groupDocName(workshopId, group);
  const { name, role, color } = user;
  useEffect(() => {
    const onStop = (stop: RoomStop, stoppedRoom: GroupRoom) => {
      if (stop !== 'permissionChanged' || !mayReopen(reopens.current)) return setAutoReload(runStopEffects(stop, stoppedRoom));
      void checkRef.current().then(
        (answer) => (answer === 'ok' ? setGeneration((g) => g + 1) : setAutoReload(runStopEffects(stop, stoppedRoom))),
        () => setAutoReload(runStopEffects(stop, stoppedRoom)),
      );
    };
    const opened = acquireGroupRoom(docName, { user: { name, role, color }, readOnly, checkAccess: () => checkRef.current(), onStop });
    setRoom(opened);
    return () => releaseGroupRoom(opened);
  }, [docName, name, role, color, readOnly, reopenKey, generation]);
  return { room, autoReload };
}

/** The connection state of a room (re-renders on change). */
export function useConnectionState(room: GroupRoom | null): ConnectionState {
  return useSyncExternalStore(
    room ? room.subscribe : noopSubscribe,
    room ? room.getState : () => initialConnectionState,
  );
}

const noopSubscribe = () => () => undefined;

/** All statements of a room, oldest first (re-renders when any statement changes). */
export function useStatements(room: GroupRoom | null): Statement[] {
  const [statements, setStatements] = useState<Statement[]>([]);
  useEffect(() => {
    if (!room) return setStatements([]);
    const map = statementsOf(room.doc);
    let lastKey = '';
    const refresh = () => {
      const next = listStatements(room.doc);
      const key = JSON.stringify(next.map((s) => [s.id, s.kind, s.authorKey, s.authorRole, s.endorsedBy]));
      if (key !== lastKey) { lastKey = key; setStatements(next); }
    };
    refresh();
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (events.every((e) => e.path.length >= 2 && e.path[1] === 'text')) return; // text edits are bound per textarea
      refresh();
    };
    map.observeDeep(observer);
    return () => map.unobserveDeep(observer);
  }, [room]);
  return statements;
}

/** Who this person is, for writing statements and endorsements. */
export interface StatementAuthor { authorKey: string; role: Role }

/** Changes to statements, as this person. */
export function useStatementActions(room: GroupRoom | null, author: StatementAuthor) {
  const { authorKey, role } = author;
  const add = useCallback((kind: StatementKind, text: string) => {
    if (room) addStatement(room.doc, { kind, text, authorKey, authorRole: role });
  }, [room, authorKey, role]);
  const remove = useCallback((id: string) => { if (room) removeStatement(room.doc, id); }, [room]);
  const setEndorsed = useCallback((id: string, endorsed: boolean) => {
    if (room) setEndorsement(room.doc, id, authorKey, endorsed);
  }, [room, authorKey]);
  return { add, remove, setEndorsed };
}

/** A ref callback that binds a textarea to a statement's co-edited text. */
export function useStatementTextBinding(room: GroupRoom | null, statementId: string) {
  const cleanup = useRef<(() => void) | null>(null);
  return useCallback((textarea: HTMLTextAreaElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    const text = room ? statementText(room.doc, statementId) : null;
    if (textarea && text) cleanup.current = bindTextarea(textarea, text);
  }, [room, statementId]);
}

/** The people in the room now, one entry per person. */
export function usePresence(room: GroupRoom | null): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  useEffect(() => {
    if (!room) return setPeople([]);
    const awareness = room.provider.awareness;
    let lastKey = '';
    const refresh = () => {
      const next = peopleFromAwareness(awareness.getStates(), awareness.clientID);
      const key = next.map((p) => `${p.key}:${p.isSelf}`).join('|');
      if (key !== lastKey) { lastKey = key; setPeople(next); }
    };
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [room]);
  return people;
}
