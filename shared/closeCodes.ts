// SPDX-License-Identifier: EUPL-1.2
/**
 * WebSocket close codes and upgrade refusals of the collaboration endpoint. The client turns each
 * into a Dutch message (client/i18n: `close.<reason>`). Codes 4000–4999 are application codes.
 */

/** Close codes sent on an open collaboration socket, with the reason text sent along. */
export const CLOSE = {
  /** The connection may only read this document, but sent a change. */
  readOnlyWrite: { code: 4003, reason: 'read-only' },
  /** A frame could not be decoded (or an unknown message type). */
  malformedFrame: { code: 4400, reason: 'malformed-frame' },
  /** A frame was larger than the configured maximum (`ws` closes with the standard 1009). */
  frameTooLarge: { code: 1009, reason: 'frame-too-large' },
  /** An update claims more work than its bytes allow, or is empty. */
  updateRefused: { code: 4422, reason: 'update-refused' },
  /** Too many messages or bytes in a short time. */
  rateLimited: { code: 4429, reason: 'rate-limited' },
  /** Too many refused changes in a short time: this person may not open this document for a while. */
  lockedOut: { code: 4423, reason: 'locked-out' },
  /** The document reached its size ceiling. */
  documentFull: { code: 4507, reason: 'document-full' },
  /** The person's rights on this document changed (moved to another group, document locked). */
  permissionChanged: { code: 4406, reason: 'permission-changed' },
  /** The session ended, or the link or participant was revoked. */
  sessionEnded: { code: 4401, reason: 'session-ended' },
  /** The server is shutting down; reconnecting later works. */
  serverShutdown: { code: 1012, reason: 'server-restart' },
  /**
   * The client's copy belongs to an earlier history of the document (its epoch is not the
   * document's, see shared/docEpoch.ts): the copy must not be merged; sent before any sync.
   */
  historyReset: { code: 4410, reason: 'history-reset' },
} as const;

export type CloseReason = (typeof CLOSE)[keyof typeof CLOSE]['reason'];

/**
 * Refusals of the HTTP upgrade to `/collab/<docName>`, answered with an HTTP status and the
 * error id as the body (the browser sees a failed connection; tests read the status).
 */
export const UPGRADE_REFUSAL = {
  noSession: { status: 401, error: 'no-session' },
  unknownDocument: { status: 404, error: 'unknown-document' },
  forbidden: { status: 403, error: 'forbidden' },
  badOrigin: { status: 403, error: 'bad-origin' },
  tooManyConnections: { status: 429, error: 'too-many-connections' },
  /** Too many refused changes from this person on this document: refused for a while (with Retry-After). */
  lockedOut: { status: 429, error: 'locked-out' },
  /** The session already holds as many open sockets as it may (STIP_SOCKETS_PER_SESSION). */
  sessionSockets: { status: 429, error: 'too-many-sockets-session' },
  /** The client address already holds as many open sockets as it may (STIP_SOCKETS_PER_IP). */
  addressSockets: { status: 429, error: 'too-many-sockets-address' },
} as const;

/** Looks up a close code's reason id (for the client), or null for a normal or unknown code. */
export function closeReasonOf(code: number): CloseReason | null {
  for (const c of Object.values(CLOSE)) if (c.code === code) return c.reason;
  return null;
}
