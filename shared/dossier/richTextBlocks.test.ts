// SPDX-License-Identifier: EUPL-1.2
/** Rich text of the shared editor schema as dossier blocks: marks, breaks, lists, heading levels, nothing lost. */
import { describe, expect, it } from 'vitest';
import { richBlocks } from './richTextBlocks.js';

describe('richBlocks', () => {
  it('keeps marks, line breaks and heading levels (shifted below the part heading)', () => {
    expect(richBlocks([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Open staan' }] },
      { type: 'paragraph', content: [
        { type: 'text', text: 'vet', marks: [{ type: 'bold' }] }, { type: 'hardBreak' },
        { type: 'text', text: 'schuin en door', marks: [{ type: 'italic' }, { type: 'strike' }, { type: 'link' }] },
      ] },
      { type: 'paragraph' },
    ], 1)).toEqual([
      { kind: 'heading', level: 3, text: 'Open staan' },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'vet', marks: ['bold'] }, { kind: 'break' }, { kind: 'text', text: 'schuin en door', marks: ['italic', 'strike'] }] },
    ]);
  });

  it('turns bullet and ordered lists (nested too) into list blocks and keeps the text of unknown nodes', () => {
    const item = (text: string, nested: unknown[] = []) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...nested] });
    const blocks = richBlocks([
      { type: 'orderedList', content: [item('een', [{ type: 'bulletList', content: [item('a')] }]), item('twee')] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citaat' }] }] },
    ] as never);
    expect(blocks).toEqual([
      { kind: 'list', ordered: true, items: [
        [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'een' }] }, { kind: 'list', ordered: false, items: [[{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'a' }] }]] }],
        [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'twee' }] }],
      ] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'citaat' }] },
    ]);
  });
});
