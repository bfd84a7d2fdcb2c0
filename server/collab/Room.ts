// SPDX-License-Identifier: EUPL-1.2
/**
 * One open document: its Y.Doc, its presence, the connections in it, and its place in the store.
 * Every change the document accepts (from a client or from the server) is appended to the store
 * and sent, encoded once, to every other socket of the room; the broadcast does not wait for the
 * store, which writes within its own flush window (and keeps what it cannot write yet). After `compactAfterUpdates` stored updates the log is compacted.
 *
 * A transaction with an item out of place (itemPlacement.ts) is neither stored nor sent; the
 * room's copy then holds it, so the room is reset: dropped without saving, its other sockets
 * closed with CLOSE.serverShutdown. Their clients reconnect at once to a copy loaded from the
 * store and send back whatever the store lacks, so nobody loses a change.
 *
 * A document with rules (shared/docRules.ts, from `rulesOf`) has every change judged against
 * them, the server's own too: what an update's structs show before Yjs sees it (prejudge, no
 * reset), the rest right after integration (changeJudge.ts), refused like an item out of place.
 * The server's own changes also keep the document's byte ceiling (only deletions may pass it).
 *
 * A document stored as one update (compacted, as every unload leaves it) is not applied at load:
 * a new copy's sync request is answered with the stored bytes themselves, and right after that
 * answer a writer gets the server's sync step 1 with the stored bytes' state vector (read from the
 * update, without building). The Y.Doc
 * is built at once when anything needs it (a change, a copy that holds part of the document, the
 * rules), else a few seconds after load (BUILD_AFTER_MS): not while the first readers apply the
 * answer, and not while the first wave of joiners (forty at the start of a meeting) is still
 * being answered, which a build of a long history (half a second of the server's thread) would
 * hold up. Until then nothing can have changed, so the stored bytes are the document. A long
 * history then costs its first reader only their own apply time (`npm run bench -- --open`).
 */
import * as Y from 'yjs';
import type { DocRules } from '../../shared/docRules.js';
import type { Limits } from '../../shared/limits.js';
import type { DocStore, StoredDocument } from '../store/docStore.js';
import { CLOSE } from '../../shared/closeCodes.js';
import { defineRuledFields, judgeTransaction, type ChangeSender } from './changeJudge.js';
import { Connection } from './Connection.js';
import { encodeIntegratedState } from './integratedState.js';
import { misplacedItem } from './itemPlacement.js';
import { encodeSyncStep1, encodeSyncStep1OfStateVector, encodeSyncStep2, encodeSyncStep2OfUpdate, encodeUpdateMessage } from './protocol.js';
import { RoomPresence, seesHiddenNames } from './RoomPresence.js';
import type { CollabLog } from './types.js';
import { prejudgeUpdate } from './updatePrejudge.js';
import type { RoomFanout } from './RoomFanout.js';

/** Transaction origin of changes the server makes itself (exports, posted comments). */
export const SERVER_ORIGIN = Symbol('server');

/** Transaction origin of updates another instance committed (RoomFanout): sent here, not stored again. */
const REMOTE_ORIGIN = Symbol('remote');

/** What a room needs from its server. */
export interface RoomContext {
  store: DocStore;
  limits: Limits;
  compactAfterUpdates: number;
  awarenessChangeBatchMs: number;
  awarenessRenewalMs: number;
  log: CollabLog;
  /** Called when the last connection left. */
  onEmpty(room: Room): void;
  /** Called when the room refused a change its copy already holds: forget the room, it is discarded. */
  onReset(room: Room): void;
  /** The rules a document follows (shared/docRulesByKind.ts); none are checked when absent or null. */
  rulesOf?(docName: string): DocRules | null;
  /** Whether the document's workshop shows names now; presence hides them when not (RoomPresence). Default: shown. */
  namesShown?(docName: string): boolean;
  /** The other instances (server/cluster/), when several share the store; absent for one process. */
  fanout?: RoomFanout;
}

/** Who made a transaction, for the rules: a connection's session, or the server itself. */
function senderOf(origin: unknown): ChangeSender {
  if (!(origin instanceof Connection)) return { server: true };
  const { identity } = origin;
  return { server: false, authorKey: identity.authorKey ?? null, role: identity.user.role, mayEditOthers: identity.mayEditOthersStatements ?? true };
}

