// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier as Word (DOCX, `docx` package): Heading1..4 styles, real numbered and bulleted lists
 * (Word numbering, a fresh count for each numbered list), tables whose header row repeats on every
 * page (and the first column marked as header column where the rows have headers: `w:tblLook`),
 * footnotes as Word footnotes (plain text), title and language nl-NL in the properties. Text
 * goes into `w:t` as text (the package escapes XML), so `<script>` or a Word field code stays text.
 * The file is made reproducible afterwards (zipNormalizer): fixed dates inside and outside.
 */
import {
  AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, type ParagraphChild,
} from 'docx';
import type { Block, Dossier, Inline } from '../../../../shared/dossier/dossierModel.js';
import { normalizeZip } from './zipNormalizer.js';

/**
 * Text as Word takes it: the `docx` package drops the control characters XML 1.0 forbids, but not
 * the non-characters U+FFFE and U+FFFF, which make Word refuse the file: they become U+FFFD.
 */
const wordText = (value: string) => value.replace(/[\uFFFE\uFFFF]/g, '\uFFFD');

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const LIST_LEVELS = 6;

/** Builds the Word objects, collecting footnotes and numbered-list instances. */
class DocxBuilder {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextNote = 1;
  private nextOrdered = 1;

  runs(inlines: Inline[]): ParagraphChild[] {
    return inlines.map((i) => {
      if (i.kind === 'break') return new TextRun({ text: '', break: 1 });
      if (i.kind === 'note') {
        const id = this.nextNote++;
        this.footnotes[id] = { children: [new Paragraph({ children: [new TextRun(wordText(i.text))] })] };
        return new FootnoteReferenceRun(id);
      }
      const marks = i.marks ?? [];
      return new TextRun({
        text: wordText(i.text), bold: marks.includes('bold') || undefined, italics: marks.includes('italic') || undefined,
        underline: marks.includes('underline') ? {} : undefined, strike: marks.includes('strike') || undefined,
      });
    });
  }

  block(b: Block, level = -1, numbering?: { reference: string; instance?: number }): (Paragraph | Table)[] {
    switch (b.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun(wordText(b.text))] })];
      case 'paragraph':
        return [new Paragraph({ children: this.runs(b.inlines), ...(numbering ? { numbering: { ...numbering, level } } : {}) })];
      case 'list': {
        const depth = Math.min(level + 1, LIST_LEVELS - 1);
        const reference = b.ordered ? 'ordered' : 'bullets';
        const instance = b.ordered ? this.nextOrdered++ : undefined;
        return b.items.flatMap((item) => item.flatMap((x, n) => {
          if (x.kind === 'list') return this.block(x, depth);
          return this.block(x, depth, n === 0 ? { reference, instance } : undefined);
        }));
      }
      case 'table':
        return [
          new Paragraph({ children: [new TextRun({ text: wordText(b.caption), italics: true })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            // Word's own marking of header cells: the header row (also `w:tblHeader`) and, for a table with row headers, the first column.
            tableLook: { firstRow: true, firstColumn: b.rowHeaders === true, noVBand: true },
            rows: [
              new TableRow({ tableHeader: true, children: b.header.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: wordText(h), bold: true })] })] })) }),
              ...b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ children: this.runs(c) })] })) })),
            ],
          }),
        ];
    }
  }
}

const listLevels = (ordered: boolean) => Array.from({ length: LIST_LEVELS }, (_, level) => ({
  level,
  format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
  text: ordered ? `%${level + 1}.` : ['•', '◦', '▪'][level % 3],
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The core properties with fixed times and the language. */
function fixCoreProperties(xml: string, at: string, language: string): string {
  const fixed = xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${at}$3`);
  return fixed.includes('<dc:language>') ? fixed : fixed.replace('</cp:coreProperties>', `<dc:language>${xmlEscape(language)}</dc:language></cp:coreProperties>`);
}

/** The dossier as DOCX bytes; the same dossier and `at` give the same bytes. */
export async function renderDocx(dossier: Dossier, at: number): Promise<Buffer> {
  const builder = new DocxBuilder();
  const children = dossier.blocks.flatMap((b) => builder.block(b));
  const doc = new Document({
    title: wordText(dossier.title),
    creator: 'Stip',
    lastModifiedBy: 'Stip',
    styles: { default: { document: { run: { language: { value: dossier.language } } } } },
    numbering: { config: [{ reference: 'bullets', levels: listLevels(false) }, { reference: 'ordered', levels: listLevels(true) }] },
    footnotes: builder.footnotes,
    sections: [{ children }],
  });
  const iso = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return normalizeZip(await Packer.toBuffer(doc), at, (name, xml) => (name === 'docProps/core.xml' ? fixCoreProperties(xml, iso, dossier.language) : xml));
}
