// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planReveal } from './draftDoc.js';
import { richTextProblem } from './editor/richTextRules.js';
import { addStatement, horizonOf, statementProblem, statementsOf, type Statement } from './groupDoc.js';
import { DEFAULT_LIMITS } from './limits.js';

const author = { authorKey: 'k_anna', role: 'raadslid' as const };

function statementDoc(text = 'Wij luisteren eerst'): { doc: Y.Doc; id: string } {
  const doc = new Y.Doc();
  const id = addStatement(doc, { kind: 'openStaan', text, authorKey: author.authorKey, authorRole: author.role });
  return { doc, id };
}

describe('the statement shape', () => {
  it('accepts what addStatement writes', () => {
    const { doc, id } = statementDoc();
    expect(statementProblem(statementsOf(doc).get(id), id, DEFAULT_LIMITS.maxStatementChars)).toBeNull();
  });

  it('refuses an unknown field, an unknown role, a wrong id and overlong or formatted text', () => {
    const problem = (change: (entry: Y.Map<unknown>) => void, text?: string) => {
      const { doc, id } = statementDoc(text);
      change(statementsOf(doc).get(id)!);
      return statementProblem(statementsOf(doc).get(id), id, DEFAULT_LIMITS.maxStatementChars);
    };
    expect(problem((e) => e.set('html', '<b>'))).toMatch(/unknown field/);
    expect(problem((e) => e.set('authorRole', '<img src=x>'))).toMatch(/role/);
    expect(problem((e) => e.set('id', 'other'))).toMatch(/id/);
    expect(problem(() => undefined, 'x'.repeat(601))).toMatch(/longer/);
    expect(problem((e) => (e.get('text') as Y.Text).format(0, 3, { bold: true }))).toMatch(/plain/);
  });
});

describe('the rich-text rules', () => {
  it('accept the schema\'s nodes and attributes, and refuse anything else', () => {
    const doc = new Y.Doc();
    const p = new Y.XmlElement('paragraph');
    p.setAttribute('passage', 'p_1');
    p.insert(0, [new Y.XmlText('Stip')]);
    const iframe = new Y.XmlElement('iframe');
    const clicky = new Y.XmlElement('paragraph');
    clicky.setAttribute('onclick', 'alert(1)');
    horizonOf(doc).push([p, iframe, clicky]);
    const [good, bad, worse] = horizonOf(doc).toArray();
    expect(richTextProblem(good, 16)).toBeNull();
    expect(richTextProblem(bad, 16)).toMatch(/iframe/);
    expect(richTextProblem(worse, 16)).toMatch(/onclick/);
  });
});

describe('the reveal plan', () => {
  it('takes no more than the author may still have in the group document and says how many it skips', () => {
    const group = new Y.Doc();
    for (let i = 0; i < DEFAULT_LIMITS.maxStatementsPerAuthor - 2; i++) addStatement(group, { kind: 'cultuur', text: `al ${i}`, ...author, authorRole: author.role });
    const drafts: Statement[] = Array.from({ length: 5 }, (_, i) => ({
      id: `s_draft${i}`, kind: 'loslaten', text: `klad ${i}`, authorKey: 'ignored', authorRole: 'raadslid', createdAt: 1, endorsedBy: [], editors: [],
    }));
    const plan = planReveal(group, author, drafts);
    expect(plan.take.map((s) => s.id)).toEqual(['s_draft0', 's_draft1']);
    expect(plan.skipped).toBe(3);
  });
});
