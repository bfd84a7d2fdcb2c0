// SPDX-License-Identifier: EUPL-1.2
/** Types shared by the API routes: what a handler gets and what it returns. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HealthAnswer } from '../../shared/api.js';
import type { AuditNotes } from '../../shared/api/routeContract.js';
import type { Actor } from '../auth/actor.js';
import type { ServiceContext } from '../services/serviceContext.js';

/** What the API routes depend on. */
export interface ApiDeps {
  /** Stores, documents, locks and versions: everything the services work on. */
  services: ServiceContext;
  /** Set Secure on cookies. */
  secureCookies: boolean;
  /** Current health figures (collab stats included). */
  health(): HealthAnswer;
}

/** One API request, with its body already read (writes) and its session resolved. */
export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  /** The parsed JSON body of a write; undefined for reads or an empty body. */
  body: unknown;
  /** The session's actor, or null without a live session. */
  actor: Actor | null;
  deps: ApiDeps;
}

/** What a handler answers; `notes` tell the audit log what only the handler knows (see the route's audit entries). */
export interface ApiAnswer { status: number; body?: unknown; headers?: Record<string, string | string[]>; notes?: AuditNotes }

/** A route handler. */
export type ApiHandler = (r: ApiRequest) => ApiAnswer | Promise<ApiAnswer>;
