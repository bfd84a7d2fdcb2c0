// SPDX-License-Identifier: EUPL-1.2
/**
 * The stock y-websocket `WebsocketProvider` with presence under its own client id. Yjs stamps
 * every item a document writes with the Y.Doc's `clientID`; the stock provider announces presence
 * under that same id, so anyone who receives presence could tell whose statements and
 * endorsements are whose. Here presence (the Awareness) gets a fresh random id of its own, from a
 * Y.Doc that only lends it that id: nothing a client sends links its presence to its writes.
 *
 * Three places of the stock provider assume the two ids are one, and are kept working:
 * - on every connect (and on `disconnect()`) it encodes presence for `[doc.clientID]`: that id gets
 *   an empty entry (clock 0, no state) so the encoder finds it; what goes out is "no state" for an
 *   id the server ignores in presence;
 * - it announces only `[doc.clientID]` when a socket opens, and removes every presence state but
 *   `doc.clientID`'s when one closes (the own one included): the own state is sent (or put back)
 *   as soon as each socket is open;
 * - y-tiptap draws every caret whose id is not `doc.clientID`: the own caret is left out by
 *   `ownPresenceId` (client/editor/roomCaret.ts).
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;

/** A WebsocketProvider whose presence id is not the document's client id. */
export class RoomProvider extends WebsocketProvider {
  /** The own presence state as the page last set it (null: not present), sent on every connect. */
  private wantedPresence: Record<string, unknown> | null;
  /** The Y.Doc that lent the presence its id (destroying it ends the presence). */
  private readonly presenceIdSource: Y.Doc;

  constructor(serverUrl: string, roomName: string, doc: Y.Doc, options: Omit<ProviderOptions, 'awareness'> = {}) {
    const presenceIdSource = new Y.Doc();
    super(serverUrl, roomName, doc, { ...options, awareness: new Awareness(presenceIdSource) });
    this.presenceIdSource = presenceIdSource;
    this.wantedPresence = this.awareness.getLocalState();
    this.awareness.on('update', (_changes: unknown, origin: unknown) => {
      if (origin !== this) this.wantedPresence = this.awareness.getLocalState();
    });
    this.on('status', ({ status }) => {
      this.holdDocIdEntry();
      if (status === 'connected') queueMicrotask(() => this.announcePresence());
    });
    this.holdDocIdEntry();
  }

  /** The client id of this page's own presence state (not the document's). */
  get ownPresenceId(): number {
    return this.awareness.clientID;
  }

  override disconnect(): void {
    this.holdDocIdEntry();
    super.disconnect();
  }

  override destroy(): void {
    super.destroy();
    this.presenceIdSource.destroy();
  }

  /** Gives the document's client id the empty presence entry the stock provider's encoder reads. */
  private holdDocIdEntry(): void {
    const id = this.doc.clientID;
    if (!this.awareness.meta.has(id)) this.awareness.meta.set(id, { clock: 0, lastUpdated: 0 });
  }

  /** Sends the own presence on a fresh socket (putting it back when the last close removed it). */
  private announcePresence(): void {
    if (!this.wsconnected || this.wantedPresence === null) return;
    this.awareness.setLocalState(this.awareness.getLocalState() ?? this.wantedPresence);
  }
}
