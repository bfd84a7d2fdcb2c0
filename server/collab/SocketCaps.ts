// SPDX-License-Identifier: EUPL-1.2
/**
 * Caps on open collaboration sockets: per session (a person has a few tabs × a few documents) and
 * per client address. A slot is reserved at upgrade, before the socket exists, so parallel
 * upgrades cannot all slip under the cap, and given back once when the socket (or the attempt) ends.
 */

/** The caps; 0 switches one off. */
export interface SocketCapLimits {
  perSession: number;
  perAddress: number;
}

/** Which cap refused a socket. */
export type SocketCapRefusal = 'sessionSockets' | 'addressSockets';

/** Counts open sockets per session and per address. */
export class SocketCaps {
  private readonly bySession = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: SocketCapLimits) {}

  /**
   * Reserves one socket for the session and the address (null: the address is not capped, e.g.
   * loopback); returns the function that gives it back (idempotent), or the cap that refused.
   */
  reserve(sessionId: string, address: string | null): { ok: true; release: () => void } | { ok: false; refusal: SocketCapRefusal } {
    if (this.limits.perSession > 0 && (this.bySession.get(sessionId) ?? 0) >= this.limits.perSession) return { ok: false, refusal: 'sessionSockets' };
    if (address !== null && this.limits.perAddress > 0 && (this.byAddress.get(address) ?? 0) >= this.limits.perAddress) return { ok: false, refusal: 'addressSockets' };
    bump(this.bySession, sessionId, 1);
    if (address !== null) bump(this.byAddress, address, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        bump(this.bySession, sessionId, -1);
        if (address !== null) bump(this.byAddress, address, -1);
      },
    };
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
