// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier: one plain tree that every export format is rendered from (DOCX, PDF, Markdown).
 *
 *   Dossier  { title, language, blocks }
 *   Block    heading (level 1–4, plain text) | paragraph (inlines) | list (ordered or not; items are
 *            blocks) | table (a header row of plain texts, rows of cells of inlines; optionally the
 *            first column as row headers)
 *   Inline   text with marks | a line break | a footnote (plain text: Word's footnotes hold no lists)
 *
 * Every text is plain data: renderers escape it for their format, nothing in it is markup.
 */

/** A text mark of the shared editor schema that the exports keep. */
export type Mark = 'bold' | 'italic' | 'underline' | 'strike';

/** A run of text, a line break or a footnote. */
export type Inline =
  | { kind: 'text'; text: string; marks?: Mark[] }
  | { kind: 'break' }
  | { kind: 'note'; text: string };

/** One block of the dossier. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; inlines: Inline[]; placeholder?: boolean }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | {
    kind: 'table'; caption: string; header: string[]; rows: Inline[][][];
    /** The first cell of each row is the row's header (the matrix's "van" column). */
    rowHeaders?: boolean;
  };

/** The whole document. */
export interface Dossier {
  /** The document title (properties, PDF title, first heading). */
  title: string;
  /** BCP 47 language of the content, e.g. `nl-NL`. */
  language: string;
  blocks: Block[];
}

/** A plain text run. */
export const text = (value: string, marks?: Mark[]): Inline => (marks?.length ? { kind: 'text', text: value, marks } : { kind: 'text', text: value });

/** A paragraph of plain text (and optional footnotes after it). */
export const paragraph = (value: string, ...notes: string[]): Block =>
  ({ kind: 'paragraph', inlines: [text(value), ...notes.map((n): Inline => ({ kind: 'note', text: n }))] });

/** A heading. */
export const heading = (level: 1 | 2 | 3 | 4, value: string): Block => ({ kind: 'heading', level, text: value });

/** The text every empty part or cell shows. */
export const NOT_FILLED_IN = 'nog niet ingevuld';

/** A paragraph saying what is not filled in yet (marked, so renderers may show it in italics). */
export const placeholder = (value: string): Block => ({ kind: 'paragraph', inlines: [text(value, ['italic'])], placeholder: true });
