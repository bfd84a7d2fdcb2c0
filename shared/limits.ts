// SPDX-License-Identifier: EUPL-1.2
/** Default limits shared by server and client. The server reads overrides from its environment. */
export const DEFAULT_LIMITS = {
  /** Largest WebSocket frame accepted, in bytes (the `ws` default of 100 MiB is far too large). */
  maxFrameBytes: 1024 * 1024,
  /** Largest document (encoded state), in bytes. */
  maxDocumentBytes: 10 * 1024 * 1024,
  /** Messages per second per connection, sustained (a token bucket allows bursts of 4x). */
  messagesPerSecond: 50,
  /** Bytes per second per connection, sustained. */
  bytesPerSecond: 1024 * 1024,
  /**
   * Requests for the document (sync step 1) per connection per minute, sustained, after a first burst
   * of 3. A stock client sends one per connection; each answer costs time in proportion to the document.
   */
  syncRequestsPerMinute: 6,
  /** Largest awareness state of one client, in bytes (JSON). */
  maxAwarenessStateBytes: 4096,
  /** Longest statement text, in characters. */
  maxStatementChars: 600,
  /**
   * Most statements one group document holds. A group of ~17 people writing for an hour writes
   * perhaps 5–15 each (~250); 400 leaves room and keeps every browser responsive (~240 KB of text).
   */
  maxStatementsPerDocument: 400,
  /** Most statements one person has in one group document: one every 90 seconds for an hour. */
  maxStatementsPerAuthor: 40,
  /** Most statements one private draft holds (a draft is one person's, so the per-author bound). */
  maxDraftStatements: 40,
  /** Deepest nesting of rich-text nodes (a list in a list in a quote …); the editor's own use stays far below. */
  maxRichTextDepth: 16,
  /** Longest participant name. */
  maxNameChars: 120,
  /** Most participants in one workshop. */
  maxParticipants: 500,
} as const;

export type Limits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };
