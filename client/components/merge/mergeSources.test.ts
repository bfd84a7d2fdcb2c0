// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../../shared/editor/schema.js';
import type { Statement } from '../../../shared/groupDoc.js';
import { horizonItems, mostEndorsed, sourceNow, statementItem, suggestionsFor } from './mergeSources.js';
import { parseDraggedKeys } from '../../editor/sourceDrag.js';

const statement = (id: string, kind: Statement['kind'], text: string, endorsers = 0): Statement => ({
  id, kind, text, authorKey: 'a', authorRole: 'raadslid', createdAt: 1, endorsedBy: Array.from({ length: endorsers }, (_, i) => `k${i}`), editors: [],
});

describe('source items of the merge view', () => {
  it('make a statement a source with its provenance reference, section and endorsements', () => {
    const item = statementItem(2, statement('s_1', 'loslaten', 'Minder regels', 3));
    expect(item).toMatchObject({ key: 's:2:s_1', group: 2, section: 'loslaten', endorsements: 3, text: 'Minder regels' });
    expect(item.ref).toEqual({ kind: 'statement', group: 2, statementId: 's_1', statementKind: 'loslaten', quote: 'Minder regels' });
  });

  it('make each non-empty paragraph of a horizon a source, once', () => {
    const horizon = editorSchema.nodeFromJSON({ type: 'doc', content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Samen  de buurt maken.' }] },
      { type: 'paragraph' },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vertrouwen' }] }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Vertrouwen' }] },
    ] });
    const items = horizonItems(1, horizon);
    expect(items.map((i) => i.text)).toEqual(['Samen de buurt maken.', 'Vertrouwen']);
    expect(items[0].ref).toEqual({ kind: 'horizon', group: 1, quote: 'Samen de buurt maken.' });
    expect(items[0].section).toBe('horizon');
  });

  it('suggest statements of different groups that say the same, and never crash on an empty set', () => {
    const items = [
      statementItem(1, statement('a', 'loslaten', 'Minder regels, meer ruimte voor inwoners')),
      statementItem(2, statement('b', 'loslaten', 'Regels loslaten en inwoners ruimte geven')),
      statementItem(3, statement('c', 'openStaan', 'Koffie drinken in de wijk')),
    ];
    const suggestions = suggestionsFor(items);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].items.map((i) => i.key).sort()).toEqual(['s:1:a', 's:2:b']);
    expect(suggestionsFor([])).toEqual([]);
  });

  it('list the most endorsed statements first and leave out unendorsed ones', () => {
    const items = [
      statementItem(1, statement('a', 'loslaten', 'A', 1)),
      statementItem(2, statement('b', 'loslaten', 'B', 4)),
      statementItem(3, statement('c', 'loslaten', 'C', 0)),
    ];
    expect(mostEndorsed(items, 5).map((i) => i.key)).toEqual(['s:2:b', 's:1:a']);
  });

  it('read a recorded source as current, changed, deleted or a horizon quote', () => {
    const ref = { kind: 'statement' as const, group: 1, statementId: 'a', statementKind: 'loslaten' as const, quote: 'Oud' };
    expect(sourceNow(ref, [[statement('a', 'loslaten', 'Oud')]])).toEqual({ state: 'current', text: 'Oud' });
    expect(sourceNow(ref, [[statement('a', 'loslaten', 'Nieuw')]])).toEqual({ state: 'changed', text: 'Nieuw', quote: 'Oud' });
    expect(sourceNow(ref, [[]])).toEqual({ state: 'deleted', quote: 'Oud' });
    expect(sourceNow(ref, [null])).toEqual({ state: 'current', text: 'Oud' });
    expect(sourceNow({ kind: 'horizon', group: 2, quote: 'Q' }, [])).toEqual({ state: 'horizon', quote: 'Q' });
  });

  it('accept only lists of keys as dragged data', () => {
    expect(parseDraggedKeys('["s:1:a", 3]')).toEqual(['s:1:a']);
    expect(parseDraggedKeys('{"a":1}')).toEqual([]);
    expect(parseDraggedKeys('niet json')).toEqual([]);
  });
});