/** The name setting of one document's workshop, for its presence (undefined: names shown). */
function namesShownOf(ctx: RoomContext, docName: string): (() => boolean) | undefined {
  const namesShown = ctx.namesShown;
  return namesShown ? () => namesShown(docName) : undefined;
}

/** Whether a transaction added structs (rather than only deleting). */
const addsStructs = (tr: Y.Transaction) => [...tr.afterState].some(([client, clock]) => clock > (tr.beforeState.get(client) ?? 0));

/** How long a room loaded without its Y.Doc waits for a change before it builds the doc anyway. */
const BUILD_AFTER_MS = 3_000;

/** An open document with its connections. */
export class Room {
  private readonly ydoc = new Y.Doc();
  /** The stored update not applied yet (see the top of this file), or null once the doc is built. */
  private unapplied: Uint8Array | null = null;
  /** Work waiting for the doc to be built (the epoch). */
  private afterBuild: ((doc: Y.Doc) => void)[] = [];
  private buildTimer: NodeJS.Timeout | null = null;
  /** Sync step 1 with the stored update's state vector, while the doc is not built (many join at once). */
  private unappliedStep1: Uint8Array | null = null;
  /** Writers that still get the server's sync step 1: after the answer to their own, or at the build. */
  private readonly owedStep1 = new Set<Connection>();
  readonly connections = new Set<Connection>();
  readonly presence: RoomPresence;
  /** Approximate stored size: bytes at load or last compaction plus bytes appended since. */
  private storedBytes: number;
  private storedRows: number;
  private lastStoredId: number;
  private compaction: Promise<void> | null = null;
  private compactionQueued = false;
  private destroyed = false;
  /** Sync step 2 with the whole document, for new copies (many join at once); dropped at every change. */
  private fullState: Uint8Array | null = null;
  /** Why a change was refused after Yjs integrated it (the room must be reset), or null. */
  private refusal: string | null = null;
  /** Whether that refusal was a crafted item placement (see refusedAsCrafted). */
  private crafted = false;
  /** The rules every change is judged against, or null. */
  private readonly rules: DocRules | null;
  /** Timer that unloads the room once it has been empty long enough (owned by the registry). */
  idleTimer: NodeJS.Timeout | null = null;
  /** The document's epoch (shared/docEpoch.ts), set by the registry right after loading. */
  epoch = '';

  constructor(readonly name: string, stored: StoredDocument, private readonly ctx: RoomContext) {
    this.storedBytes = stored.bytes;
    this.storedRows = stored.updates.length;
    this.lastStoredId = stored.lastId;
    this.rules = ctx.rulesOf?.(name) ?? null;
    if (this.rules) defineRuledFields(this.ydoc, this.rules);
    if (stored.updates.length === 1) {
      this.unapplied = stored.updates[0];
      this.buildTimer = setTimeout(() => this.build(), BUILD_AFTER_MS);
      this.buildTimer.unref();
    } else {
      this.applyStored(stored.updates);
    }
    // Other instances get the frame everyone may see (names only where the workshop shows them).
    this.presence = new RoomPresence((frame, named) => {
      this.broadcastPresence(frame, named);
      ctx.fanout?.presence(name, frame);
    }, {
      maxStateBytes: ctx.limits.maxAwarenessStateBytes,
      changeBatchMs: ctx.awarenessChangeBatchMs,
      renewalMs: ctx.awarenessRenewalMs,
      namesShown: namesShownOf(ctx, name),
    });
    if (this.storedRows >= ctx.compactAfterUpdates) this.queueCompaction();
  }

  /** The document (built from the stored update first, when the room was loaded without it). */
  get doc(): Y.Doc {
    if (this.unapplied) this.build();
    return this.ydoc;
  }

  /** False while the room holds its stored update unapplied. */
  get isBuilt(): boolean {
    return this.unapplied === null;
  }

  /** Runs `work` on the doc once it is built (at once when it is). */
  whenBuilt(work: (doc: Y.Doc) => void): void {
    if (this.unapplied) this.afterBuild.push(work);
    else work(this.ydoc);
  }

