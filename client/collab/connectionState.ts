// SPDX-License-Identifier: EUPL-1.2
/**
 * The connection state of an open document (DocRoom) as one small value, and the reducer that moves it on
 * provider events. The visible status text is chosen from it (i18n `status.<key>`).
 */
import type { RoomStop } from './closeHandling.js';

/** Where the connection is. */
export type ConnectionPhase = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'stopped';

/** The connection state of one room. */
export interface ConnectionState {
  phase: ConnectionPhase;
  /** The server's state has been received on the current connection. */
  synced: boolean;
  /** A socket was open at least once. */
  everConnected: boolean;
  /** Set when the room stopped for good. */
  stop: RoomStop | null;
}

/** Events that move the state. */
export type ConnectionEvent =
  | { type: 'socket'; status: 'connecting' | 'connected' | 'disconnected' }
  | { type: 'synced'; synced: boolean }
  | { type: 'network'; online: boolean }
  | { type: 'stop'; stop: RoomStop };

/** The state before anything happened. */
export const initialConnectionState: ConnectionState = { phase: 'connecting', synced: false, everConnected: false, stop: null };

/** Applies one event; a stopped room stays stopped. */
export function nextConnectionState(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  if (state.phase === 'stopped') return state;
  switch (event.type) {
    case 'stop':
      return { ...state, phase: 'stopped', synced: false, stop: event.stop };
    case 'network':
      if (!event.online) return { ...state, phase: 'offline', synced: false };
      return state.phase === 'offline' ? { ...state, phase: state.everConnected ? 'reconnecting' : 'connecting' } : state;
    case 'synced':
      return state.phase === 'connected' ? { ...state, synced: event.synced } : state;
    case 'socket':
      if (state.phase === 'offline' && event.status !== 'connected') return state;
      if (event.status === 'connected') return { ...state, phase: 'connected', everConnected: true, synced: false };
      if (event.status === 'connecting') return { ...state, phase: state.everConnected ? 'reconnecting' : 'connecting', synced: false };
      return { ...state, phase: state.everConnected ? 'reconnecting' : 'connecting', synced: false };
  }
}

/** The i18n key (under `status.`) of the visible status text. */
export type StatusKey = 'connecting' | 'syncing' | 'connected' | 'reconnecting' | 'offline' | 'stopped';

/** Chooses the status text for a state. */
export function statusKeyOf(state: ConnectionState): StatusKey {
  if (state.phase === 'connected') return state.synced ? 'connected' : 'syncing';
  return state.phase;
}
