// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { editorSchema } from './editor/schema.js';
import { diffText, diffVersions } from './versionDiff.js';

const para = (passage: string, text: string) => editorSchema.node('paragraph', { passage }, text ? [editorSchema.text(text)] : []);
const heading = (text: string) => editorSchema.node('heading', { level: 2 }, [editorSchema.text(text)]);
const doc = (...blocks: ReturnType<typeof para>[]) => editorSchema.node('doc', null, blocks);

describe('comparing two versions', () => {
  it('marks inserted and deleted words, not single letters', () => {
    const segments = diffText('Wij betrekken inwoners laat.', 'Wij betrekken bewoners vroeg.');
    expect(segments.filter((s) => s.kind !== 'same').map((s) => `${s.kind}:${s.text}`)).toEqual([
      'del:inwoners', 'ins:bewoners', 'del:laat', 'ins:vroeg',
    ]);
    expect(segments.filter((s) => s.kind !== 'ins').map((s) => s.text).join('')).toBe('Wij betrekken inwoners laat.');
    expect(segments.filter((s) => s.kind !== 'del').map((s) => s.text).join('')).toBe('Wij betrekken bewoners vroeg.');
  });

  it('pairs passages by id and reports changed, added, removed and unchanged ones', () => {
    const v1 = doc(heading('Open staan'), para('p1', 'Wij luisteren.'), para('p2', 'Dit verdwijnt.'), para('p3', 'Blijft staan.'));
    const v2 = doc(heading('Open staan'), para('p1', 'Wij luisteren echt.'), para('p3', 'Blijft staan.'), para('p4', 'Nieuw.'));
    const diff = diffVersions(v1, v2, 1, 2);
    expect(diff.blocks.map((b) => `${b.passageId}:${b.change}`)).toEqual(['null:same', 'p1:changed', 'p2:removed', 'p3:same', 'p4:added']);
    expect(diff.blocks[1].segments).toContainEqual({ kind: 'ins', text: ' echt' });
    expect(diff.changed).toBe(3);
  });

  it('reports a paragraph turned into a heading as a change of type', () => {
    const v1 = doc(para('p1', 'Samen beslissen'), para('p2', 'Tekst.'));
    const v2 = doc(heading('Samen beslissen'), para('p2', 'Tekst.'));
    const diff = diffVersions(v1, v2, 1, 2);
    expect(diff.blocks[0]).toMatchObject({ change: 'changed', typeBefore: 'paragraph', typeAfter: 'heading2', passageId: 'p1' });
    expect(diff.blocks[0].segments).toEqual([{ kind: 'same', text: 'Samen beslissen' }]);
  });
});
