// SPDX-License-Identifier: EUPL-1.2
/**
 * Presence (y-protocols awareness) of one room, kept by the server so that it cannot be forged
 * and so that fan-out stays cheap:
 * - a connection owns the first clientID it sets and may only change or remove that one;
 * - the `user` field of every state is replaced by the connection's identity;
 * - real changes go out promptly (leading edge, then at most one frame per `changeBatchMs`);
 * - renewals (same state, higher clock; every client sends one each ~15 s) are collected and sent
 *   as one room-wide frame every `renewalMs`, short enough that peers, which drop a state after
 *   30 s without renewal, keep seeing everyone (≤ 18 s between renewals + renewalMs < 30 s);
 * - states not renewed for 30 s are dropped here too, and the removal is sent;
 * - when the workshop hides names (`namesShown` false), every `user` goes out with `name: ''`:
 *   others see role, colour and a presence key, never who it is; only the workshop's facilitators
 *   (who know every participant anyway) get a second frame with the names, for their cockpit. The
 *   setting is read at every change and at every renewal tick; when it flips, every state is sent
 *   again with the user it now gets.
 * Every frame is encoded once (twice while names are hidden: with and without them) and sent to every
 * socket of the room (owners ignore their own entries, whose clock they already have).
 */
import type { AwarenessUser } from '../../shared/awareness.js';
import { CLOSE } from '../../shared/closeCodes.js';
import type { Connection } from './Connection.js';
import { encodeAwarenessMessage, FrameRefused, readAwarenessEntries, type AwarenessEntry } from './protocol.js';

/** Peers drop awareness states not renewed within this time (y-protocols `outdatedTimeout`). */
const AWARENESS_OUTDATED_MS = 30_000;

/** Timing and size settings of a room's presence. */
export interface PresenceOptions {
  maxStateBytes: number;
  /** Real changes within this window are sent together. */
  changeBatchMs: number;
  /** Renewals are sent together at this interval. */
  renewalMs: number;
  /** Whether the workshop shows names now (default: yes). */
  namesShown?: () => boolean;
}

/** One client's state: `state` as everyone gets it, `named` with the name where `state` hides it (else null). */
interface PresenceState { clock: number; raw: string; state: string; named: string | null; lastUpdated: number; user: AwarenessUser }

/** Sends a frame to every socket of the room; with `named`, that one to the sockets that may see names. */
export type PresenceBroadcast = (frame: Uint8Array, named: Uint8Array | null) => void;

/** Whether a connection may see names in presence where the workshop hides them: a facilitator (not the plenary screen). */
export const seesHiddenNames = (conn: Connection) => conn.identity.user.role === 'facilitator' && conn.identity.participantId !== null;

const utf8 = new TextDecoder();
const NULL_JSON = 'null';

function isNullState(bytes: Uint8Array): boolean {
  return bytes.length === 4 && bytes[0] === 0x6e && bytes[1] === 0x75 && bytes[2] === 0x6c && bytes[3] === 0x6c;
}

/** The user others see: without the name when the workshop hides names. */
function shownUser(user: AwarenessUser, namesShown: boolean): AwarenessUser {
  return namesShown ? user : { ...user, name: '' };
}

/** Parses a state and replaces its `user`; null when the state is not an object (ignored). */
function withUser(raw: string, user: AwarenessUser): string | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new FrameRefused(CLOSE.malformedFrame, 'awareness state is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  (value as Record<string, unknown>).user = user;
  return JSON.stringify(value);
}

/** The awareness states of one room and their fan-out. */
export class RoomPresence {
  private readonly states = new Map<number, PresenceState>();
  private readonly owners = new Map<number, Connection>();
  /** Clients whose change or removal is still to be sent. */
  private readonly changed = new Set<number>();
  /** Clock of each removal still to be sent. */
  private readonly removals = new Map<number, number>();
  /** Clients that renewed since the last renewal frame. */
  private readonly renewed = new Set<number>();
  private destroyed = false;
  private changeTimer: NodeJS.Timeout | null = null;
  private lastChangeSentAt = -Infinity;
  private readonly renewalTimer: NodeJS.Timeout;
  /** The name setting the current states were made with. */
  private namesShown: boolean;

  constructor(private readonly broadcast: PresenceBroadcast, private readonly options: PresenceOptions) {
    this.renewalTimer = setInterval(() => this.tick(), options.renewalMs);
    this.renewalTimer.unref();
    this.namesShown = this.readNamesShown();
  }

  /** Number of clients with a state. */
  get size(): number {
    return this.states.size;
  }

  /** Applies an awareness update from `conn`: only its own clientID, with its own user. */
  receive(conn: Connection, update: Uint8Array): void {
    readAwarenessEntries(update, (clientId, clock, bytes) => {
      if (clientId !== conn.awarenessClientId) {
        if (conn.awarenessClientId !== null || isNullState(bytes) || !this.claim(conn, clientId)) return;
      }
      if (bytes.length > this.options.maxStateBytes) return;
      if (isNullState(bytes)) this.remove(clientId, clock, false);
      else this.set(conn, clientId, clock, utf8.decode(bytes));
    });
  }

