// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearDraft, readDraft, revealInto, stepRevealsDrafts } from './draftDoc.js';
import { addStatement, listStatements, setEndorsement, statementsOf } from './groupDoc.js';
import { DEFAULT_LIMITS } from './limits.js';

const anna = { authorKey: 'k_anna', role: 'raadslid' as const };

/** A draft as a client writes it: the author fields are whatever the client put there. */
function draftWith(...texts: string[]): Y.Doc {
  const doc = new Y.Doc();
  texts.forEach((text, i) => addStatement(doc, { id: `s_${i + 1}`, kind: 'openStaan', text, authorKey: 'vervalst', authorRole: 'griffier', createdAt: 1000 + i }));
  return doc;
}

describe('the reveal of a draft', () => {
  it('happens when the step leaves "write" for another step, and only then', () => {
    expect(stepRevealsDrafts('write', 'reveal')).toBe(true);
    expect(stepRevealsDrafts('write', 'horizon')).toBe(true);
    expect(stepRevealsDrafts('reveal', 'endorse')).toBe(false);
    expect(stepRevealsDrafts(null, 'write')).toBe(false);
    expect(stepRevealsDrafts('write', 'write')).toBe(false);
    expect(stepRevealsDrafts('write', null)).toBe(false);
  });

  it('copies id, kind, text and time into the group, as the owner\'s, without endorsements', () => {
    const group = new Y.Doc();
    const draft = draftWith('Wij luisteren eerst.');
    setEndorsement(draft, 's_1', 'k_iemand', true);
    expect(revealInto(group, anna, readDraft(draft).statements, 5000)).toBe(1);
    expect(listStatements(group)).toEqual([
      { id: 's_1', kind: 'openStaan', text: 'Wij luisteren eerst.', authorKey: 'k_anna', authorRole: 'raadslid', createdAt: 1000, endorsedBy: [], editors: [] },
    ]);
  });

  it('never adds a statement twice, so an interrupted reveal can run again', () => {
    const group = new Y.Doc();
    const draft = draftWith('Een', 'Twee');
    const { statements } = readDraft(draft);
    expect(revealInto(group, anna, statements.slice(0, 1), 5000)).toBe(1);
    expect(revealInto(group, anna, statements, 5000)).toBe(1);
    expect(listStatements(group).map((s) => s.text)).toEqual(['Een', 'Twee']);
  });

  it('leaves out empty statements and entries whose id is not their key or not a sane id', () => {
    const draft = draftWith('Goed', '   ');
    const odd = new Y.Map<unknown>();
    statementsOf(draft).set('s_odd', odd);
    addStatement(draft, { id: 'x y', kind: 'loslaten', text: 'Raar id', authorKey: 'k', authorRole: 'raadslid' });
    const moved = statementsOf(draft).get('s_1')!;
    statementsOf(draft).set('s_other', moved.clone());
    const content = readDraft(draft);
    expect(content.statements.map((s) => s.text)).toEqual(['Goed']);
    expect(content.keys.sort()).toEqual(['s_1', 's_2', 's_odd', 's_other', 'x y']);
  });

  it('cuts a long text to the limit and dates a statement without a time at the reveal', () => {
    const draft = new Y.Doc();
    addStatement(draft, { id: 's_long', kind: 'cultuur', text: 'a'.repeat(DEFAULT_LIMITS.maxStatementChars + 50), authorKey: 'k', authorRole: 'raadslid', createdAt: 0 });
    const group = new Y.Doc();
    revealInto(group, anna, readDraft(draft).statements, 7777);
    const [shown] = listStatements(group);
    expect(shown.text).toHaveLength(DEFAULT_LIMITS.maxStatementChars);
    expect(shown.createdAt).toBe(7777);
  });

  it('empties the draft of every entry it saw, revealed or not', () => {
    const draft = draftWith('Een', '  ');
    clearDraft(draft, readDraft(draft).keys);
    expect(statementsOf(draft).size).toBe(0);
  });
});
