// SPDX-License-Identifier: EUPL-1.2
/**
 * A read-only room applies what the server sends and never sends a document update of its own:
 * the stock WebsocketProvider's update handler is unbound from the Y.Doc, so whatever the page's
 * editor might change locally (ProseMirror normalising a node it does not know, say) stays on
 * this device instead of closing the socket with `read-only` (4003). Sync requests and presence
 * are unaffected. The provider itself stays stock.
 */
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';

/** Stops `provider` from sending `doc`'s local updates; what the server sends is still applied. */
export function receiveOnly(provider: WebsocketProvider, doc: Y.Doc): void {
  const handler = (provider as unknown as { _updateHandler?: (update: Uint8Array, origin: unknown) => void })._updateHandler;
  if (!handler) throw new Error('y-websocket provider without an update handler: cannot open the room read-only');
  doc.off('update', handler);
}
