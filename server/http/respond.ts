// SPDX-License-Identifier: EUPL-1.2
/** Writes JSON answers, files, error answers and redirects. */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { HttpError } from './httpError.js';

/** A file on disk as an answer's body: streamed in chunks, never read whole into the server's memory. */
export class FileBody {
  constructor(readonly path: string, readonly size: number) {}
}

/** Streams a file; one that cannot be opened (removed meanwhile) is a 404. */
function sendFile(res: ServerResponse, status: number, file: FileBody, headers: Record<string, string | string[]>): void {
  const stream = fs.createReadStream(file.path);
  stream.once('open', () => {
    res.writeHead(status, { 'Content-Length': file.size, 'Cache-Control': 'no-store', ...headers });
    stream.pipe(res);
  });
  stream.once('error', () => {
    if (res.headersSent) res.destroy();
    else sendError(res, new HttpError('not-found', 'The file is gone; export again'));
  });
  res.once('close', () => stream.destroy());
}

/** Sends a JSON answer, or bytes or a file as they are (headers give its type), never cached: answers carry personal data and links. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  if (body instanceof FileBody) return sendFile(res, status, body, headers);
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
