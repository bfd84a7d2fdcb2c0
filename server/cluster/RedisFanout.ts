// SPDX-License-Identifier: EUPL-1.2
/**
 * Fan-out between Stip instances through Redis Streams (REDIS_URL), with PostgreSQL as the source
 * of truth:
 * - every batch the store commits goes out as stream entries carrying each update's per-document
 *   sequence number (XADD with approximate MAXLEN trimming, one stream per shard of documents);
 * - one reader per instance follows every shard (XREAD BLOCK) and delivers other instances'
 *   entries to the open rooms here (Room.applyRemote: to every local socket, not stored again);
 * - a sequence number above the next expected one is a gap: the missing updates are read from
 *   PostgreSQL (readSince); a room also catches up right after it opened, and every room after the
 *   reader (re)connected to Redis; a slow sweep compares each open room with the stored heads, so
 *   an entry lost while Redis was away is found even if no later entry shows the gap;
 * - presence frames travel the same streams but are never stored; they are already coalesced by
 *   the sending room (RoomPresence);
 * - when rights change on one instance (logout, group move, lock), a `recheck` entry makes every
 *   other instance check its open sockets against the store at once (onRecheck), instead of at its
 *   next session sweep;
 * - Redis down: publishing fails fast (no offline queue) and is dropped, every instance keeps
 *   serving its own sockets, and catches up from PostgreSQL when its reader is back.
 */
import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import type { Log } from '../log.js';
import type { FannedRoom, RoomFanout } from '../collab/RoomFanout.js';
import type { StoredDocument } from '../store/docStore.js';
import type { CommittedUpdate, PostgresDocStore } from '../store/postgres/PostgresDocStore.js';
import { decodeEntry, encodeEntry, FANOUT_SHARDS, shardOf, type FanoutEntry } from './fanoutMessages.js';
import { SeqTracker } from './SeqTracker.js';

/** Settings of the fan-out. */
export interface RedisFanoutOptions {
  redisUrl: string;
  /** Prefix of the stream keys (default `stip:fanout:`); tests use a random one. */
  keyPrefix?: string;
  /** Entries kept per stream (approximate MAXLEN; default 10 000). */
  maxLength?: number;
  /** Milliseconds between sweeps of the open rooms against the stored heads (default 5 000). */
  sweepMs?: number;
  log: Log;
}

/** Figures for /metrics. */
export interface FanoutFigures {
  /** Milliseconds between an entry's XADD on another instance and its delivery here (last one seen). */
  lagMs: number;
  /** Whether the reader's connection to Redis is up. */
  connected: boolean;
  /** Updates read from PostgreSQL because of a gap or a reconnect. */
  caughtUp: number;
  published: number;
  publishFailed: number;
  delivered: number;
}

type RedisClient = ReturnType<typeof createClient>;
interface StreamReply { name: string; messages: { id: string; message: Record<string, string> }[] }
interface Tracked { room: FannedRoom; seq: SeqTracker; catching: Promise<void> | null; again: boolean }

const BLOCK_MS = 2_000;

/** The fan-out of one instance. */
export class RedisFanout implements RoomFanout {
  /** This instance, as written in its entries (its own are skipped). */
  readonly instance = randomBytes(9).toString('base64url');
  private readonly tracked = new Map<string, Tracked>();
  private readonly writer: RedisClient;
  private readonly reader: RedisClient;
  private readonly prefix: string;
  private readonly lastIds: string[] = Array.from({ length: FANOUT_SHARDS }, () => '$');
  private readonly unwatch: () => void;
  private readonly unwatchDeletes: () => void;
  private readonly sweepTimer: NodeJS.Timeout;
  private readerUp = false;
  private recheckHandler: (workshopId: string | null) => void = () => {};
  private stopped = false;
  private loop: Promise<void> | null = null;
  private readonly figures: FanoutFigures = { lagMs: 0, connected: false, caughtUp: 0, published: 0, publishFailed: 0, delivered: 0 };

