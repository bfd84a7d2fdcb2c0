// SPDX-License-Identifier: EUPL-1.2
/** CSRF protection for writes: `Content-Type: application/json` (415 otherwise) and, when an Origin is sent, the same host (403). */
import type { IncomingMessage } from 'node:http';
import { sameHostOrigin } from '../collab/upgradeRequest.js';
import { HttpError } from './httpError.js';

/** Methods that change something. */
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether the request's media type is application/json (parameters such as charset allowed). */
function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return typeof type === 'string' && type.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** Whether the Origin header, if any, names this server's host. */
const originMatchesHost = (req: IncomingMessage): boolean => req.headers.origin === undefined || sameHostOrigin(req.headers.origin, req);

/** Throws when a write request fails the CSRF checks. */
export function checkWriteRequest(req: IncomingMessage): void {
  if (!isJsonRequest(req)) throw new HttpError('unsupported-media-type', 'Writes need Content-Type: application/json');
  if (!originMatchesHost(req)) throw new HttpError('csrf-check-failed', 'The Origin of this request does not match the server');
}
