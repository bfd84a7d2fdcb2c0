// SPDX-License-Identifier: EUPL-1.2
/**
 * What a group document offers, as hooks on the one open hook (docRoomHooks), so components never
 * touch the Y.Doc or the provider: open the group room, read its statements and presence, change
 * statements, bind a textarea.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { AwarenessUser } from '../../shared/awareness.js';
import { groupDocName } from '../../shared/docNames.js';
import {
  addStatement, listStatements, noteEditor, removeStatement, setEndorsement, statementText, statementsOf, type Statement,
} from '../../shared/groupDoc.js';
import type { Role } from '../../shared/roles.js';
import type { StatementKind } from '../../shared/statementKinds.js';
import type { AccessCheck, DocRoom } from './DocRoom.js';
import type { OpenDoc } from './openDoc.js';
import { useMemberRoom } from './memberRoom.js';
import { bindTextarea } from './textareaBinding.js';
import { holdTexts } from './heldTexts.js';
import { carryPending, type CarryRule } from './pendingCarry.js';
import { peopleFromAwareness, type PresentPerson } from './presence.js';
import { useYSnapshot } from './useYSnapshot.js';

/**
 * Opens the room of group `group` of a workshop for as long as the calling screen is shown, with
 * presence and an offline copy. A change of `reopenKey` (the group's lock) gives a fresh room when
 * the old one stopped; a room stopped because this person's rights changed is reopened in place
 * when they may still open it (a lock or unlock), instead of reloading the page; otherwise the
 * stop's follow-up runs (`followSession`: go where the session now belongs). A `readOnly` room (a
 * locked member) only receives: it never sends a change (receiveOnly.ts). A room whose change the
 * server refused (typed as the facilitator allowed own statements only, or offline meanwhile) is
 * reopened in place: what it held beyond the server is carried over under `carryRule` (what this
 * person may send now); what may no longer be sent is held for the screen to show (heldTexts.ts).
 */
export function useGroupRoom(
  workshopId: string,
  group: number,
  user: AwarenessUser,
  checkAccess: () => Promise<AccessCheck>,
  followSession: (room: DocRoom) => void,
  reopenKey: unknown = 0,
  readOnly = false,
  carryRule?: Omit<CarryRule, 'holdAll'>,
): OpenDoc {
  const ruleRef = useRef(carryRule);
  ruleRef.current = carryRule;
  const docName = groupDocName(workshopId, group);
  return useMemberRoom(docName, {
    user, checkAccess, followSession, reopenKey, readOnly,
    reconcile: carryRule ? (doc, previous, refusedAgain) => {
      const rule = ruleRef.current;
      if (rule) holdTexts(docName, carryPending(doc, previous, { ...rule, holdAll: refusedAgain }));
    } : undefined,
  });
}

const NO_STATEMENTS: Statement[] = [];
const statementsKey = (list: Statement[]) => JSON.stringify(list.map((s) => [s.id, s.kind, s.authorKey, s.authorRole, s.endorsedBy, s.editors]));
/** Text edits are bound per textarea, so they do not re-read the list. */
const notOnlyTextEdits = (events: Y.YEvent<any>[]) => !events.every((e) => e.path.length >= 2 && e.path[1] === 'text');

/** All statements of a room, oldest first (re-renders when any statement changes, but not for text edits). */
export function useStatements(room: DocRoom | null): Statement[] {
  return useYSnapshot(
    [room ? statementsOf(room.doc) : null],
    () => (room ? listStatements(room.doc) : NO_STATEMENTS),
    { relevant: notOnlyTextEdits, equals: (a, b) => a === b || statementsKey(a) === statementsKey(b) },
    [room],
  );
}

/** Who this person is, for writing statements and endorsements. */
export interface StatementAuthor { authorKey: string; role: Role }

/** Changes to statements, as this person. */
export function useStatementActions(room: DocRoom | null, author: StatementAuthor) {
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

/**
 * A ref callback that binds a textarea to a statement's co-edited text. With `editor` (this person),
 * each change of a statement they did not write names them among its editors, in the same change.
 */
export function useStatementTextBinding(room: DocRoom | null, statementId: string, editor?: StatementAuthor) {
  const cleanup = useRef<(() => void) | null>(null);
  const key = editor?.authorKey;
  const role = editor?.role;
  return useCallback((textarea: HTMLTextAreaElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    const text = room ? statementText(room.doc, statementId) : null;
    const note = room && key && role ? () => noteEditor(room.doc, statementId, { key, role }) : undefined;
    if (textarea && text) cleanup.current = bindTextarea(textarea, text, note);
  }, [room, statementId, key, role]);
}

/** The people in the room now, one entry per person. */
export function usePresence(room: DocRoom | null): PresentPerson[] {
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
