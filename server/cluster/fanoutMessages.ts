// SPDX-License-Identifier: EUPL-1.2
/**
 * The entries of the fan-out streams in Redis: one stream per shard of documents
 * (`<prefix><shard>`), each entry an update (with its per-document sequence number) or a presence
 * frame, with the instance that wrote it and the time it was written (for the lag figure).
 */

/** Number of streams the documents are spread over. */
export const FANOUT_SHARDS = 16;

/** One stream entry, decoded. */
export type FanoutEntry =
  | { kind: 'update'; origin: string; docName: string; seq: number; data: Uint8Array; sentAt: number }
  | { kind: 'presence'; origin: string; docName: string; data: Uint8Array; sentAt: number }
  /** The document was deleted (its workshop was): drop it without saving anything more. */
  | { kind: 'forget'; origin: string; docName: string; data: Uint8Array; sentAt: number }
  /**
   * Rights changed on the sending instance (a logout, a group move, a lock, a removed participant):
   * every instance checks its open sockets in `docName` (a workshop prefix, or `*`) against the
   * store now, and closes those whose session ended or whose rights shrank.
   */
  | { kind: 'recheck'; origin: string; docName: string; data: Uint8Array; sentAt: number };

const KIND_LETTER = { update: 'u', presence: 'p', forget: 'f', recheck: 'r' } as const;

/** The shard (stream) of a document: a small stable hash of its name. */
export function shardOf(docName: string): number {
  let h = 2166136261;
  for (let i = 0; i < docName.length; i++) h = Math.imul(h ^ docName.charCodeAt(i), 16777619);
  return (h >>> 0) % FANOUT_SHARDS;
}

/** The fields XADD writes for an entry. */
export function encodeEntry(entry: FanoutEntry): Record<string, string> {
  const fields: Record<string, string> = {
    k: KIND_LETTER[entry.kind],
    o: entry.origin,
    d: entry.docName,
    t: String(entry.sentAt),
    b: Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength).toString('base64'),
  };
  if (entry.kind === 'update') fields.s = String(entry.seq);
  return fields;
}

/** Reads an entry's fields; null when they are not a fan-out entry (ignored, never fatal). */
export function decodeEntry(fields: Record<string, string | undefined>): FanoutEntry | null {
  const { k, o, d, t, b, s } = fields;
  if (!o || !d || b === undefined || !t) return null;
  const data = new Uint8Array(Buffer.from(b, 'base64'));
  const sentAt = Number(t);
  if (k === 'p') return { kind: 'presence', origin: o, docName: d, data, sentAt };
  if (k === 'f') return { kind: 'forget', origin: o, docName: d, data, sentAt };
  if (k === 'r') return { kind: 'recheck', origin: o, docName: d, data, sentAt };
  const seq = Number(s);
  if (k !== 'u' || !Number.isSafeInteger(seq) || seq < 1) return null;
  return { kind: 'update', origin: o, docName: d, seq, data, sentAt };
}
