// SPDX-License-Identifier: EUPL-1.2
/**
 * One open document of any kind (group, draft, live, vision): the Y.Doc, its offline copy (y-indexeddb) and the stock y-websocket
 * provider (RoomProvider: presence under an id of its own) on `ws(s)://<host>/collab/<docName>`, with the connection state as a small store
 * (subscribe/getState, for useSyncExternalStore). Application close codes stop the provider
 * (see closeHandling.ts); a socket that keeps failing before it opens makes the room ask
 * `checkAccess` whether the session may still open it (a refused upgrade looks like a network
 * error to the browser).
 *
 * The socket opens at once, also when this device keeps an offline copy: the copy is read in
 * parallel into a document of its own (localCopyOffer.ts) and merged as soon as both are there. A
 * copy read before the socket opened (or while it is down) goes into the Y.Doc at once and reaches
 * the server in the provider's own answer to the server's sync step 1; a copy read after the
 * socket opened is offered once the server's state has arrived, as a sync step 2 of only what the
 * server lacks, never as a plain update (the whole copy, epoch and other people's statements
 * included, which the server refuses: updatePrejudge.ts). A copy of another epoch than the
 * server's (shared/docEpoch.ts) is not merged: the room stops with `historyReset` and the copy is
 * kept until the person chose (historyReset.ts). Once the copy joined, the socket names its epoch
 * (`?epoch=`) on every later connect, so the server can refuse an earlier history before it is
 * merged. The room counts as synced once the server's state and the copy are both in. Tabs do not
 * sync with each other directly (no BroadcastChannel): only through the server, which checks each
 * tab's epoch. A room reopened after a refused change starts from the server instead (no copy is
 * read) and carries over what may still be sent (`carry`, pendingCarry.ts); one reopened after a
 * rights change starts from the stopped room's document (`seed`).
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { AwarenessUser } from '../../shared/awareness.js';
import { EPOCH_MAP, EPOCH_PARAM, readDocEpoch } from '../../shared/docEpoch.js';
import { COLLAB_PATH } from '../../shared/paths.js';
import { stopForClose, type RoomStop } from './closeHandling.js';
import { initialConnectionState, nextConnectionState, type ConnectionEvent, type ConnectionState } from './connectionState.js';
import { deleteLocalCopy, localCopyName, localCopyNames, rememberLocalCopy } from './localCopies.js';
import { noteRefusedCopy } from './historyReset.js';
import { offerCopyAfterSync } from './localCopyOffer.js';
import { receiveOnly } from './receiveOnly.js';
import { RoomProvider } from './RoomProvider.js';

/** The answer of an access check after failed connection attempts. */
export type AccessCheck = 'ok' | 'noSession' | 'noAccess' | 'unknown';

/** What a room needs besides its document name. */
export interface DocRoomOptions {
  user: AwarenessUser;
  /** Asks the API whether this session may still open the document. */
  checkAccess: () => Promise<AccessCheck>;
  /** Called once when the room stops for good. */
  onStop?: (stop: RoomStop, room: DocRoom) => void;
  /** Show this person in the document's presence (default true; false for watching screens such as the cockpit). */
  presence?: boolean;
  /** Keep an offline copy in IndexedDB (default true; false for documents this session may only read). */
  localCopy?: boolean;
  /** Only receive: never send a document update (receiveOnly.ts); for viewers and locked members. Default false. */
  readOnly?: boolean;
  /**
   * Reopening a room whose change the server refused: its whole document (`previous`). This room
   * starts from the server instead of the offline copy (which holds the refused change) and, right
   * after the first sync, `reconcile` carries over what may still be sent (pendingCarry.ts); then
   * the copy is replaced by this document.
   */
  carry?: { previous: Uint8Array; reconcile: (doc: Y.Doc, previous: Uint8Array) => void };
  /**
   * Reopening a room whose rights changed: the stopped room's document, put in at once (before the
   * offline copy loads, which holds the same), so the screen never shows the document empty and a
   * person typing keeps their text box. Never with `carry`.
   */
  seed?: Uint8Array;
}

const ACCESS_CHECK_INTERVAL_MS = 10_000;

/** The origin of a reopened room's first content (the stopped room's document). */
const SEED_ORIGIN = { seed: 'reopen' };

