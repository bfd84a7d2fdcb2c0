// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the sections of the vision document are in its ProseMirror content (the sections, their
 * titles and which heading names which section are the vision's home, shared/visionDoc.ts): each
 * section starts at a top-level h2 whose text names it; when no heading names a section, the h2s
 * count in order. Pure functions over the shared schema, so the merge view knows where to insert
 * a passage.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { JSONContent } from '@tiptap/core';
import { sectionOfHeading, VISION_SECTIONS, type VisionSection } from '../../shared/visionDoc.js';

/** Where one section is: its heading's position and the position just after its last block. */
export interface SectionSpan { section: VisionSection; headingPos: number; end: number }

/** The sections present in a vision document, in document order. */
export function sectionSpans(doc: ProseMirrorNode): SectionSpan[] {
  const headings: { pos: number; text: string }[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'heading' && node.attrs.level === 2) headings.push({ pos: offset, text: node.textContent });
  });
  const named = headings.map((h) => ({ pos: h.pos, section: sectionOfHeading(h.text) }));
  const starts = named.some((h) => h.section)
    ? named.filter((h): h is { pos: number; section: VisionSection } => h.section !== null)
    : named.slice(0, VISION_SECTIONS.length).map((h, i) => ({ pos: h.pos, section: VISION_SECTIONS[i] }));
  const seen = new Set<VisionSection>();
  const unique = starts.filter((s) => (seen.has(s.section) ? false : (seen.add(s.section), true)));
  return unique.map((s, i) => ({
    section: s.section,
    headingPos: s.pos,
    end: i + 1 < unique.length ? unique[i + 1].pos : doc.content.size,
  }));
}

/** The section a document position lies in (null before the first section heading). */
export function sectionAt(doc: ProseMirrorNode, pos: number): VisionSection | null {
  let found: VisionSection | null = null;
  for (const span of sectionSpans(doc)) if (pos >= span.headingPos) found = span.section;
  return found;
}

/**
 * Where a new passage of `section` goes: at the end of that section, before any empty trailing
 * paragraph; null when the document has no such section (the caller adds its heading first).
 */
export function insertPositionFor(doc: ProseMirrorNode, section: VisionSection): number | null {
  const span = sectionSpans(doc).find((s) => s.section === section);
  if (!span) return null;
  let end = span.end;
  const blocks: { pos: number; node: ProseMirrorNode }[] = [];
  doc.forEach((node, offset) => { if (offset > span.headingPos && offset < span.end) blocks.push({ pos: offset, node }); });
  for (let i = blocks.length - 1; i >= 0; i--) {
    const { pos, node } = blocks[i];
    if (node.type.name === 'paragraph' && node.content.size === 0 && !node.attrs.passage) end = pos;
    else break;
  }
  return end;
}

/** The position after the top-level block that holds `pos` (where a dropped passage goes). */
export function blockBoundaryAfter(doc: ProseMirrorNode, pos: number): number {
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  let boundary = doc.content.size;
  doc.forEach((node, offset) => {
    if (clamped >= offset && clamped < offset + node.nodeSize && boundary === doc.content.size) boundary = offset + node.nodeSize;
  });
  return boundary;
}

/** A paragraph that is a vision passage. */
export function passageNode(passageId: string, text: string): JSONContent {
  return { type: 'paragraph', attrs: { passage: passageId }, content: text ? [{ type: 'text', text }] : [] };
}

/** Several statements as one passage to be edited into shared wording: each ends with a full stop, joined by spaces. */
export function combinedText(texts: readonly string[]): string {
  return texts
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((t) => (/[.!?…]$/.test(t) ? t : `${t}.`))
    .join(' ');
}
