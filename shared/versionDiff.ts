// SPDX-License-Identifier: EUPL-1.2
/**
 * A readable, word-level comparison of two vision versions, block by block.
 *
 * Blocks are the top-level paragraphs and headings and the items of lists. A block of the old version
 * is paired with one of the new version by its passage id; blocks left over are paired by text
 * similarity (so a paragraph turned into a heading, which loses its passage id, shows as a change of
 * type rather than a deletion plus an insertion). The text of each pair is compared with
 * ProseMirror's changeset (`@tiptap/pm/changeset`) from one replace step, simplified to whole words.
 */
import { ChangeSet, simplifyChanges } from '@tiptap/pm/changeset';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import { editorSchema } from './editor/schema.js';

/** A run of text that stayed, was inserted or was deleted. */
export interface DiffSegment { kind: 'same' | 'ins' | 'del'; text: string }

/** One block of the comparison, in the new version's order (removed blocks where they stood). */
export interface BlockDiff {
  /** The passage id (of the new block, else the old one); null for headings. */
  passageId: string | null;
  change: 'same' | 'changed' | 'added' | 'removed';
  /** 'paragraph', 'heading2', 'listItem', … ; null on the side where the block does not exist. */
  typeBefore: string | null;
  typeAfter: string | null;
  segments: DiffSegment[];
}

/** The comparison of two versions. */
export interface VersionDiff { from: number; to: number; blocks: BlockDiff[]; changed: number }

interface Block { passageId: string | null; type: string; text: string }

/** The blocks of a document: top-level blocks, list items one by one. */
function blocksOf(doc: PmNode): Block[] {
  const out: Block[] = [];
  const visit = (node: PmNode) => {
    if (node.type.name === 'bulletList' || node.type.name === 'orderedList') {
      node.forEach(visit);
      return;
    }
    const passage = typeof node.attrs.passage === 'string' && node.attrs.passage ? (node.attrs.passage as string) : null;
    const type = node.type.name === 'heading' ? `heading${String(node.attrs.level ?? '')}` : node.type.name;
    out.push({ passageId: passage, type, text: textOf(node) });
  };
  doc.forEach(visit);
  return out;
}

function textOf(node: PmNode): string {
  if (node.isTextblock) return node.textContent;
  const parts: string[] = [];
  node.forEach((child) => parts.push(textOf(child)));
  return parts.join('\n');
}

/** Word-level segments from `before` to `after` (changeset with one replace step, simplified to words). */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  if (!before) return [{ kind: 'ins', text: after }];
  if (!after) return [{ kind: 'del', text: before }];
  const paragraph = (text: string) => editorSchema.node('doc', null, [editorSchema.node('paragraph', null, [editorSchema.text(text)])]);
  const docA = paragraph(before);
  const docB = paragraph(after);
  const step = new ReplaceStep(1, 1 + before.length, new Slice(Fragment.from(editorSchema.text(after)), 0, 0));
  const changes = simplifyChanges(ChangeSet.create(docA).addSteps(docB, [step.getMap()], null).changes, docB);
  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegment['kind'], text: string) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  let atA = 0;
  for (const c of changes) {
    push('same', before.slice(atA, c.fromA - 1));
    push('del', before.slice(c.fromA - 1, c.toA - 1));
    push('ins', after.slice(c.fromB - 1, c.toB - 1));
    atA = c.toA - 1;
  }
  push('same', before.slice(atA));
  return segments;
}

/** 0..1: the share of words two texts have in common. */
function wordOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/\W+/u).filter(Boolean));
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/** Pairs old blocks with new ones: by passage id first, then leftovers by text similarity (≥ 0.5). */
function pairBlocks(a: Block[], b: Block[]): (number | null)[] {
  const pairOfB: (number | null)[] = b.map(() => null);
  const usedA = new Set<number>();
  b.forEach((block, j) => {
    if (!block.passageId) return;
    const i = a.findIndex((x, k) => !usedA.has(k) && x.passageId === block.passageId);
    if (i >= 0) { pairOfB[j] = i; usedA.add(i); }
  });
  b.forEach((block, j) => {
    if (pairOfB[j] !== null) return;
    let best = -1;
    let bestScore = 0.5;
    a.forEach((x, i) => {
      if (usedA.has(i) || (x.passageId && block.passageId && x.passageId !== block.passageId)) return;
      const score = wordOverlap(x.text, block.text);
      if (score >= bestScore) { best = i; bestScore = score; }
    });
    if (best >= 0) { pairOfB[j] = best; usedA.add(best); }
  });
  return pairOfB;
}

/** Compares two versions (ProseMirror documents of the shared schema), numbered `from` and `to`. */
export function diffVersions(before: PmNode, after: PmNode, from: number, to: number): VersionDiff {
  const a = blocksOf(before);
  const b = blocksOf(after);
  const pairOfB = pairBlocks(a, b);
  const paired = new Set(pairOfB.filter((i): i is number => i !== null));
  const blocks: BlockDiff[] = [];
  let nextA = 0;
  const flushRemovedUpTo = (limit: number) => {
    for (; nextA < limit; nextA++) {
      if (paired.has(nextA)) continue;
      const x = a[nextA];
      blocks.push({ passageId: x.passageId, change: 'removed', typeBefore: x.type, typeAfter: null, segments: diffText(x.text, '') });
    }
  };
  b.forEach((block, j) => {
    const i = pairOfB[j];
    if (i === null) {
      blocks.push({ passageId: block.passageId, change: 'added', typeBefore: null, typeAfter: block.type, segments: diffText('', block.text) });
      return;
    }
    flushRemovedUpTo(i);
    nextA = Math.max(nextA, i + 1);
    const x = a[i];
    const same = x.text === block.text && x.type === block.type;
    blocks.push({
      passageId: block.passageId ?? x.passageId, change: same ? 'same' : 'changed',
      typeBefore: x.type, typeAfter: block.type, segments: diffText(x.text, block.text),
    });
  });
  flushRemovedUpTo(a.length);
  return { from, to, blocks, changed: blocks.filter((x) => x.change !== 'same').length };
}
