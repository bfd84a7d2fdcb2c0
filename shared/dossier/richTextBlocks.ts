// SPDX-License-Identifier: EUPL-1.2
/**
 * Rich text of the shared editor schema (ProseMirror JSON: headings 2–3, paragraphs, bullet and
 * ordered lists, blockquotes, hard breaks; marks bold, italic, underline, strike) as dossier blocks.
 * Unknown nodes keep their text; nothing is dropped silently. `headingShift` moves headings down
 * so that the rich text sits below the part's own heading.
 */
import type { Block, Inline, Mark } from './dossierModel.js';

/** A ProseMirror JSON node. */
export interface RichNode { type: string; attrs?: Record<string, unknown>; content?: RichNode[]; text?: string; marks?: { type: string }[] }

/** An image without alt text: an accessible document cannot carry it, so the export stops. */
export class ImageWithoutAltError extends Error {
  constructor() {
    super('Een afbeelding heeft geen beschrijving (alt-tekst): voeg die toe en exporteer opnieuw.');
    this.name = 'ImageWithoutAltError';
  }
}

const KEPT_MARKS: Record<string, Mark> = { bold: 'bold', italic: 'italic', underline: 'underline', strike: 'strike' };

/** The inlines of a textblock. */
function richInlines(node: RichNode): Inline[] {
  const out: Inline[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      const marks = (child.marks ?? []).map((m) => KEPT_MARKS[m.type]).filter((m): m is Mark => Boolean(m));
      out.push(marks.length ? { kind: 'text', text: child.text ?? '', marks } : { kind: 'text', text: child.text ?? '' });
    } else if (child.type === 'hardBreak') out.push({ kind: 'break' });
    else out.push(...richInlines(child));
  }
  return out;
}

/** The plain text of a node. */
function richText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(richText).join(node.type === 'doc' ? '\n' : '');
}

const headingLevel = (level: unknown, shift: number): 1 | 2 | 3 | 4 => Math.min(4, Math.max(1, Number(level ?? 2) + shift)) as 1 | 2 | 3 | 4;

/** One node as blocks. */
function nodeBlocks(node: RichNode, shift: number): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: headingLevel(node.attrs?.level, shift), text: richText(node) }];
    case 'paragraph': {
      const inlines = richInlines(node);
      return inlines.length ? [{ kind: 'paragraph', inlines }] : [];
    }
    case 'bulletList':
    case 'orderedList':
      return [{ kind: 'list', ordered: node.type === 'orderedList', items: (node.content ?? []).map((item) => richBlocks(item.content ?? [], shift)) }];
    case 'image': {
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt.trim() : '';
      if (!alt) throw new ImageWithoutAltError();
      return [{ kind: 'paragraph', inlines: [{ kind: 'text', text: `Afbeelding: ${alt}`, marks: ['italic'] }] }];
    }
    default:
      return node.content ? richBlocks(node.content, shift) : node.text ? [{ kind: 'paragraph', inlines: [{ kind: 'text', text: node.text }] }] : [];
  }
}

/** Nodes (the content of a doc, a list item, a blockquote) as blocks; empty paragraphs left out. */
export function richBlocks(nodes: RichNode[], headingShift = 0): Block[] {
  return nodes.flatMap((n) => nodeBlocks(n, headingShift));
}
