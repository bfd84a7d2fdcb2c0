// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStatement, horizonOf } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import { fragmentLines, localCopyFileName, localCopyText, type LocalCopyLabels } from './localCopyText.js';

const labels: LocalCopyLabels = {
  title: 'Stip – jouw tekst van dit apparaat',
  savedAt: 'Bewaard op 3 mei 2026 om 14:05',
  documentTitle: (docName) => (docName.endsWith('/vision') ? 'Visie' : 'Groep 1'),
  parts: { openStaan: 'Open staan', loslaten: 'Loslaten', cultuur: 'Cultuurverandering', horizon: 'Stip op de horizon' },
  content: 'Visie',
  empty: 'In deze kopie staat geen tekst.',
};

function block(name: string, text: string, attrs: Record<string, string> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  const t = new Y.XmlText();
  element.insert(0, [t]);
  t.insert(0, text);
  return element;
}

function groupCopy(): Y.Doc {
  const doc = new Y.Doc();
  addStatement(doc, { kind: 'loslaten', text: 'Regels loslaten.', authorKey: 'a', authorRole: 'raadslid', createdAt: 2 });
  addStatement(doc, { kind: 'openStaan', text: ' Luisteren naar inwoners. ', authorKey: 'b', authorRole: 'ambtenaar', createdAt: 1 });
  addStatement(doc, { kind: 'openStaan', text: '   ', authorKey: 'b', authorRole: 'ambtenaar', createdAt: 3 });
  const list = new Y.XmlElement('bulletList');
  const item = new Y.XmlElement('listItem');
  horizonOf(doc).insert(0, [block('paragraph', 'Samen de stad maken.'), block('paragraph', ''), list]);
  list.insert(0, [item]);
  item.insert(0, [block('paragraph', 'met iedereen')]);
  return doc;
}

describe('localCopyText', () => {
  it('writes statements per part in the order of the course, then the horizon', () => {
    const text = localCopyText([{ docName: 'w/AbCdEfGhIjKl/m1/g/1', doc: groupCopy() }], labels);
    expect(text).toBe([
      'Stip – jouw tekst van dit apparaat',
      'Bewaard op 3 mei 2026 om 14:05',
      '',
      '== Groep 1 ==',
      '',
      'Open staan',
      '- Luisteren naar inwoners.',
      '',
      'Loslaten',
      '- Regels loslaten.',
      '',
      'Stip op de horizon',
      'Samen de stad maken.',
      '- met iedereen',
      '',
    ].join('\n'));
  });

  it('writes the rich text of a vision, and says so when a copy is empty', () => {
    const vision = new Y.Doc();
    visionContentOf(vision).insert(0, [block('heading', 'Open staan', { level: '2' }), block('paragraph', 'We luisteren eerst.')]);
    const text = localCopyText([{ docName: 'w/AbCdEfGhIjKl/vision', doc: vision }, { docName: 'w/AbCdEfGhIjKl/m1/g/1', doc: new Y.Doc() }], labels);
    expect(text).toContain('== Visie ==\n\nVisie\nOpen staan\nWe luisteren eerst.\n');
    expect(text).toContain('== Groep 1 ==\n\nIn deze kopie staat geen tekst.\n');
  });

  it('keeps bold and italic words as plain words', () => {
    const doc = new Y.Doc();
    const paragraph = block('paragraph', 'Wij ');
    horizonOf(doc).insert(0, [paragraph]);
    (paragraph.get(0) as Y.XmlText).insert(4, 'durven', { bold: true });
    expect(fragmentLines(horizonOf(doc))).toEqual(['Wij durven']);
  });
});

describe('localCopyFileName', () => {
  it('names the file after the local date', () => {
    expect(localCopyFileName(new Date(2026, 4, 3, 23, 59))).toBe('stip-kopie-2026-05-03.txt');
  });
});
