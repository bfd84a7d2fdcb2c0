// SPDX-License-Identifier: EUPL-1.2
/** The v1→v2 appendix: deleted and inserted words marked in the text itself, spaces kept around them. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared/dossier/dossierModel.js';
import type { RichNode } from '../../../../shared/dossier/richTextBlocks.js';
import { editorSchema } from '../../../../shared/editor/schema.js';
import type { DossierData, VersionData } from '../dossierData.js';
import { renderMarkdown } from '../render/markdownRenderer.js';
import { diffPart } from './diffPart.js';

const vision = (...passages: [string, string][]): RichNode => ({
  type: 'doc',
  content: passages.map(([passage, value]) => ({ type: 'paragraph', attrs: { passage }, content: [{ type: 'text', text: value }] })),
});
const version = (number: number, content: RichNode): VersionData => ({ number, label: `versie ${number}`, createdAt: 0, content, node: editorSchema.nodeFromJSON(content), provenance: {} });
const build = (versions: VersionData[]) => diffPart.build({ versions } as unknown as DossierData);

describe('the diff appendix', () => {
  it('marks deleted and inserted words in words, and lists new and removed passages', () => {
    const { blocks, empty } = build([
      version(1, vision(['p1', 'Wij luisteren altijd eerst naar inwoners.'], ['p2', 'Deze zin verdwijnt.'])),
      version(2, vision(['p1', 'Wij luisteren eerst goed naar inwoners.'], ['p3', 'Een nieuwe zin.'])),
    ]);
    expect(empty).toBe(false);
    const md = renderMarkdown({ title: 't', language: 'nl-NL', blocks: blocks as Block[] });
    expect(md).toContain('- Gewijzigd: Wij luisteren ~~\\[geschrapt: altijd eerst\\]~~ **\\[toegevoegd: eerst goed\\]** naar inwoners.');
    expect(md).toContain('- Nieuw: Een nieuwe zin.');
    expect(md).toContain('- Geschrapt: Deze zin verdwijnt.');
  });

  it('says so when there is no version 2, and when nothing changed', () => {
    expect(build([version(1, vision(['p1', 'Tekst.']))]).empty).toBe(true);
    const same = build([version(1, vision(['p1', 'Tekst.'])), version(2, vision(['p1', 'Tekst.']))]);
    expect(same.blocks).toContainEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Versie 2 is gelijk aan versie 1.' }] });
  });
});
