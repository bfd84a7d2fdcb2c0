// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { DocRoom } from './DocRoom.js';
import { initialConnectionState, nextConnectionState } from './connectionState.js';
import { CLOSED_DOC, openDocOf } from './openDoc.js';

const room = { docName: 'w/a/m1/g/1' } as DocRoom;

describe('openDocOf', () => {
  it('is closed without a room', () => {
    expect(openDocOf(null, initialConnectionState, false)).toBe(CLOSED_DOC);
  });

  it('is connecting, then syncing once the socket is open, then synced', () => {
    expect(openDocOf(room, initialConnectionState, false).status).toBe('connecting');
    const open = nextConnectionState(initialConnectionState, { type: 'socket', status: 'connected' });
    expect(openDocOf(room, open, false).status).toBe('syncing');
    const synced = nextConnectionState(open, { type: 'synced', synced: true });
    expect(openDocOf(room, synced, false)).toMatchObject({ status: 'synced', room, stop: null });
  });

  it('names the stop and whether a reload is scheduled once stopped', () => {
    const stopped = nextConnectionState(initialConnectionState, { type: 'stop', stop: 'rateLimited' });
    expect(openDocOf(room, stopped, true)).toMatchObject({ status: 'stopped', stop: 'rateLimited', autoReload: true });
  });

  it('says offline and reconnecting as the connection does', () => {
    const offline = nextConnectionState(initialConnectionState, { type: 'network', online: false });
    expect(openDocOf(room, offline, false).status).toBe('offline');
  });
});