  constructor(private readonly store: PostgresDocStore, private readonly options: RedisFanoutOptions) {
    this.prefix = options.keyPrefix ?? 'stip:fanout:';
    const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 1_000);
    this.writer = createClient({ url: options.redisUrl, disableOfflineQueue: true, socket: { reconnectStrategy } });
    this.reader = createClient({ url: options.redisUrl, disableOfflineQueue: true, socket: { reconnectStrategy } });
    for (const client of [this.writer, this.reader]) client.on('error', () => undefined); // reconnects by itself; the reader logs
    this.unwatch = store.watchCommits((updates) => this.committed(updates));
    // A document deleted here (its workshop was) must not be written back by a room open elsewhere.
    this.unwatchDeletes = store.watchDeletes((docName) => this.publish({ kind: 'forget', origin: this.instance, docName, data: new Uint8Array(), sentAt: Date.now() }));
    this.sweepTimer = setInterval(() => { void this.sweep(); }, options.sweepMs ?? 5_000);
    this.sweepTimer.unref();
  }

  /** Connects (without waiting for Redis if it is down) and starts reading. */
  start(): void {
    this.writer.connect().catch(() => undefined);
    this.reader.connect().catch(() => undefined);
    this.loop = this.readLoop();
  }

  /** Whether Redis answers (for /readyz). */
  async ping(): Promise<boolean> {
    if (!this.writer.isReady) return false;
    try {
      return (await this.writer.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /** The figures of /metrics. */
  stats(): FanoutFigures {
    return { ...this.figures, connected: this.readerUp };
  }

  opened(room: FannedRoom, stored: StoredDocument): void {
    const entry: Tracked = { room, seq: new SeqTracker(this.store.seqOf(stored)), catching: null, again: false };
    this.tracked.set(room.name, entry);
    // Whatever another instance committed between the load and now.
    this.catchUp(entry);
  }

  closed(room: FannedRoom): void {
    if (this.tracked.get(room.name)?.room === room) this.tracked.delete(room.name);
  }

  presence(docName: string, frame: Uint8Array): void {
    this.publish({ kind: 'presence', origin: this.instance, docName, data: frame, sentAt: Date.now() });
  }

  recheck(workshopId: string | null): void {
    this.publish({ kind: 'recheck', origin: this.instance, docName: workshopId === null ? '*' : `w/${workshopId}/`, data: new Uint8Array(), sentAt: Date.now() });
  }

  /** What checks this instance's open sockets when another instance asks (the services' session sweep). */
  onRecheck(handler: (workshopId: string | null) => void): void {
    this.recheckHandler = handler;
  }

  /** Stops reading and publishing and closes the Redis connections. */
  async close(): Promise<void> {
    this.stopped = true;
    this.unwatch();
    this.unwatchDeletes();
    clearInterval(this.sweepTimer);
    for (const client of [this.reader, this.writer]) {
      try {
        if (client.isOpen) client.destroy();
      } catch {
        // already closed
      }
    }
    await this.loop?.catch(() => undefined);
  }

  private committed(updates: CommittedUpdate[]): void {
    for (const update of updates) {
      this.tracked.get(update.docName)?.seq.mark(update.seq);
      this.publish({ kind: 'update', origin: this.instance, docName: update.docName, seq: update.seq, data: update.data, sentAt: Date.now() });
    }
  }

  private publish(entry: FanoutEntry): void {
    if (this.stopped || !this.writer.isReady) {
      if (entry.kind === 'update') this.figures.publishFailed++;
      return;
    }
    const key = this.prefix + shardOf(entry.docName);
    this.writer.xAdd(key, '*', encodeEntry(entry), { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: this.options.maxLength ?? 10_000 } })
      .then(() => { if (entry.kind === 'update') this.figures.published++; })
      // Lost entries are found again by the other instances' gap checks, reconnect catch-up and sweep.
      .catch(() => { if (entry.kind === 'update') this.figures.publishFailed++; });
  }

  private async readLoop(): Promise<void> {
    while (!this.stopped) {
      try {
        if (!this.reader.isReady) {
          this.setReaderUp(false);
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        if (!this.readerUp) await this.reconnected();
        const reply = await this.reader.xRead(
          this.lastIds.map((id, shard) => ({ key: this.prefix + shard, id })),
          { BLOCK: BLOCK_MS, COUNT: 500 },
        ) as unknown as StreamReply[] | null;
        for (const stream of reply ?? []) {
          const shard = Number(stream.name.slice(this.prefix.length));
          for (const { id, message } of stream.messages) {
            this.lastIds[shard] = id;
            const entry = decodeEntry(message);
            if (entry && entry.origin !== this.instance) this.deliver(entry);
          }
        }
      } catch (err) {
        if (this.stopped) return;
        this.setReaderUp(false);
        await new Promise((r) => setTimeout(r, 50));
        void err;
      }
    }
  }

  /**
   * After (re)connecting: start each stream after its current last entry, then read from PostgreSQL
   * whatever the open rooms missed. Entries written after that point are read from the streams;
   * those written before were committed before, so the catch-up has them.
   */
  private async reconnected(): Promise<void> {
    for (let shard = 0; shard < FANOUT_SHARDS; shard++) {
      const last = await this.reader.xRevRange(this.prefix + shard, '+', '-', { COUNT: 1 });
      this.lastIds[shard] = last && last.length > 0 ? last[0].id : '0-0';
    }
    this.setReaderUp(true);
    for (const entry of this.tracked.values()) this.catchUp(entry);
  }

  private setReaderUp(up: boolean): void {
    if (up === this.readerUp) return;
    this.readerUp = up;
    if (up) this.options.log.info('fanout.connected', { rooms: this.tracked.size });
    else this.options.log.warn('fanout.disconnected', { rooms: this.tracked.size });
  }

  private deliver(entry: FanoutEntry): void {
    this.figures.lagMs = Math.max(0, Date.now() - entry.sentAt);
    if (entry.kind === 'recheck') {
      const workshopId = /^w\/([^/]+)\/$/.exec(entry.docName)?.[1] ?? null;
      try {
        this.recheckHandler(workshopId);
      } catch (err) {
        this.options.log.warn('fanout.recheck-failed', { error: err instanceof Error ? err.message : String(err) });
      }
      return;
    }
    if (entry.kind === 'forget') {
      this.store.dropUnwritten(entry.docName);
      const forgotten = this.tracked.get(entry.docName);
      if (forgotten) {
        this.tracked.delete(entry.docName);
        forgotten.room.reset();
      }
      return;
    }
    const tracked = this.tracked.get(entry.docName);
    if (!tracked) return;
    if (entry.kind === 'presence') {
      tracked.room.receiveRemotePresence(entry.data);
      return;
    }
    if (tracked.seq.holds(entry.seq)) return;
    tracked.room.applyRemote(entry.data);
    this.figures.delivered++;
    if (tracked.seq.mark(entry.seq)) this.catchUp(tracked);
  }

  /** Reads the room's missing updates from PostgreSQL (one read at a time per room; asked again → read again). */
  private catchUp(tracked: Tracked): void {
    if (tracked.catching) {
      tracked.again = true;
      return;
    }
    tracked.catching = (async () => {
      do {
        tracked.again = false;
        const from = tracked.seq.seq;
        const missing = await this.store.readSince(tracked.room.name, from);
        for (const update of missing) {
          if (tracked.room.isDestroyed) return;
          if (tracked.seq.holds(update.seq)) continue;
          tracked.room.applyRemote(update.data);
          this.figures.caughtUp++;
        }
        if (missing.length > 0) tracked.seq.markUpTo(missing[missing.length - 1].seq);
      } while (tracked.again && !this.stopped);
    })()
      .catch((err) => this.options.log.warn('fanout.catch-up-failed', { docName: tracked.room.name, error: err instanceof Error ? err.message : String(err) }))
      .finally(() => { tracked.catching = null; });
  }

  /** Compares every open room with the stored heads and catches up those behind. */
  private async sweep(): Promise<void> {
    if (this.tracked.size === 0 || this.stopped) return;
    try {
      const heads = await this.store.heads([...this.tracked.keys()]);
      for (const [name, head] of heads) {
        const tracked = this.tracked.get(name);
        if (tracked && head > tracked.seq.seq) this.catchUp(tracked);
      }
    } catch {
      // PostgreSQL away: the next sweep tries again.
    }
  }
}
