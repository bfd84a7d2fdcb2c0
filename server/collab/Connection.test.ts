// SPDX-License-Identifier: EUPL-1.2
/**
 * A connection's liveness: a socket that did not answer the previous ping is dropped at the next
 * round, except in a round that came late because the server itself was blocked (its answer may
 * be waiting unread); then it is only pinged again.
 */
import { describe, expect, it } from 'vitest';
import { colorFor } from '../../shared/awareness.js';
import { parseDocName } from '../../shared/docNames.js';
import { DEFAULT_LIMITS } from '../../shared/limits.js';
import { MemorySocket } from '../../tests/helpers/memorySocket.js';
import { Connection } from './Connection.js';

const DOC = 'w/AbCdEfGhIjKl/m1/g/1';

/** A client that never answers a ping. */
class SilentSocket extends MemorySocket {
  pings = 0;
  override ping(): void {
    this.pings++;
  }
}

function connect(): { socket: SilentSocket; conn: Connection } {
  const socket = new SilentSocket();
  const user = { name: 'Stil', role: 'ambtenaar' as const, color: colorFor('Stil') };
  const conn = new Connection(socket, DOC, parseDocName(DOC)!, { sessionId: 's', participantId: 'p', workshopId: 'AbCdEfGhIjKl', user }, 'write', DEFAULT_LIMITS);
  return { socket, conn };
}

describe('liveness rounds', () => {
  it('drop a socket that did not answer the previous ping', () => {
    const { socket, conn } = connect();
    conn.ping();
    expect(socket.isOpen).toBe(true);
    conn.ping();
    expect(socket.closedWith?.code).toBe(1006);
    expect(conn.closed).toBe(true);
  });

  it('only ping again in a late round, and drop the socket at the next round if it still did not answer', () => {
    const { socket, conn } = connect();
    conn.ping();
    conn.ping(false);
    expect(socket.isOpen).toBe(true);
    expect(socket.pings).toBe(2);
    conn.ping();
    expect(socket.isOpen).toBe(false);
  });
});