/** The collaboration endpoint of this page's host. */
function collabServerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${COLLAB_PATH}`;
}

/** An open document with its connection; what a kind of document offers is in hooks on top (groupRoomHooks, liveHooks, ...). */
export class DocRoom {
  readonly doc = new Y.Doc();
  readonly provider: RoomProvider;
  /** This device's copy, kept in step with the document once it joined (null: none kept, or not yet). */
  private persistence: IndexeddbPersistence | null = null;
  private carry: DocRoomOptions['carry'];
  private state: ConnectionState = initialConnectionState;
  private readonly listeners = new Set<() => void>();
  private openedThisAttempt = false;
  private lastAccessCheck = 0;
  private destroyed = false;
  /** True once this device's copy is in the document, or there is none to read. */
  private copyJoined = false;
  /** The copy, read while a socket was on its way: it joins on that socket's sync, or when it closes. */
  private waitingCopy: Y.Doc | null = null;
  /** A copy of another epoch than the server's, kept unmerged for the person (historyReset.ts). */
  private otherHistoryCopy: Y.Doc | null = null;

  /** Opens the document: the socket (unless the browser is offline) and the reading of the local copy at once, see above. */
  constructor(readonly docName: string, private options: DocRoomOptions) {
    this.carry = options.localCopy === false ? undefined : options.carry;
    if (options.seed && !this.carry) Y.applyUpdate(this.doc, options.seed, SEED_ORIGIN);
    const hasCopy = options.localCopy !== false && !this.carry && localCopyNames()?.includes(localCopyName(docName)) !== false;
    const online = navigator.onLine !== false;
    this.provider = new RoomProvider(collabServerUrl(), docName, this.doc, {
      connect: false,
      disableBc: true,
      shouldReconnect: (event) => this.shouldReconnect(event),
    });
    if (options.readOnly) receiveOnly(this.provider, this.doc);
    if (options.presence === false) this.provider.awareness.setLocalState(null);
    else this.provider.awareness.setLocalStateField('user', options.user);
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.openedThisAttempt = true;
      this.dispatch({ type: 'socket', status });
    });
    this.provider.on('sync', (synced: boolean) => {
      if (synced && this.carry) this.landCarry();
      if (synced) this.joinWaitingCopy(true);
      this.dispatch({ type: 'synced', synced: synced && this.copyJoined });
    });
    this.provider.on('connection-close', (event) => {
      this.joinWaitingCopy(false);
      this.onSocketClosed(event);
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (!online) this.dispatch({ type: 'network', online: false });
    if (this.carry) {
      this.copyJoined = true; // no copy is read: it holds the refused change; landCarry() replaces it
    } else if (hasCopy) {
      void readLocalCopy(docName).then((copy) => this.copyRead(copy));
    } else {
      this.copyJoined = true;
      if (options.localCopy !== false) this.persistence = openLocalCopy(docName, this.doc);
      this.followEpoch();
    }
    if (online) this.provider.connect();
  }

  /** The current connection state. */
  getState = (): ConnectionState => this.state;

  /** Listens to state changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Hands a room opened before its screen (roomRegistry's early hold) to the screen that now
   * holds it: its access check, its follow-up of a stop and who this is in presence. The way of
   * opening (presence, offline copy, read-only) is the same: it is part of the registry's key.
   */
  takeOver({ checkAccess, onStop, user }: Pick<DocRoomOptions, 'checkAccess' | 'onStop' | 'user'>): void {
    this.options = { ...this.options, checkAccess, onStop, user };
    const awareness = this.provider.awareness;
    const shown = awareness.getLocalState()?.user;
    if (this.options.presence !== false && JSON.stringify(shown) !== JSON.stringify(user)) awareness.setLocalStateField('user', user);
  }

  /** Stops connecting for good, with a reason the screen explains. */
  stop(stop: RoomStop): void {
    if (this.state.phase === 'stopped' || this.destroyed) return;
    this.provider.shouldConnect = false;
    if (stop === 'historyReset' && this.options.localCopy !== false) { // before the notice renders
      const copy = this.otherHistoryCopy;
      noteRefusedCopy(copy ? { docName: this.docName, doc: copy, clearLocalCopy: () => this.clearLocalCopy() } : this);
    }
    this.dispatch({ type: 'stop', stop });
    queueMicrotask(() => this.provider.disconnect());
    this.options.onStop?.(stop, this);
  }

  /** Deletes this device's copy of the document (after the server refused a change or the copy's history). */
  async clearLocalCopy(): Promise<void> {
    if (this.options.localCopy === false) return;
    await this.persistence?.destroy();
    await deleteLocalCopy(this.docName);
  }

  /** Closes socket and local copy. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.waitingCopy?.destroy();
    this.listeners.clear();
  }

  private dispatch(event: ConnectionEvent): void {
    const next = nextConnectionState(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }

  private shouldReconnect(event: CloseEvent): boolean {
    const stop = stopForClose(event.code);
    if (stop === null) return true;
    this.stop(stop);
    return false;
  }

  private onSocketClosed(event: CloseEvent | null): void {
    const opened = this.openedThisAttempt;
    this.openedThisAttempt = false;
    if (opened || event === null || this.state.phase === 'stopped' || this.state.phase === 'offline') return;
    if (Date.now() - this.lastAccessCheck < ACCESS_CHECK_INTERVAL_MS) return;
    this.lastAccessCheck = Date.now();
    void this.options.checkAccess().then((answer) => {
      if (answer === 'noSession') this.stop('sessionEnded');
      else if (answer === 'noAccess') this.stop('noAccess');
    }, () => undefined);
  }

  /**
   * After the first sync of a carried room: carries the pending changes over, then replaces the old
   * offline copy (which holds them, perhaps refused) by this document.
   */
  private landCarry(): void {
    const carry = this.carry!;
    this.carry = undefined;
    this.followEpoch();
    try {
      carry.reconcile(this.doc, carry.previous);
    } catch (err) {
      // The old copy still holds what was typed: keep it for the next visit rather than lose it.
      console.error('Carrying unsent changes failed', err);
      return;
    }
    void deleteLocalCopy(this.docName).then(() => {
      if (!this.destroyed) this.persistence = openLocalCopy(this.docName, this.doc);
    });
  }

  /** The copy has been read: it joins now, or on the sync (or close) of the socket on its way. */
  private copyRead(copy: Y.Doc): void {
    if (this.destroyed || this.state.phase === 'stopped') return void copy.destroy();
    this.waitingCopy = copy;
    if (this.provider.wsconnected && this.provider.synced) {
      this.joinWaitingCopy(true);
      if (this.copyJoined) this.dispatch({ type: 'synced', synced: true });
    } else if (!this.provider.wsconnected && !this.provider.wsconnecting) {
      this.joinWaitingCopy(false);
    }
  }

  /**
   * Joins the copy that was read, if any: after the server's state arrived, as an offer of what
   * the server lacks (localCopyOffer.ts); without a synced socket, straight into the document
   * under the provider's own origin, so that it is not sent as an update: the next socket's answer
   * to the server's sync step 1 carries it. Then the copy is kept in step and its epoch named.
   */
  private joinWaitingCopy(synced: boolean): void {
    const copy = this.waitingCopy;
    if (!copy || this.destroyed) return;
    this.waitingCopy = null;
    if (synced) {
      if (offerCopyAfterSync(this.provider, copy) === 'otherHistory') {
        this.otherHistoryCopy = copy;
        this.stop('historyReset');
        return;
      }
    } else {
      Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(copy), this.provider);
    }
    copy.destroy();
    this.copyJoined = true;
    this.persistence = openLocalCopy(this.docName, this.doc);
    this.followEpoch();
  }

  /** Names the document's epoch on every later connect, as soon as the copy knows it. */
  private followEpoch(): void {
    const update = () => {
      const epoch = readDocEpoch(this.doc);
      this.provider.params = epoch === null ? {} : { [EPOCH_PARAM]: epoch };
    };
    update();
    this.doc.getMap(EPOCH_MAP).observe(update);
  }

  private readonly onOnline = () => {
    this.dispatch({ type: 'network', online: true });
    if (this.state.phase !== 'stopped' && !this.destroyed) this.provider.connect();
  };

  private readonly onOffline = () => {
    this.dispatch({ type: 'network', online: false });
    this.provider.disconnect();
  };
}

/** This device's copy of the document in a Y.Doc of its own (empty when there is none or it cannot be opened). */
async function readLocalCopy(docName: string): Promise<Y.Doc> {
  const copy = new Y.Doc();
  const reader = openLocalCopy(docName, copy);
  if (!reader) return copy;
  const neverOpened = reader._db.then(() => new Promise<void>(() => undefined), () => undefined);
  await Promise.race([reader.whenSynced.then(() => undefined), neverOpened]);
  await reader.destroy().catch(() => undefined);
  return copy;
}

function openLocalCopy(docName: string, doc: Y.Doc): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const name = localCopyName(docName);
    rememberLocalCopy(name);
    return new IndexeddbPersistence(name, doc);
  } catch {
    return null;
  }
}
