// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../shared/editor/schema.js';
import { sectionHeading, visionSkeleton } from '../../shared/visionDoc.js';
import { blockBoundaryAfter, combinedText, insertPositionFor, passageNode, sectionAt, sectionSpans } from './visionSections.js';

const docOf = (content: unknown[]) => editorSchema.nodeFromJSON({ type: 'doc', content });
const topLevelTexts = (doc: ReturnType<typeof docOf>) => {
  const out: string[] = [];
  doc.forEach((n) => out.push(`${n.type.name}:${n.textContent}`));
  return out;
};

describe('vision sections', () => {
  it('find every section of the skeleton, each ending where the next begins', () => {
    const doc = docOf(visionSkeleton('nl'));
    const spans = sectionSpans(doc);
    expect(spans.map((s) => s.section)).toEqual(['openStaan', 'loslaten', 'cultuur', 'horizon']);
    expect(spans[0].end).toBe(spans[1].headingPos);
    expect(spans[3].end).toBe(doc.content.size);
  });

  it('count plain h2 headings in order when none names a section', () => {
    const doc = docOf([sectionHeading('Een'), { type: 'paragraph' }, sectionHeading('Twee')]);
    expect(sectionSpans(doc).map((s) => s.section)).toEqual(['openStaan', 'loslaten']);
  });

  it('put a new passage at the end of its section, before the empty paragraph left for typing', () => {
    const doc = docOf([...visionSkeleton('nl')]);
    const pos = insertPositionFor(doc, 'loslaten')!;
    const next = doc.replace(pos, pos, editorSchema.nodeFromJSON({ type: 'doc', content: [passageNode('p_1', 'Regels durven loslaten.')] }).slice(0));
    expect(topLevelTexts(next).slice(2, 6)).toEqual(['heading:Loslaten', 'paragraph:Regels durven loslaten.', 'paragraph:', 'heading:Cultuurverandering']);
  });

  it('say there is no place for a section whose heading was removed', () => {
    const doc = docOf([sectionHeading('Open staan'), { type: 'paragraph' }]);
    expect(insertPositionFor(doc, 'horizon')).toBeNull();
  });

  it('tell which section a position lies in', () => {
    const doc = docOf(visionSkeleton('nl'));
    const spans = sectionSpans(doc);
    expect(sectionAt(doc, spans[2].headingPos + 3)).toBe('cultuur');
    expect(sectionAt(doc, 0)).toBe('openStaan');
  });

  it('place a dropped passage after the block under the pointer', () => {
    const doc = docOf([{ type: 'paragraph', content: [{ type: 'text', text: 'abc' }] }, { type: 'paragraph' }]);
    expect(blockBoundaryAfter(doc, 2)).toBe(5);
    expect(blockBoundaryAfter(doc, 999)).toBe(doc.content.size);
  });

  it('join statements into one passage with full stops', () => {
    expect(combinedText(['Samen doen', ' Luisteren naar inwoners. ', '', 'Vertrouwen geven!'])).toBe('Samen doen. Luisteren naar inwoners. Vertrouwen geven!');
  });
});
