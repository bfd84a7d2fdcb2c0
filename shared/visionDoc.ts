// SPDX-License-Identifier: EUPL-1.2
/**
 * The global vision (`w/<id>/vision`), written by the facilitator, read by everyone.
 *
 *   content    : Y.XmlFragment  Tiptap document: an h2 per section (Open staan, Loslaten,
 *                               Cultuurverandering, Stip op de horizon), passages below them.
 *                               A passage is a paragraph carrying a `passage` attribute (its id).
 *   provenance : Y.Map<passageId, Y.Array<SourceRef>>   where each passage came from
 *
 * Provenance survives edits of the wording: it is keyed by the passage id, not by the text.
 *
 * Rules (VISION_RULES, enforced by the server): only these two fields; the content holds only the
 * shared Tiptap schema; provenance values are lists of plain data.
 *
 * Starting content: `visionSkeleton(language)`, an h2 per section in the workshop's language, each
 * followed by an empty paragraph. Only the server writes it (`writeVisionSkeleton`), once, and only
 * into an empty document; clients edit what is there. Snapshot: the content through the shared
 * editor schema (shared/editor/schema.ts `fragmentToNode`) and `readProvenance`.
 */
import * as Y from 'yjs';
import type { WorkshopLanguage } from './api.js';
import type { DocRules } from './docRules.js';
import type { StatementKind } from './statementKinds.js';

/** Top-level field names of the vision document. */
export const VISION_FIELDS = { content: 'content', provenance: 'provenance' } as const;

/** The rules of the vision document (enforced by the server, server/collab/changeJudge.ts). */
export const VISION_RULES: DocRules = {
  fields: {
    [VISION_FIELDS.content]: { kind: 'richText' },
    [VISION_FIELDS.provenance]: { kind: 'map', map: { values: 'lists' } },
  },
};

/** The sections of the vision, in order, keyed like the room parts. */
export const VISION_SECTIONS = ['openStaan', 'loslaten', 'cultuur', 'horizon'] as const;
/** One section of the vision. */
export type VisionSection = (typeof VISION_SECTIONS)[number];

/** The heading of each section in each workshop language: document content, not interface text. */
export const VISION_SECTION_TITLES: Record<WorkshopLanguage, Record<VisionSection, string>> = {
  nl: { openStaan: 'Open staan', loslaten: 'Loslaten', cultuur: 'Cultuurverandering', horizon: 'Stip op de horizon' },
  en: { openStaan: 'Being open', loslaten: 'Letting go', cultuur: 'Culture change', horizon: 'Point on the horizon' },
};

/** Heading texts besides the titles that also name a section (normalised: lower case, no punctuation). */
const SECTION_ALIASES: Record<VisionSection, string[]> = {
  openStaan: ['openstaan', 'open to'],
  loslaten: ['los laten'],
  cultuur: ['cultuur', 'culture'],
  horizon: ['de stip op de horizon', 'horizon'],
};

const normaliseHeading = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** The section a heading text names (a title in any workshop language, or an alias), or null. */
export function sectionOfHeading(text: string): VisionSection | null {
  const key = normaliseHeading(text);
  for (const section of VISION_SECTIONS) {
    const titles = Object.values(VISION_SECTION_TITLES).map((t) => normaliseHeading(t[section]));
    if (titles.includes(key) || SECTION_ALIASES[section].includes(key)) return section;
  }
  return null;
}

/** A ProseMirror JSON node of the shared schema, as far as the starting content needs. */
export interface VisionNodeJson { type: string; attrs?: Record<string, unknown>; content?: VisionNodeJson[]; text?: string }

/** A section heading (h2) as ProseMirror JSON. */
export function sectionHeading(title: string): VisionNodeJson {
  return { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] };
}

/** The starting content of a vision: each section's heading in `language`, followed by an empty paragraph. */
export function visionSkeleton(language: WorkshopLanguage): VisionNodeJson[] {
  const titles = VISION_SECTION_TITLES[language];
  return VISION_SECTIONS.flatMap((s) => [sectionHeading(titles[s]), { type: 'paragraph' }]);
}

/** A JSON node as the Yjs node y-tiptap stores for it (elements, attributes, unmarked text). */
function toYNode(node: VisionNodeJson): Y.XmlElement | Y.XmlText {
  if (node.type === 'text') return new Y.XmlText(node.text ?? '');
  const element = new Y.XmlElement(node.type);
  for (const [key, value] of Object.entries(node.attrs ?? {})) element.setAttribute(key, value as string);
  if (node.content?.length) element.insert(0, node.content.map(toYNode));
  return element;
}

/**
 * Writes the starting content into the vision when its content is empty; true when it wrote it.
 * Builds the Yjs nodes directly from `visionSkeleton`, so the server needs no editor schema
 * (ProseMirror) just to start a document.
 */
export function writeVisionSkeleton(doc: Y.Doc, language: WorkshopLanguage): boolean {
  const content = visionContentOf(doc);
  if (content.length > 0) return false;
  content.insert(0, visionSkeleton(language).map(toYNode));
  return true;
}

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
