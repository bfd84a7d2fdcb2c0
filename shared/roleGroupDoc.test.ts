// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { statementProblem } from './groupDoc.js';
import {
  addAmbition, addExpectation, AMBITION_KIND, ambitionsOf, endorseRoleStatement, expectationsOf, otherRoleGroups, readRoleGroupDoc,
  roleGroupRules, roleStatementsOf, sourceExists, sourceRoleGroup, ROLE_GROUP_FIELDS,
} from './roleGroupDoc.js';

const author = { authorKey: 'k_anna', authorRole: 'raadslid' } as const;

describe('the role-group document', () => {
  it('holds ambitions and expectations of the other groups, each with a stable id', () => {
    const doc = new Y.Doc();
    const a = addAmbition(doc, { ...author, text: 'We luisteren eerst' });
    const e = addExpectation(doc, { ...author, to: 'ambtenaren', text: 'Kom vroeg met dilemma’s' });
    endorseRoleStatement(doc, 'ambitions', a, 'k_bram', true);
    const snap = readRoleGroupDoc(doc, 'raad');
    expect(snap.ambitions.map((s) => [s.id, s.kind, s.text, s.endorsedBy])).toEqual([[a, AMBITION_KIND, 'We luisteren eerst', ['k_bram']]]);
    expect(snap.expectations.ambtenaren.map((s) => s.id)).toEqual([e]);
    expect(snap.expectations.raad).toEqual([]);
    expect(roleStatementsOf(doc, 'expectations')).toBe(expectationsOf(doc));
    expect(ambitionsOf(doc).size).toBe(1);
  });

  it('drops an expectation of the own group from the snapshot', () => {
    const doc = new Y.Doc();
    addExpectation(doc, { ...author, to: 'raad', text: 'aan onszelf' });
    expect(readRoleGroupDoc(doc, 'raad').expectations.raad).toEqual([]);
  });

  it('has rules that allow expectations only of the two other groups', () => {
    expect(otherRoleGroups('college')).toEqual(['raad', 'ambtenaren']);
    const field = roleGroupRules('college').fields[ROLE_GROUP_FIELDS.expectations];
    expect(field.kind === 'statements' && field.statements.kinds).toEqual(['raad', 'ambtenaren']);
    const doc = new Y.Doc();
    const own = addExpectation(doc, { ...author, to: 'college', text: 'x' });
    const other = addExpectation(doc, { ...author, to: 'raad', text: 'y' });
    const kinds = field.kind === 'statements' ? field.statements.kinds : [];
    expect(statementProblem(expectationsOf(doc).get(own), own, 600, kinds)).toBe('statement kind unknown');
    expect(statementProblem(expectationsOf(doc).get(other), other, 600, kinds)).toBeNull();
    const a = addAmbition(doc, { ...author, text: 'z' });
    expect(statementProblem(ambitionsOf(doc).get(a), a, 600)).toBe('statement kind unknown');
  });

  it('tells whether a source still exists, and in which group it lives', () => {
    const doc = new Y.Doc();
    const a = addAmbition(doc, { ...author, text: 'We luisteren eerst' });
    const e = addExpectation(doc, { ...author, to: 'college', text: 'Heldere kaders' });
    const snap = readRoleGroupDoc(doc, 'raad');
    expect(sourceExists(snap, { kind: 'ambition', roleGroup: 'raad', statementId: a, quote: '' })).toBe(true);
    expect(sourceExists(snap, { kind: 'expectation', from: 'raad', to: 'college', statementId: e, quote: '' })).toBe(true);
    expect(sourceExists(snap, { kind: 'expectation', from: 'raad', to: 'ambtenaren', statementId: e, quote: '' })).toBe(false);
    expect(sourceRoleGroup({ kind: 'expectation', from: 'ambtenaren', to: 'college', statementId: e, quote: '' })).toBe('ambtenaren');
  });
});
