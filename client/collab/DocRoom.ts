// SPDX-License-Identifier: EUPL-1.2
/**
 * One open document of any kind (group, draft, live, vision): the Y.Doc, its offline copy (y-indexeddb) and the stock y-websocket
 * provider (RoomProvider: presence under an id of its own) on `ws(s)://<host>/collab/<docName>`, with the connection state as a small store
 * (subscribe/getState, for useSyncExternalStore). Application close codes stop the provider
 * (see closeHandling.ts); a socket that keeps failing before it opens makes the room ask
 * `checkAccess` whether the session may still open it (a refused upgrade looks like a network
 * error to the browser).
 *
 * The socket names the offline copy's epoch (`?epoch=`, shared/docEpoch.ts) on every connect, so
 * the server can refuse a copy of an earlier history before it is merged (stop `historyReset`; the
 * copy is then kept until the person chose, see historyReset.ts, which this class feeds). It opens
 * after the copy has loaded, or at once when this device keeps no copy of the document yet (a
 * first visit: there is nothing to load). Not in parallel with loading a copy: a copy that arrives
 * after the socket opened would go to the server whole, as one change, epoch and other people's
 * statements included, which the server refuses (updatePrejudge.ts). Tabs do not sync with each other directly (no BroadcastChannel): only
 * through the server, which checks each tab's epoch. A room reopened after a refused change starts
 * from the server instead and carries over what may still be sent (`carry`, pendingCarry.ts); one
 * reopened after a rights change starts from the stopped room's document (`seed`).
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
  private localCopy: IndexeddbPersistence | null;
  private carry: DocRoomOptions['carry'];
  private state: ConnectionState = initialConnectionState;
  private readonly listeners = new Set<() => void>();
  private openedThisAttempt = false;
  private lastAccessCheck = 0;
  private destroyed = false;
  /** True once the socket may open: the offline copy has loaded, or there is none. */
  private copyLoaded = false;

  /** Opens the document: the socket (unless the browser is offline) at once or after the local copy, see above. */
  constructor(readonly docName: string, private readonly options: DocRoomOptions) {
    this.carry = options.localCopy === false ? undefined : options.carry;
    if (options.seed && !this.carry) Y.applyUpdate(this.doc, options.seed, SEED_ORIGIN);
    const noCopyYet = options.localCopy === false || this.carry !== undefined || localCopyNames()?.includes(localCopyName(docName)) === false;
    this.localCopy = options.localCopy === false || this.carry ? null : openLocalCopy(docName, this.doc);
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
      this.dispatch({ type: 'synced', synced });
    });
    this.provider.on('connection-close', (event) => this.onSocketClosed(event));
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    if (!online) this.dispatch({ type: 'network', online: false });
    if (noCopyYet) this.mayConnect();
    if (this.carry) return;
    void localCopyLoaded(this.persistence).then(() => {
      if (this.destroyed) return;
      this.followEpoch();
      this.mayConnect();
    });
  }

  /** This device's offline copy of the document (null without one, and while a carried room waits for its first sync). */
  get persistence(): IndexeddbPersistence | null {
    return this.localCopy;
  }

  /** The current connection state. */
  getState = (): ConnectionState => this.state;

  /** Listens to state changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops connecting for good, with a reason the screen explains. */
  stop(stop: RoomStop): void {
    if (this.state.phase === 'stopped' || this.destroyed) return;
    this.provider.shouldConnect = false;
    if (stop === 'historyReset' && this.persistence) noteRefusedCopy(this); // before the notice renders
    this.dispatch({ type: 'stop', stop });
    queueMicrotask(() => this.provider.disconnect());
    this.options.onStop?.(stop, this);
  }

  /** Deletes this device's copy of the document (after the server refused a change or the copy's history). */
  async clearLocalCopy(): Promise<void> {
    if (!this.persistence) return;
    await this.persistence.destroy();
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
      if (!this.destroyed) this.localCopy = openLocalCopy(this.docName, this.doc);
    });
  }

  /** Opens the socket once it may (unless offline or stopped). */
  private mayConnect(): void {
    this.copyLoaded = true;
    if (navigator.onLine !== false && this.state.phase !== 'stopped') this.provider.connect();
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
    if (this.state.phase !== 'stopped' && !this.destroyed && this.copyLoaded) this.provider.connect();
  };

  private readonly onOffline = () => {
    this.dispatch({ type: 'network', online: false });
    this.provider.disconnect();
  };
}

/** Resolves once the offline copy is in the document, or at once without one (also when it cannot be opened). */
function localCopyLoaded(persistence: IndexeddbPersistence | null): Promise<void> {
  if (!persistence) return Promise.resolve();
  const neverOpened = persistence._db.then(() => new Promise<void>(() => undefined), () => undefined);
  return Promise.race([persistence.whenSynced.then(() => undefined), neverOpened]);
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
