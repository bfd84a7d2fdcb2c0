// SPDX-License-Identifier: EUPL-1.2
/**
 * What a meeting-2 role-group document offers (shared/roleGroupDoc.ts), as hooks on the one open
 * hook, so components never touch the Y.Doc: open a role group's room (as a member) or watch all
 * of them (cockpit, beamer), read ambitions and expectations, change them, bind a textarea; and the
 * meeting-2 part of the live state.
 */
import { useCallback, useMemo, useRef } from 'react';
import * as Y from 'yjs';
import type { AwarenessUser } from '../../shared/awareness.js';
import { ROLE_GROUPS, roleDraftDocName, roleGroupDocName, type RoleGroup } from '../../shared/docNames.js';
import { noteEditorIn, type Statement } from '../../shared/groupDoc.js';
import {
  addAmbition, addExpectation, ambitionsOf, endorseRoleStatement, expectationsOf, readRoleGroupDoc, roleStatementsOf,
  type RoleGroupSnapshot, type RoleStatementField,
} from '../../shared/roleGroupDoc.js';
import type { AccessCheck, DocRoom } from './DocRoom.js';
import type { OpenDoc } from './openDoc.js';
import { useDocRoom, useDocRooms } from './docRoomHooks.js';
import type { StatementAuthor } from './groupRoomHooks.js';
import { useMemberRoom } from './memberRoom.js';
import { bindTextarea } from './textareaBinding.js';
import { sameJson } from './ySnapshot.js';
import { nextFrame, useYSnapshot } from './useYSnapshot.js';

/**
 * Opens a role group's room for as long as the calling screen is shown, with presence and an
 * offline copy; `readOnly` (locked) only receives. A change of `reopenKey` (the lock) gives a fresh room.
 */
export function useRoleGroupRoom(
  workshopId: string,
  roleGroup: RoleGroup | null,
  user: AwarenessUser,
  checkAccess: () => Promise<AccessCheck>,
  followSession: (room: DocRoom) => void,
  reopenKey: unknown = 0,
  readOnly = false,
): OpenDoc {
  return useMemberRoom(roleGroup ? roleGroupDocName(workshopId, roleGroup) : null, { user, checkAccess, followSession, reopenKey, readOnly });
}

/** Opens this person's private drafts in their role group (step 1; null participant: none, e.g. the facilitator). */
export function useRoleDraftRoom(workshopId: string, roleGroup: RoleGroup, participantId: string | null): OpenDoc {
  return useDocRoom(participantId ? roleDraftDocName(workshopId, roleGroup, participantId) : null, { localCopy: true });
}

const WATCHING = { localCopy: false, readOnly: true } as const;

/** Opens every role group's document to watch them (in ROLE_GROUPS order; null id: none). */
export function useWatchedRoleGroups(workshopId: string | null): (DocRoom | null)[] {
  const names = useMemo(() => ROLE_GROUPS.map((g) => (workshopId ? roleGroupDocName(workshopId, g) : null)), [workshopId]);
  return useDocRooms(names, WATCHING).rooms;
}

const EMPTY: RoleGroupSnapshot = { ambitions: [], expectations: { raad: [], college: [], ambtenaren: [] } };
const snapshotKey = (s: RoleGroupSnapshot) => {
  const all: Statement<string>[] = [...s.ambitions, ...ROLE_GROUPS.flatMap((g) => s.expectations[g])];
  return JSON.stringify(all.map((st) => [st.id, st.kind, st.authorKey, st.endorsedBy]));
};
/** Text edits are bound per textarea, so they do not re-read the lists. */
const notOnlyTextEdits = (events: Y.YEvent<any>[]) => !events.every((e) => e.path.length >= 2 && e.path[1] === 'text');

/** A member's role group: ambitions and expectations (re-renders on any change but text edits). */
export function useRoleGroupSnapshot(room: DocRoom | null, roleGroup: RoleGroup | null): RoleGroupSnapshot {
  return useYSnapshot(
    [room ? ambitionsOf(room.doc) : null, room ? expectationsOf(room.doc) : null],
    () => (room && roleGroup ? readRoleGroupDoc(room.doc, roleGroup) : EMPTY),
    { relevant: notOnlyTextEdits, equals: (a, b) => a === b || snapshotKey(a) === snapshotKey(b) },
    [room, roleGroup],
  );
}

/** Every watched role group's content, texts included (at most once per frame), in ROLE_GROUPS order. */
export function useRoleGroupSnapshots(rooms: (DocRoom | null)[]): RoleGroupSnapshot[] {
  return useYSnapshot(
    rooms.flatMap((room) => (room ? [ambitionsOf(room.doc), expectationsOf(room.doc)] : [null, null])),
    () => rooms.map((room, i) => (room ? readRoleGroupDoc(room.doc, ROLE_GROUPS[i]) : EMPTY)),
    { equals: sameJson, schedule: nextFrame },
    [rooms],
  );
}

/** Changes to ambitions and expectations, as this person. */
export function useRoleStatementActions(room: DocRoom | null, author: StatementAuthor) {
  const { authorKey, role } = author;
  const addOwnAmbition = useCallback((text: string) => {
    if (room) addAmbition(room.doc, { text, authorKey, authorRole: role });
  }, [room, authorKey, role]);
  const addExpectationOf = useCallback((to: RoleGroup, text: string) => {
    if (room) addExpectation(room.doc, { to, text, authorKey, authorRole: role });
  }, [room, authorKey, role]);
  const remove = useCallback((field: RoleStatementField, id: string) => {
    if (room) roleStatementsOf(room.doc, field).delete(id);
  }, [room]);
  const endorse = useCallback((field: RoleStatementField, id: string, endorsed: boolean) => {
    if (room) endorseRoleStatement(room.doc, field, id, authorKey, endorsed);
  }, [room, authorKey]);
  return { addAmbition: addOwnAmbition, addExpectation: addExpectationOf, remove, endorse };
}

/**
 * A ref callback that binds a textarea to an ambition's or expectation's co-edited text. With
 * `editor` (this person), a change to one they did not write names them among its editors.
 */
export function useRoleStatementTextBinding(room: DocRoom | null, field: RoleStatementField, statementId: string, editor?: StatementAuthor) {
  const cleanup = useRef<(() => void) | null>(null);
  const key = editor?.authorKey;
  const role = editor?.role;
  return useCallback((textarea: HTMLTextAreaElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    const statements = room ? roleStatementsOf(room.doc, field) : null;
    const text = statements?.get(statementId)?.get('text');
    const note = statements && key && role ? () => noteEditorIn(statements, statementId, { key, role }) : undefined;
    if (textarea && text instanceof Y.Text) cleanup.current = bindTextarea(textarea, text, note);
  }, [room, field, statementId, key, role]);
}
