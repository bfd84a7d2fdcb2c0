// SPDX-License-Identifier: EUPL-1.2
/** Reading and refusing the HTTP upgrade request of `/collab/<docName>` (before any WebSocket exists). */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { EPOCH_PARAM } from '../../shared/docEpoch.js';
import { COLLAB_PATH_PREFIX } from '../../shared/paths.js';

/** The document name in an upgrade URL (query string and fragment stripped), or null when the path is not ours. */
export function docNameOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  return path.startsWith(COLLAB_PATH_PREFIX) ? path.slice(COLLAB_PATH_PREFIX.length) : null;
}

/**
 * The epoch a client names for its copy (`?epoch=`, see shared/docEpoch.ts): null when it names
 * none; any other value, even a malformed one, is a claim that must match the document's epoch.
 */
export function claimedEpochOfUrl(url: string | undefined): string | null {
  const start = url?.indexOf('?') ?? -1;
  if (!url || start === -1) return null;
  const end = url.indexOf('#', start);
  return new URLSearchParams(url.slice(start + 1, end === -1 ? undefined : end)).get(EPOCH_PARAM);
}

/** Default origin rule (upgrades and API writes alike): a browser page may connect only from the host it asks. */
export function sameHostOrigin(origin: string, req: IncomingMessage): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Answers the upgrade with a plain HTTP error `{"error": id}` (and extra headers, e.g. Retry-After) and closes the socket; nothing is upgraded. */
export function refuseUpgrade(socket: Duplex, status: number, error: string, headers: Record<string, string> = {}): void {
  if (socket.destroyed) return;
  socket.on('error', () => {});
  const body = JSON.stringify({ error });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  socket.once('finish', () => socket.destroy());
  socket.end(`${head}\r\n\r\n${body}`);
}
