// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, listStatements, setEndorsement } from '../../shared/groupDoc.js';
import { countStatements, newestRecordedTime } from './groupActivity.js';
import { mayReopen } from './reopenGuard.js';

describe('a group at a glance', () => {
  it('counts statements per part and all endorsements', () => {
    const doc = new Y.Doc();
    const a = addStatement(doc, { kind: 'loslaten', text: 'A', authorKey: 'k1', authorRole: 'raadslid', createdAt: 10 });
    addStatement(doc, { kind: 'loslaten', text: 'B', authorKey: 'k2', authorRole: 'ambtenaar', createdAt: 20 });
    addStatement(doc, { kind: 'cultuur', text: 'C', authorKey: 'k2', authorRole: 'ambtenaar', createdAt: 30 });
    setEndorsement(doc, a, 'k2', true);
    setEndorsement(doc, a, 'k3', true);
    expect(countStatements(listStatements(doc))).toEqual({ perKind: { openStaan: 0, loslaten: 2, cultuur: 1 }, total: 3, endorsements: 2 });
  });

  it('knows when the newest statement or endorsement was written', () => {
    const doc = new Y.Doc();
    expect(newestRecordedTime(doc)).toBeNull();
    const a = addStatement(doc, { kind: 'openStaan', text: 'A', authorKey: 'k1', authorRole: 'raadslid', createdAt: 1_000 });
    expect(newestRecordedTime(doc)).toBe(1_000);
    setEndorsement(doc, a, 'k2', true);
    expect(newestRecordedTime(doc)!).toBeGreaterThan(1_000);
  });
});

describe('reopening a room after a lock or unlock', () => {
  it('is allowed a few times per minute, and again after a minute', () => {
    const log: number[] = [];
    const allowed = Array.from({ length: 8 }, (_, i) => mayReopen(log, 1_000 + i));
    expect(allowed.filter(Boolean)).toHaveLength(6);
    expect(mayReopen(log, 1_000 + 61_000)).toBe(true);
  });
});