  /** One frame with every current state as `conn` may see them (for a new connection or a query), or null when empty. */
  snapshot(conn: Connection): Uint8Array | null {
    if (this.states.size === 0) return null;
    this.followNameSetting();
    const named = seesHiddenNames(conn);
    const entries: AwarenessEntry[] = [];
    for (const [clientId, s] of this.states) entries.push({ clientId, clock: s.clock, state: named ? (s.named ?? s.state) : s.state });
    return encodeAwarenessMessage(entries);
  }

  /** Removes the state a closing connection owned and tells the room. */
  release(conn: Connection): void {
    const clientId = conn.awarenessClientId;
    if (this.destroyed || clientId === null || this.owners.get(clientId) !== conn) return;
    this.owners.delete(clientId);
    const s = this.states.get(clientId);
    if (s) this.remove(clientId, s.clock, true);
  }

  /** Stops the timers. */
  destroy(): void {
    this.destroyed = true;
    clearInterval(this.renewalTimer);
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = null;
  }

  private claim(conn: Connection, clientId: number): boolean {
    const owner = this.owners.get(clientId);
    // The same session may take its clientID over (a reconnect before the old socket is gone).
    if (owner && owner !== conn && owner.identity.sessionId !== conn.identity.sessionId) return false;
    if (owner && owner !== conn) owner.awarenessClientId = null;
    this.owners.set(clientId, conn);
    conn.awarenessClientId = clientId;
    return true;
  }

  private set(conn: Connection, clientId: number, clock: number, raw: string): void {
    const current = this.states.get(clientId);
    if (current && clock <= current.clock) return;
    if (current && current.raw === raw) {
      current.clock = clock;
      current.lastUpdated = Date.now();
      if (!this.changed.has(clientId)) this.renewed.add(clientId);
      return;
    }
    this.followNameSetting();
    const state = withUser(raw, shownUser(conn.identity.user, this.namesShown));
    if (state === null) return;
    const named = this.namesShown ? null : withUser(raw, conn.identity.user);
    this.states.set(clientId, { clock, raw, state, named, lastUpdated: Date.now(), user: conn.identity.user });
    this.removals.delete(clientId);
    this.renewed.delete(clientId);
    this.markChanged(clientId);
  }

  private remove(clientId: number, clock: number, force: boolean): void {
    const current = this.states.get(clientId);
    if (!current || (!force && clock < current.clock)) return;
    this.states.delete(clientId);
    this.renewed.delete(clientId);
    this.removals.set(clientId, Math.max(clock, current.clock));
    this.markChanged(clientId);
  }

  private markChanged(clientId: number): void {
    this.changed.add(clientId);
    if (this.changeTimer) return;
    const wait = Math.max(0, this.lastChangeSentAt + this.options.changeBatchMs - performance.now());
    this.changeTimer = setTimeout(() => this.sendChanges(), wait);
  }

  private sendChanges(): void {
    this.changeTimer = null;
    if (this.changed.size === 0) return;
    const entries: AwarenessEntry[] = [];
    const named: AwarenessEntry[] = [];
    let hidden = false;
    for (const clientId of this.changed) {
      const s = this.states.get(clientId);
      if (s) {
        entries.push({ clientId, clock: s.clock, state: s.state });
        named.push({ clientId, clock: s.clock, state: s.named ?? s.state });
        hidden ||= s.named !== null;
      } else {
        const clock = this.removals.get(clientId);
        if (clock !== undefined) { entries.push({ clientId, clock, state: NULL_JSON }); named.push({ clientId, clock, state: NULL_JSON }); }
      }
    }
    this.changed.clear();
    this.removals.clear();
    this.lastChangeSentAt = performance.now();
    if (entries.length > 0) this.broadcast(encodeAwarenessMessage(entries), hidden ? encodeAwarenessMessage(named) : null);
  }

  private readNamesShown(): boolean {
    try {
      return this.options.namesShown?.() ?? true;
    } catch {
      return false; // unknown: hide
    }
  }

  /** Rewrites every state when the name setting flipped since they were made; they go out as changes. */
  private followNameSetting(): void {
    const shown = this.readNamesShown();
    if (shown === this.namesShown) return;
    this.namesShown = shown;
    for (const [clientId, s] of this.states) {
      const state = withUser(s.raw, shownUser(s.user, shown));
      if (state === null) continue;
      s.state = state;
      s.named = shown ? null : withUser(s.raw, s.user);
      this.renewed.delete(clientId);
      this.markChanged(clientId);
    }
  }

  private tick(): void {
    this.followNameSetting();
    const outdatedBefore = Date.now() - AWARENESS_OUTDATED_MS;
    for (const [clientId, s] of this.states) if (s.lastUpdated <= outdatedBefore) this.remove(clientId, s.clock, true);
    if (this.changed.size > 0) {
      if (this.changeTimer) clearTimeout(this.changeTimer);
      this.sendChanges();
    }
    if (this.renewed.size === 0) return;
    const entries: AwarenessEntry[] = [];
    const named: AwarenessEntry[] = [];
    let hidden = false;
    for (const clientId of this.renewed) {
      const s = this.states.get(clientId);
      if (!s) continue;
      entries.push({ clientId, clock: s.clock, state: s.state });
      named.push({ clientId, clock: s.clock, state: s.named ?? s.state });
      hidden ||= s.named !== null;
    }
    this.renewed.clear();
    if (entries.length > 0) this.broadcast(encodeAwarenessMessage(entries), hidden ? encodeAwarenessMessage(named) : null);
  }
}
