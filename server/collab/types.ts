// SPDX-License-Identifier: EUPL-1.2
/**
 * The contract between the collaboration server (rooms, sockets) and the rest of the server
 * (sessions, workshops). The collab layer knows nothing of cookies or tables: it asks an
 * authorizer who a connecting request is and what it may do with the document.
 */
import type { IncomingMessage } from 'node:http';
import type { DocRef } from '../../shared/docNames.js';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { UPGRADE_REFUSAL } from '../../shared/closeCodes.js';

/** What a connection may do with one document. */
export type Permission = 'write' | 'read';

/** Who is connecting, resolved from the session. */
export interface ConnectionIdentity {
  sessionId: string;
  /** Null for a set-up session (installation organiser). */
  participantId: string | null;
  workshopId: string | null;
  /** The participant's author key (statements, endorsements); absent or null for sessions that are no participant (set-up, screen). */
  authorKey?: string | null;
  /** Whether this connection may change the text of statements others wrote (absent: yes); the facilitator's setting, auth/statementEditRule. */
  mayEditOthersStatements?: boolean;
  /** What others see in presence; never what the client claims. */
  user: AwarenessUser;
}

/** The authorizer's answer for one upgrade request. */
export type AuthorizeResult =
  | { ok: true; identity: ConnectionIdentity; permission: Permission }
  | { ok: false; refusal: keyof typeof UPGRADE_REFUSAL };

/** Decides, before any Yjs message is processed, whether a request may open a document. */
export interface CollabAuthorizer {
  authorize(req: IncomingMessage, doc: DocRef): AuthorizeResult | Promise<AuthorizeResult>;
}

/** The collaboration server's logger: an event id and non-secret fields (ids, codes, counts). */
export type CollabLog = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;
