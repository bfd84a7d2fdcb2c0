// SPDX-License-Identifier: EUPL-1.2
/**
 * A group at a glance for the cockpit: statements per part, endorsements, and when something last
 * happened (the newest statement or endorsement time in the document, or a change seen live).
 */
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { statementsOf, type Statement } from '../../shared/groupDoc.js';
import { STATEMENT_KINDS, type StatementKind } from '../../shared/statementKinds.js';
import type { DocRoom } from './DocRoom.js';

/** Counts of one group's statements. */
export interface GroupCounts { perKind: Record<StatementKind, number>; total: number; endorsements: number }

/** Counts statements per part and all endorsements. */
export function countStatements(statements: readonly Statement[]): GroupCounts {
  const perKind = Object.fromEntries(STATEMENT_KINDS.map((k) => [k, 0])) as Record<StatementKind, number>;
  let endorsements = 0;
  for (const s of statements) {
    perKind[s.kind] += 1;
    endorsements += s.endorsedBy.length;
  }
  return { perKind, total: statements.length, endorsements };
}

/** The newest time (epoch ms) written in a group document: a statement's creation or an endorsement. */
export function newestRecordedTime(doc: Y.Doc): number | null {
  let newest: number | null = null;
  const see = (v: unknown) => { if (typeof v === 'number' && Number.isFinite(v) && (newest === null || v > newest)) newest = v; };
  statementsOf(doc).forEach((entry) => {
    if (!(entry instanceof Y.Map)) return;
    see(entry.get('createdAt'));
    const endorsements = entry.get('endorsements');
    if (endorsements instanceof Y.Map) endorsements.forEach(see);
  });
  return newest;
}

/** When something last happened in a group room (epoch ms of this device, null: nothing yet). */
export function useLastActivity(room: DocRoom | null): number | null {
  const [last, setLast] = useState<number | null>(null);
  useEffect(() => {
    if (!room) { setLast(null); return; }
    let recorded = newestRecordedTime(room.doc);
    let seen: number | null = null;
    const publish = () => setLast(recorded === null ? seen : seen === null ? recorded : Math.max(recorded, seen));
    const onUpdate = () => {
      recorded = newestRecordedTime(room.doc);
      if (room.getState().synced) seen = Date.now();
      publish();
    };
    publish();
    room.doc.on('update', onUpdate);
    return () => room.doc.off('update', onUpdate);
  }, [room]);
  return last;
}
