// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of a document kind, as data: which top-level fields exist and what each may hold.
 * Each kind's home declares its rules (shared/groupDoc.ts GROUP_RULES, draftDoc.ts DRAFT_RULES,
 * visionDoc.ts VISION_RULES, liveDoc.ts LIVE_RULES); the server checks every change against
 * them before it is stored or sent (server/collab/changeJudge.ts), the server's own changes too.
 *
 *   field kinds  'statements'  Y.Map<statementId, statement>  (the statement shape of groupDoc.ts)
 *                'richText'    Y.XmlFragment of the shared Tiptap schema (shared/editor/richTextRules.ts)
 *                'map'         Y.Map of plain values, or of Y.Arrays of plain values (`values: 'lists'`)
 */

/** Limits of a statements field. */
export interface StatementRules {
  /** Most statements the field may hold. */
  maxPerDocument: number;
  /** Most statements with one author key. */
  maxPerAuthor: number;
  /** Longest text of one statement, in characters. */
  maxChars: number;
  /** A client that changes a statement it did not write must name itself among its `editors` in the same change (shared/groupDoc.ts). */
  editorsNamed?: boolean;
  /** The statement kinds the field holds; the meeting-1 kinds (shared/statementKinds.ts) when absent. */
  kinds?: readonly string[];
}

/** A map field of plain values (JSON) or of lists of plain values. */
export interface MapRules {
  /** The keys it may hold; any key when absent. */
  keys?: readonly string[];
  /** 'plain': each value plain data; 'lists': each value a Y.Array of plain data. */
  values: 'plain' | 'lists';
}

/** One top-level field. */
export type FieldRules =
  | { kind: 'statements'; statements: StatementRules }
  | { kind: 'richText' }
  | { kind: 'map'; map: MapRules };

/** The rules of one document kind. */
export interface DocRules {
  /** The top-level fields; nothing else may be written. */
  fields: Record<string, FieldRules>;
  /** Only the server writes this document (clients connect read-only). */
  serverOnly?: boolean;
}
