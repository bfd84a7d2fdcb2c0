// SPDX-License-Identifier: EUPL-1.2
/**
 * "Uitloggen op dit apparaat": ends the session on the server, closes every open room, deletes
 * this device's offline copies and goes to the start page.
 */
import { logout } from '../api/stipApi.js';
import { ApiError } from '../api/http.js';
import { clearAllLocalCopies } from '../collab/localCopies.js';
import { destroyAllDocRooms } from '../collab/roomRegistry.js';
import { useSessionStore } from './sessionStore.js';
import { navigate } from './routeStore.js';

/** Logs out on this device; throws when the server could not be reached (nothing is deleted then). */
export async function logoutOnThisDevice(): Promise<void> {
  try {
    await logout();
  } catch (error) {
    const alreadyGone = error instanceof ApiError && (error.status === 401 || error.id === 'no-session');
    if (!alreadyGone) throw error;
  }
  destroyAllDocRooms();
  await clearAllLocalCopies();
  useSessionStore.getState().clear();
  navigate('/', { replace: true });
}