  /** True after the room was unloaded; a new one must be opened. */
  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Adds a connection: writers get sync step 1 (so they send what the server lacks), everyone the presence. */
  attach(conn: Connection): void {
    this.connections.add(conn);
    conn.whenClosed((c) => this.detach(c));
    if (conn.permission === 'write' && this.unapplied) {
      this.owedStep1.add(conn);
      this.whenBuilt(() => this.sendOwedStep1(conn));
    } else if (conn.permission === 'write') {
      conn.send(encodeSyncStep1(this.ydoc));
    }
    const presence = this.presence.snapshot(conn);
    if (presence) conn.send(presence);
  }

  /**
   * A copy's sync request was answered: a writer still owed the server's sync step 1 gets it once
   * that answer is on its way (the answer is what the person waits for; reading the state vector
   * of a long stored history takes a moment).
   */
  answered(conn: Connection): void {
    if (this.owedStep1.has(conn)) setImmediate(() => this.sendOwedStep1(conn));
  }

  /** Sends a writer the server's sync step 1 if it is still owed (state vector of the stored update while the doc is not built). */
  private sendOwedStep1(conn: Connection): void {
    if (!this.owedStep1.delete(conn) || !this.connections.has(conn)) return;
    if (this.unapplied) this.unappliedStep1 ??= encodeSyncStep1OfStateVector(Y.encodeStateVectorFromUpdate(this.unapplied));
    conn.send(this.unapplied ? this.unappliedStep1! : encodeSyncStep1(this.ydoc));
  }

  /** The sync step 2 answer for a copy that holds nothing yet, encoded once per document version. */
  fullStateStep2(): Uint8Array {
    if (this.unapplied && !this.fullState) this.fullState = encodeSyncStep2OfUpdate(this.unapplied);
    this.fullState ??= encodeSyncStep2(this.doc, new Uint8Array([0]));
    return this.fullState;
  }

