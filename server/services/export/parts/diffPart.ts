/**
 * Appendix: what changed from vision version 1 to version 2, passage by passage (a passage keeps
 * its id through edits, shared/visionDoc.ts): new, changed and removed passages as a table.
 */
import { heading, paragraph, placeholder, text, type Inline } from '../../../../shared/dossier/dossierModel.js';
import { richText, type RichNode } from '../../../../shared/dossier/richTextBlocks.js';
import type { DossierPart } from './dossierPart.js';

/** The passages of a vision in order: id (or the text for one without id) → plain text. */
function passages(doc: RichNode): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: RichNode) => {
    const id = node.attrs?.passage;
    if ((node.type === 'paragraph' || node.type === 'listItem') && (typeof id === 'string' || node.type === 'paragraph')) {
      const value = richText(node).trim();
      if (value) out.set(typeof id === 'string' ? id : `text:${value}`, value);
      return;
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

/** The rows of the comparison: what, before, after. */
function changes(before: Map<string, string>, after: Map<string, string>): Inline[][][] {
  const rows: Inline[][][] = [];
  for (const [key, now] of after) {
    const was = before.get(key);
    if (was === undefined) rows.push([[text('Nieuw')], [text('–')], [text(now)]]);
    else if (was !== now) rows.push([[text('Gewijzigd')], [text(was)], [text(now)]]);
  }
  for (const [key, was] of before) if (!after.has(key)) rows.push([[text('Geschrapt')], [text(was)], [text('–')]]);
  return rows;
}

/** Part `diff`. */
export const diffPart: DossierPart = {
  id: 'diff',
  title: 'Bijlage: wat veranderde van versie 1 naar versie 2',
  build(data) {
    const [v1, v2] = data.versions;
    if (!v1 || !v2) return { blocks: [heading(1, this.title), placeholder('Nog niet ingevuld: er is nog geen versie 2 van de visie.')], empty: true };
    const rows = changes(passages(v1.content), passages(v2.content));
    return {
      blocks: [
        heading(1, this.title),
        paragraph(`Versie 1: ${v1.label}. Versie 2: ${v2.label}.`),
        rows.length
          ? { kind: 'table', caption: 'Veranderingen per passage van de visie', header: ['Wat', 'Versie 1', 'Versie 2'], rows }
          : paragraph('Versie 2 is gelijk aan versie 1.'),
      ],
      empty: false,
    };
  },
};
