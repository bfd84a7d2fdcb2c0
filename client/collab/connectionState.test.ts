// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { initialConnectionState, nextConnectionState, statusKeyOf, type ConnectionEvent } from './connectionState.js';

const run = (...events: ConnectionEvent[]) => events.reduce(nextConnectionState, initialConnectionState);

describe('connection state', () => {
  it('says "connecting" before the first socket opened', () => {
    expect(statusKeyOf(run({ type: 'socket', status: 'connecting' }))).toBe('connecting');
  });

  it('says "syncing" until the server state arrived, then "connected"', () => {
    const open = run({ type: 'socket', status: 'connected' });
    expect(statusKeyOf(open)).toBe('syncing');
    expect(statusKeyOf(nextConnectionState(open, { type: 'synced', synced: true }))).toBe('connected');
  });

  it('says "reconnecting" after a connection was lost', () => {
    const state = run({ type: 'socket', status: 'connected' }, { type: 'synced', synced: true }, { type: 'socket', status: 'disconnected' }, { type: 'socket', status: 'connecting' });
    expect(statusKeyOf(state)).toBe('reconnecting');
  });

  it('says "offline" while the browser is offline, whatever the socket does', () => {
    const state = run({ type: 'socket', status: 'connected' }, { type: 'network', online: false }, { type: 'socket', status: 'disconnected' });
    expect(statusKeyOf(state)).toBe('offline');
  });

  it('goes back to reconnecting when the network returns, and to connected once synced', () => {
    const back = run({ type: 'socket', status: 'connected' }, { type: 'network', online: false }, { type: 'network', online: true });
    expect(statusKeyOf(back)).toBe('reconnecting');
    const synced = [{ type: 'socket', status: 'connected' } as const, { type: 'synced', synced: true } as const].reduce(nextConnectionState, back);
    expect(statusKeyOf(synced)).toBe('connected');
  });

  it('stays stopped once stopped, with its reason', () => {
    const state = run({ type: 'socket', status: 'connected' }, { type: 'stop', stop: 'readOnly' }, { type: 'socket', status: 'connected' });
    expect(state.phase).toBe('stopped');
    expect(state.stop).toBe('readOnly');
  });

  it('ignores a sync report that arrives when no socket is open', () => {
    expect(run({ type: 'synced', synced: true }).synced).toBe(false);
  });
});
