// SPDX-License-Identifier: EUPL-1.2
/**
 * The server's per-client limits, checked before any work is done: WebSocket upgrade attempts and
 * API calls per client address, and openings of one join link (keyed by the link's hash, so the
 * token itself is never kept). Loopback addresses are exempt unless `limitLoopback` is set.
 */
import type { IncomingMessage } from 'node:http';
import { hashToken } from '../auth/tokens.js';
import type { RateLimits } from '../config.js';
import { KeyedRateLimiter } from './rateLimit.js';

/** The address a request comes from: the last X-Forwarded-For entry behind a trusted proxy, else the socket's. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const value = Array.isArray(header) ? header[header.length - 1] : header;
    const last = value?.split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Whether an address is the machine itself (127.0.0.0/8, ::1, IPv4-mapped loopback). */
function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The three limits of the server, with their keys. */
export class RateLimitGate {
  private readonly upgrades: KeyedRateLimiter;
  private readonly api: KeyedRateLimiter;
  private readonly linkOpens: KeyedRateLimiter;

  constructor(private readonly limits: RateLimits, private readonly trustProxy: boolean, now?: () => number) {
    this.upgrades = new KeyedRateLimiter({ ratePerSecond: limits.upgradesPerSecond, burst: limits.upgradeBurst, now });
    this.api = new KeyedRateLimiter({ ratePerSecond: limits.apiPerSecond, burst: limits.apiBurst, now });
    this.linkOpens = new KeyedRateLimiter({ ratePerSecond: limits.linkOpensPerMinute / 60, burst: limits.linkOpensPerMinute, now });
  }

  /** Charges one WebSocket upgrade attempt to the request's address; false when over the limit. */
  allowUpgrade(req: IncomingMessage): boolean {
    const address = this.limitedAddress(req);
    return address === null || this.upgrades.take(address);
  }

  /** Charges one API call (or join-link opening) to the request's address; false when over the limit. */
  allowApiCall(req: IncomingMessage): boolean {
    const address = this.limitedAddress(req);
    return address === null || this.api.take(address);
  }

  /** Charges one opening of this join link (any address); false when it was opened too often. */
  allowLinkOpen(token: string): boolean {
    return this.linkOpens.take(hashToken(token));
  }

  /** Seconds to send in Retry-After for a refused API call or link opening. */
  retryAfterSeconds(kind: 'api' | 'link'): number {
    return kind === 'api' ? this.api.retryAfterSeconds : this.linkOpens.retryAfterSeconds;
  }

  /** The request's address when per-address limits apply to it; null for exempt loopback. */
  limitedAddress(req: IncomingMessage): string | null {
    const address = clientAddress(req, this.trustProxy);
    return !this.limits.limitLoopback && isLoopback(address) ? null : address;
  }
}
