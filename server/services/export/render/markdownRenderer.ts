// SPDX-License-Identifier: EUPL-1.2
/**
 * The dossier as Markdown: CommonMark with footnotes (`[^1]`, defined at the end) and pipe tables.
 * Every text is escaped, so nothing in it becomes markup: ASCII punctuation that Markdown reads
 * (`\ * _ [ ] < > # | ~ ! & $ @` and backticks) gets a backslash, a line that would start a list or
 * a heading is escaped too, and HTML such as `<script>` stays text.
 */
import type { Block, Dossier, Inline } from '../../../../shared/dossier/dossierModel.js';

const SPECIAL = /[\\`*_[\]<>#|~!&$@{}]/g;

/** Escapes text for a Markdown line. */
function escapeMarkdown(value: string): string {
  return value.replace(SPECIAL, (c) => `\\${c}`).replace(/^(\s*)([-+=])/gm, '$1\\$2').replace(/^(\s*\d+)([.)])/gm, '$1\\$2').replace(/\n[ \t]+/g, '\n');
}

/** Footnotes collected while rendering, numbered in order. */
class Notes {
  readonly texts: string[] = [];
  add(value: string): string {
    this.texts.push(value);
    return `[^${this.texts.length}]`;
  }
}

function markText(value: string, marks: string[] = []): string {
  const escaped = escapeMarkdown(value).replace(/\n/g, '\\\n');
  const core = escaped.trim();
  if (!core || marks.length === 0) return escaped;
  const open = (marks.includes('bold') ? '**' : '') + (marks.includes('italic') ? '*' : '') + (marks.includes('strike') ? '~~' : '');
  const close = [...open].reverse().join('');
  const lead = escaped.slice(0, escaped.indexOf(core));
  const trail = escaped.slice(escaped.indexOf(core) + core.length);
  return `${lead}${open}${core}${close}${trail}`;
}

function inlines(list: Inline[], notes: Notes): string {
  // Spaces inside a line stay (between runs: "Wij **staan** open"); at the start of a block they would make it code.
  return list.map((i) => (i.kind === 'text' ? markText(i.text, i.marks) : i.kind === 'break' ? '\\\n' : notes.add(i.text))).join('').replace(/^[ \t]+/, '');
}

const cell = (list: Inline[], notes: Notes) => inlines(list, notes).replace(/\\\n/g, ' ').replace(/\n/g, ' ') || ' ';

function block(b: Block, notes: Notes): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text).replace(/\n/g, ' ')}`;
    case 'paragraph':
      return inlines(b.inlines, notes);
    case 'list':
      return b.items.map((item, n) => {
        const marker = b.ordered ? `${n + 1}. ` : '- ';
        const body = item.map((x) => block(x, notes)).join('\n\n') || ' ';
        return marker + body.split('\n').map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(marker.length) + line)).join('\n');
      }).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        `*${escapeMarkdown(b.caption)}*`,
        '',
        row(b.header.map((h) => escapeMarkdown(h).replace(/\n/g, ' '))),
        row(b.header.map(() => '---')),
        ...b.rows.map((r) => row(r.map((c) => cell(c, notes)))),
      ].join('\n');
    }
  }
}

/** The dossier as Markdown text (LF line ends, one final newline). */
export function renderMarkdown(dossier: Dossier): string {
  const notes = new Notes();
  const body = dossier.blocks.map((b) => block(b, notes)).join('\n\n');
  const defs = notes.texts.map((t, i) => `[^${i + 1}]: ${escapeMarkdown(t).replace(/\n/g, ' ')}`);
  return [body, ...(defs.length ? [defs.join('\n')] : [])].join('\n\n') + '\n';
}
