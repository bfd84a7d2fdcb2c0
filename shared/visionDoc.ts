/**
 * The global vision (`w/<id>/vision`), written by the facilitator, read by everyone.
 *
 *   content    : Y.XmlFragment  Tiptap document: an h2 per section (Open staan, Loslaten,
 *                               Cultuurverandering, Stip op de horizon), passages below them.
 *                               A passage is a paragraph carrying a `passage` attribute (its id).
 *   provenance : Y.Map<passageId, Y.Array<SourceRef>>   where each passage came from
 *
 * Provenance survives edits of the wording: it is keyed by the passage id, not by the text.
 */
import * as Y from 'yjs';
import type { StatementKind } from './statementKinds.js';

/** Top-level field names of the vision document. */
export const VISION_FIELDS = { content: 'content', provenance: 'provenance' } as const;

/** The sections of the vision, in order, keyed like the room parts. */
export const VISION_SECTIONS = ['openStaan', 'loslaten', 'cultuur', 'horizon'] as const;
export type VisionSection = (typeof VISION_SECTIONS)[number];

/** One source of a vision passage: a group statement or a passage of a group's horizon. */
export type SourceRef =
  | { kind: 'statement'; group: number; statementId: string; statementKind: StatementKind; quote: string }
  | { kind: 'horizon'; group: number; quote: string };

/** The rich-text content of the vision. */
export const visionContentOf = (doc: Y.Doc) => doc.getXmlFragment(VISION_FIELDS.content);
/** The provenance map of the vision. */
export const provenanceOf = (doc: Y.Doc) => doc.getMap<Y.Array<SourceRef>>(VISION_FIELDS.provenance);

/** Makes a passage id. */
export function newPassageId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return 'p_' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Adds sources to a passage's provenance (duplicates of the same source are skipped). */
export function addSources(doc: Y.Doc, passageId: string, sources: SourceRef[]): void {
  doc.transact(() => {
    const map = provenanceOf(doc);
    let list = map.get(passageId);
    if (!(list instanceof Y.Array)) {
      list = new Y.Array<SourceRef>();
      map.set(passageId, list);
    }
    const have = new Set(list.toArray().map(sourceKey));
    const fresh = sources.filter((s) => !have.has(sourceKey(s)));
    if (fresh.length) list.push(fresh);
  });
}

/** A stable key of a source, for de-duplication and look-ups. */
export function sourceKey(s: SourceRef): string {
  return s.kind === 'statement' ? `s:${s.group}:${s.statementId}` : `h:${s.group}:${s.quote}`;
}

/** The provenance as plain data: passage id -> sources. */
export function readProvenance(doc: Y.Doc): Record<string, SourceRef[]> {
  const out: Record<string, SourceRef[]> = {};
  provenanceOf(doc).forEach((list, id) => {
    if (list instanceof Y.Array) out[id] = list.toArray();
  });
  return out;
}

/** Keys `<group>:<statementId>` of every statement taken up in the vision. */
export function statementsTakenUp(provenance: Record<string, SourceRef[]>): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(provenance)) {
    for (const s of list) if (s.kind === 'statement') out.add(`${s.group}:${s.statementId}`);
  }
  return out;
}
