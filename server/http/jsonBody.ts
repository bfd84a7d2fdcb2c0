// SPDX-License-Identifier: EUPL-1.2
/** Reads a JSON request body, at most `maxBytes` (1 MB by default): too large → 413, not JSON → 400. */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpError.js';

/** Largest JSON body accepted. */
const MAX_JSON_BYTES = 1024 * 1024;

/** Bytes of an oversized body still read (and dropped) so the client sees the 413 answer; beyond, the socket is cut. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

function drain(req: IncomingMessage, already: number): void {
  let seen = already;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}

/** The parsed body; `undefined` when the body is empty. */
export function readJsonBody(req: IncomingMessage, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const tooLarge = () => new HttpError('payload-too-large', `The body is larger than ${maxBytes} bytes`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    drain(req, 0);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        drain(req, size);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('error', reject);
    req.on('end', () => {
      if (size > maxBytes) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpError('invalid-body', 'The body is not valid JSON'));
      }
    });
  });
}
