// SPDX-License-Identifier: EUPL-1.2
/**
 * Probes for a load balancer or Kubernetes: `GET /livez` answers 200 while the process serves
 * HTTP at all; `GET /readyz` answers 200 only when the document store answers and, when
 * configured, Redis does, and 503 (with which one failed) otherwise or once the instance is
 * stopping (SIGTERM), so no new sockets are sent its way. No figures, no names.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const LIVEZ_PATH = '/livez';
const READYZ_PATH = '/readyz';

/** What /readyz asks. */
export interface Readiness {
  /** Whether the store answers, and Redis (null: not configured). */
  check(): Promise<{ store: boolean; redis: boolean | null }>;
  /** True once the instance stops accepting. */
  stopping(): boolean;
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Answers a probe path; false when the path is not a probe. */
export function answerProbe(req: IncomingMessage, res: ServerResponse, pathname: string, readiness: Readiness | undefined): boolean {
  if (pathname === LIVEZ_PATH) {
    send(res, 200, { ok: true });
    return true;
  }
  if (pathname !== READYZ_PATH || !readiness) return false;
  if (readiness.stopping()) {
    send(res, 503, { ok: false, stopping: true });
    return true;
  }
  readiness.check().then(
    ({ store, redis }) => send(res, store && redis !== false ? 200 : 503, { ok: store && redis !== false, store, ...(redis === null ? {} : { redis }) }),
    () => send(res, 503, { ok: false, store: false }),
  );
  return true;
}
