// SPDX-License-Identifier: EUPL-1.2
/**
 * The text of local copies of documents as one plain-text file, so a person can keep what their
 * device held before the copy is deleted (after a history reset, see historyReset.ts):
 *
 *   <title>
 *   <saved at>
 *
 *   == <document title> ==
 *
 *   <part>                 per statement kind with statements, in the order of the course
 *   - <statement>
 *
 *   <horizon / content>    rich text, one line per paragraph or heading, "- " before list items
 *
 * Only what the copy holds is read: its statements, its horizon and a rich-text `content` field.
 */
import * as Y from 'yjs';
import { GROUP_FIELDS, listStatements } from '../../shared/groupDoc.js';
import { STATEMENT_KINDS, type RoomPart } from '../../shared/statementKinds.js';
import { VISION_FIELDS } from '../../shared/visionDoc.js';

/** The texts around the copied text, in the person's language. */
export interface LocalCopyLabels {
  /** First line of the file. */
  title: string;
  /** Second line, e.g. "Bewaard op 3 mei 2026 om 14:05". */
  savedAt: string;
  /** The name of a document for a person ("Groep 2"). */
  documentTitle: (docName: string) => string;
  /** Headings of the four parts of a group room. */
  parts: Record<RoomPart, string>;
  /** Heading of a rich-text document's content (the vision). */
  content: string;
  /** Said of a copy without any text. */
  empty: string;
}

/** One local copy: the document's name and its Y.Doc. */
export interface LocalCopy { docName: string; doc: Y.Doc }

/** The plain-text file with the text of every copy. */
export function localCopyText(copies: LocalCopy[], labels: LocalCopyLabels): string {
  const out = [labels.title, labels.savedAt];
  for (const copy of copies) {
    out.push('', `== ${labels.documentTitle(copy.docName)} ==`);
    const sections = copySections(copy.doc, labels);
    if (sections.length === 0) out.push('', labels.empty);
    for (const [heading, lines] of sections) out.push('', heading, ...lines);
  }
  return `${out.join('\n')}\n`;
}

/** The file name of a copy saved on `date` ("stip-kopie-2026-05-03.txt", local date). */
export function localCopyFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `stip-kopie-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.txt`;
}

function copySections(doc: Y.Doc, labels: LocalCopyLabels): [string, string[]][] {
  const sections: [string, string[]][] = [];
  if (doc.share.has(GROUP_FIELDS.statements)) {
    const statements = listStatements(doc);
    for (const kind of STATEMENT_KINDS) {
      const lines = statements.filter((s) => s.kind === kind && s.text.trim() !== '').map((s) => `- ${s.text.trim()}`);
      if (lines.length > 0) sections.push([labels.parts[kind], lines]);
    }
  }
  const rich: [string, string][] = [[GROUP_FIELDS.horizon, labels.parts.horizon], [VISION_FIELDS.content, labels.content]];
  for (const [field, heading] of rich) {
    if (!doc.share.has(field)) continue;
    const lines = fragmentLines(doc.getXmlFragment(field));
    if (lines.length > 0) sections.push([heading, lines]);
  }
  return sections;
}

/** One line per block of a Tiptap fragment (paragraph, heading, list item); empty blocks left out. */
export function fragmentLines(node: Y.XmlFragment | Y.XmlElement, prefix = ''): string[] {
  const lines: string[] = [];
  let inline = '';
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert?: unknown }[]) if (typeof op.insert === 'string') inline += op.insert;
    } else if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') { inline += ' '; continue; }
      const childPrefix = child.nodeName === 'listItem' ? '- ' : prefix;
      lines.push(...fragmentLines(child, childPrefix));
    }
  }
  if (inline.trim() !== '') lines.unshift(`${prefix}${inline.trim()}`);
  return lines;
}
