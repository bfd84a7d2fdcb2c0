// SPDX-License-Identifier: EUPL-1.2
/** Writes JSON answers, error answers and redirects. */
import type { ServerResponse } from 'node:http';
import type { HttpError } from './httpError.js';

/** Sends a JSON answer, or bytes as they are (a file: headers give its type), never cached: answers carry personal data and links. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  if (body instanceof Uint8Array) {
    res.writeHead(status, { 'Content-Length': body.byteLength, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
    return;
  }
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Sends an error answer. */
export function sendError(res: ServerResponse, err: HttpError): void {
  if (res.headersSent) { res.destroy(); return; }
  sendJson(res, err.status, err.toBody());
}

/** Sends a 302 redirect. */
export function sendRedirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0, ...headers });
  res.end();
}
