// SPDX-License-Identifier: EUPL-1.2
/**
 * Counts the y-websocket messages a worker's clients receive, by the first bytes of each frame:
 *
 *   [varUint messageType] ...            0 = sync, 1 = awareness, 2 = auth, 3 = query awareness
 *   sync: [0][varUint syncType] ...      0 = step 1, 1 = step 2, 2 = update
 *
 * All these numbers are below 128, so each varUint is one byte.
 */

/** Running totals of received messages, shared by the clients of one worker. */
export class MessageCounter {
  /** Sync step 2 and update messages (the ones that carry document changes). */
  updateMessages = 0;
  /** Awareness messages. */
  awarenessMessages = 0;

  /** Counts one received frame. */
  count(data: ArrayBuffer | Buffer | Buffer[]): void {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    if (bytes.length < 1) return;
    if (bytes[0] === 0 && bytes.length > 1 && (bytes[1] === 1 || bytes[1] === 2)) this.updateMessages++;
    else if (bytes[0] === 1) this.awarenessMessages++;
  }
}
