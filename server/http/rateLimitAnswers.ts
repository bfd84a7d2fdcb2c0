// SPDX-License-Identifier: EUPL-1.2
/**
 * The answers to a client over its limits: 429 `{error:'rate-limited'}` for the API, a short Dutch
 * page for a join link, and 429 `{error:'too-many-connections'}` for a WebSocket upgrade.
 */
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { UPGRADE_REFUSAL } from '../../shared/closeCodes.js';
import { refuseUpgrade } from '../collab/upgradeRequest.js';
import { HttpError } from './httpError.js';
import { sendJson } from './respond.js';

/** Answers an API call over the limit with 429 and Retry-After. */
export function sendApiRateLimited(res: ServerResponse, retryAfterSeconds: number): void {
  const err = new HttpError('rate-limited', 'Too many requests from this address; try again shortly');
  sendJson(res, err.status, err.toBody(), { 'Retry-After': String(retryAfterSeconds) });
}

/** The Dutch text a person sees when their join link was opened too often. */
const LINK_RATE_LIMITED_TEXT = 'Deze link is in korte tijd te vaak geopend. Wacht een minuut en probeer het dan opnieuw.';

/** Answers a join-link opening over the limit with 429, Retry-After and a plain Dutch sentence. */
export function sendLinkRateLimited(res: ServerResponse, retryAfterSeconds: number): void {
  const body = LINK_RATE_LIMITED_TEXT + '\n';
  res.writeHead(429, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Retry-After': String(retryAfterSeconds),
  });
  res.end(body);
}

/** Refuses a WebSocket upgrade over the limit with 429 `{"error":"too-many-connections"}`; nothing is upgraded. */
export function refuseRateLimitedUpgrade(socket: Duplex): void {
  socket.on('error', () => socket.destroy());
  const { status, error } = UPGRADE_REFUSAL.tooManyConnections;
  refuseUpgrade(socket, status, error);
}
