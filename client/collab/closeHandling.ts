// SPDX-License-Identifier: EUPL-1.2
/**
 * What an open document (DocRoom) does when the collaboration socket closes: the stock provider reconnects
 * forever, so application close codes (4000–4999, and 1009 for an oversize frame) are turned
 * into a stop with a reason a person can understand; everything else is a network hiccup and
 * reconnects. Close codes are the shared constants of shared/closeCodes.ts.
 */
import { closeReasonOf } from '../../shared/closeCodes.js';

/** Why a room stopped connecting; each has a Dutch explanation under `stop.<reason>` in i18n. */
export type RoomStop =
  | 'readOnly'
  | 'permissionChanged'
  | 'sessionEnded'
  | 'badChange'
  | 'rateLimited'
  | 'lockedOut'
  | 'documentFull'
  | 'noAccess'
  | 'historyReset'
  | 'unknown';

/** What the room does after a stop. */
export interface StopBehaviour {
  /** Editing is switched off. */
  readOnly: boolean;
  /** `reload`: reload the page; `clearAndReload`: first drop this device's copy of the document (it holds the refused change). */
  reload: 'none' | 'reload' | 'clearAndReload';
  /** Ask the server who we are now and go to that screen. */
  followSession: boolean;
}

/** Whether a close code is an application decision (stop) rather than a network event (reconnect). */
export function isApplicationClose(code: number): boolean {
  return (code >= 4000 && code <= 4999) || code === 1009;
}

/** Maps a close code to the reason the room stops, or null when the provider should reconnect. */
export function stopForClose(code: number): RoomStop | null {
  if (!isApplicationClose(code)) return null;
  switch (closeReasonOf(code)) {
    case 'read-only': return 'readOnly';
    case 'permission-changed': return 'permissionChanged';
    case 'session-ended': return 'sessionEnded';
    case 'malformed-frame':
    case 'frame-too-large':
    case 'update-refused': return 'badChange';
    case 'rate-limited': return 'rateLimited';
    case 'locked-out': return 'lockedOut';
    case 'document-full': return 'documentFull';
    case 'history-reset': return 'historyReset';
    default: return 'unknown';
  }
}

/** The behaviour that belongs to each stop reason. */
export function stopBehaviour(stop: RoomStop): StopBehaviour {
  switch (stop) {
    case 'readOnly':
    case 'documentFull':
    case 'noAccess':
    case 'sessionEnded':
    case 'lockedOut':
    case 'unknown':
    case 'historyReset': // the person first chooses: save the copy's text, then continue without it
      return { readOnly: true, reload: 'none', followSession: false };
    case 'permissionChanged':
      return { readOnly: true, reload: 'none', followSession: true };
    case 'badChange':
      return { readOnly: true, reload: 'clearAndReload', followSession: false };
    case 'rateLimited':
      return { readOnly: true, reload: 'reload', followSession: false };
  }
}
