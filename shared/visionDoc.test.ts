// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentToNode } from './editor/schema.js';
import { sectionOfHeading, visionContentOf, visionSkeleton, writeVisionSkeleton } from './visionDoc.js';

const heading = (text: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const empty = { type: 'paragraph', attrs: { passage: null } };

describe('the vision document', () => {
  it('starts with the four section headings in the workshop\'s language, each followed by an empty paragraph', () => {
    const doc = new Y.Doc();
    expect(writeVisionSkeleton(doc, 'nl')).toBe(true);
    expect(fragmentToNode(visionContentOf(doc)).toJSON()).toEqual({
      type: 'doc',
      content: [heading('Open staan'), empty, heading('Loslaten'), empty, heading('Cultuurverandering'), empty, heading('Stip op de horizon'), empty],
    });
    const english = new Y.Doc();
    writeVisionSkeleton(english, 'en');
    expect(fragmentToNode(visionContentOf(english)).toJSON().content.filter((n: { type: string }) => n.type === 'heading'))
      .toEqual([heading('Being open'), heading('Letting go'), heading('Culture change'), heading('Point on the horizon')]);
  });

  it('stores the same content the editor would store for the skeleton', () => {
    const doc = new Y.Doc();
    writeVisionSkeleton(doc, 'en');
    expect(fragmentToNode(visionContentOf(doc)).toJSON().content).toEqual(
      visionSkeleton('en').map((n) => (n.type === 'paragraph' ? empty : n)),
    );
  });

  it('never writes its starting content into a vision that has content', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Eigen opzet.')]);
    visionContentOf(doc).insert(0, [paragraph]);
    expect(writeVisionSkeleton(doc, 'nl')).toBe(false);
    expect(visionContentOf(doc).length).toBe(1);
    const started = new Y.Doc();
    writeVisionSkeleton(started, 'nl');
    expect(writeVisionSkeleton(started, 'nl')).toBe(false);
    expect(visionContentOf(started).length).toBe(8);
  });

});

describe('vision section headings', () => {
  it('are recognised in Dutch and English, whatever the case or punctuation', () => {
    expect(sectionOfHeading('Open staan')).toBe('openStaan');
    expect(sectionOfHeading('  LOSLATEN: ')).toBe('loslaten');
    expect(sectionOfHeading('Culture change')).toBe('cultuur');
    expect(sectionOfHeading('Stip op de horizon')).toBe('horizon');
    expect(sectionOfHeading('Iets anders')).toBeNull();
  });

  it('are recognised by every title and the short names people type', () => {
    const names: [string, string][] = [
      ['being open', 'openStaan'], ['openstaan', 'openStaan'], ['Open to', 'openStaan'],
      ['Los laten', 'loslaten'], ['Letting go', 'loslaten'],
      ['Cultuurverandering', 'cultuur'], ['cultuur', 'cultuur'], ['culture', 'cultuur'],
      ['De stip op de horizon', 'horizon'], ['Horizon', 'horizon'], ['Point on the horizon', 'horizon'],
    ];
    for (const [text, section] of names) expect(sectionOfHeading(text)).toBe(section);
  });
});