  /** Sends one encoded message to every open socket of the room except `except`. */
  broadcast(frame: Uint8Array, except?: unknown): void {
    const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength); // one view, shared by every send
    for (const conn of this.connections) if (conn !== except) conn.send(bytes);
  }

  /** Sends a presence frame to every socket; where names are hidden, `named` to those who may see them (RoomPresence). */
  private broadcastPresence(frame: Uint8Array, named: Uint8Array | null): void {
    if (!named) return this.broadcast(frame);
    const forAll = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
    const forNames = Buffer.from(named.buffer, named.byteOffset, named.byteLength);
    for (const conn of this.connections) conn.send(seesHiddenNames(conn) ? forNames : forAll);
  }

  /** Merges the stored log into one update; concurrent calls share the work. */
  async compact(): Promise<void> {
    while (this.compaction) await this.compaction.catch(() => undefined);
    if (this.storedRows <= 1 || this.lastStoredId === 0) return;
    this.compaction = this.runCompaction().finally(() => { this.compaction = null; });
    return this.compaction;
  }

  /** Flushes and compacts, then frees the document; the room is unusable afterwards. */
  async unload(): Promise<void> {
    this.presence.destroy();
    try {
      await this.compact();
      await this.ctx.store.flush();
    } finally {
      this.free();
    }
  }

  /** Frees the document without saving anything more (its workshop was deleted); the room is unusable afterwards. */
  discard(): void {
    this.presence.destroy();
    this.free();
  }

  /** Why the change just applied was refused (neither stored nor sent), or null when it was accepted. */
  get refusedChange(): string | null {
    return this.refusal;
  }

  /**
   * Whether the refused change was crafted: an item placed outside its origins, which no stock
   * client sends (a rules refusal can come from an honest client that raced a limit).
   */
  get refusedAsCrafted(): boolean {
    return this.crafted;
  }

  /**
   * Drops this room without saving (its copy holds a refused change) and closes its sockets except
   * `sender`'s; their clients reconnect to a fresh copy from the store.
   */
  reset(sender?: Connection): void {
    this.ctx.onReset(this);
    this.discard();
    for (const conn of [...this.connections]) if (conn !== sender) conn.close(CLOSE.serverShutdown);
  }

  /** Applies an update another instance committed: every local socket gets it; it is not stored again. */
  applyRemote(update: Uint8Array): void {
    if (this.destroyed) return;
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    if (this.refusal) this.reset();
  }

  /** Sends another instance's presence frame to this room's sockets (never kept). */
  receiveRemotePresence(frame: Uint8Array): void {
    if (!this.destroyed) this.broadcast(frame);
  }

  /** Why a client's update breaks the document's rules as its structs show before integration, or null. */
  prejudge(update: Uint8Array): string | null {
    return this.rules ? prejudgeUpdate(update, this.rules, this.doc, false) : null;
  }

  /** Refuses a change that would grow the document past its ceiling. */
  wouldOverflow(updateBytes: number): boolean {
    return this.storedBytes + updateBytes > this.ctx.limits.maxDocumentBytes;
  }

  /** Applies the stored updates to the doc, then starts listening to its changes. */
  private applyStored(updates: Uint8Array[]): void {
    Y.transact(this.ydoc, () => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.ydoc, update);
        } catch (err) {
          this.ctx.log('error', 'collab.stored-update-unreadable', { docName: this.name, error: String(err) });
        }
      }
    });
    this.ydoc.on('afterTransaction', this.onAfterTransaction);
    this.ydoc.on('update', this.onDocUpdate);
  }

  /** Builds the doc from the stored update (once) and runs what waited for it. */
  private build(): void {
    if (this.buildTimer) clearTimeout(this.buildTimer);
    this.buildTimer = null;
    const update = this.unapplied;
    if (!update || this.destroyed) return;
    this.unapplied = null;
    this.unappliedStep1 = null;
    this.applyStored([update]);
    const waiting = this.afterBuild;
    this.afterBuild = [];
    for (const work of waiting) work(this.ydoc);
  }

  private free(): void {
    if (this.buildTimer) clearTimeout(this.buildTimer);
    this.buildTimer = null;
    this.unapplied = null;
    this.unappliedStep1 = null;
    this.owedStep1.clear();
    this.afterBuild = [];
    this.destroyed = true;
    this.ydoc.off('update', this.onDocUpdate);
    this.ydoc.off('afterTransaction', this.onAfterTransaction);
    this.ydoc.destroy();
  }

  private detach(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.owedStep1.delete(conn);
    this.presence.release(conn);
    if (this.connections.size === 0 && !this.destroyed) this.ctx.onEmpty(this);
  }

  /** Judges a transaction against the rules while what it deleted can still be read (before the 'update' event). */
  private readonly onAfterTransaction = (transaction: Y.Transaction): void => {
    if (this.refusal || !this.rules || transaction.changed.size === 0) return;
    this.refusal = judgeTransaction(transaction, this.rules, senderOf(transaction.origin), this.ctx.limits.maxRichTextDepth);
  };

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (this.refusal) return;
    this.refusal = misplacedItem(transaction);
    this.crafted = this.refusal !== null;
    if (!this.refusal && !(origin instanceof Connection) && origin !== REMOTE_ORIGIN && addsStructs(transaction) && this.wouldOverflow(update.length)) {
      this.refusal = 'document is full';
    }
    if (this.refusal) return;
    this.fullState = null;
    if (origin === REMOTE_ORIGIN) {
      this.storedBytes += update.length;
      this.broadcast(encodeUpdateMessage(update));
      return;
    }
    try {
      this.lastStoredId = this.ctx.store.append(this.name, update);
      this.storedRows++;
      this.storedBytes += update.length;
    } catch (err) {
      this.ctx.log('error', 'collab.append-failed', { docName: this.name, error: String(err) });
    }
    this.broadcast(encodeUpdateMessage(update), origin);
    if (this.storedRows >= this.ctx.compactAfterUpdates) this.queueCompaction();
  };

  private queueCompaction(): void {
    if (this.compactionQueued) return;
    this.compactionQueued = true;
    setImmediate(() => {
      this.compactionQueued = false;
      if (this.destroyed || this.storedRows < this.ctx.compactAfterUpdates) return;
      this.compact().catch((err) => {
        // While the store cannot write it logs that itself (once); compaction just waits for it.
        if (this.ctx.store.health().state === 'ok') this.ctx.log('error', 'collab.compaction-failed', { docName: this.name, error: String(err) });
      });
    });
  }

  private async runCompaction(): Promise<void> {
    // Every stored row up to lastStoredId came from an update already applied to this.doc.
    const upToId = this.lastStoredId;
    const rows = this.storedRows;
    const bytes = this.storedBytes;
    const merged = encodeIntegratedState(this.doc);
    await this.ctx.store.compact(this.name, merged, upToId);
    this.storedRows = 1 + (this.storedRows - rows);
    this.storedBytes = merged.length + (this.storedBytes - bytes);
  }
}
