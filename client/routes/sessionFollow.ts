// SPDX-License-Identifier: EUPL-1.2
/**
 * After a group room stopped because this person's rights changed: ask the server who we are now
 * and go to that screen, or reload the room when the session may still open it (at most a few
 * automatic reloads, see collab/roomStopEffects.takeAutoReload).
 */
import type { DocRoom } from '../collab/DocRoom.js';
import { takeAutoReload } from '../collab/roomStopEffects.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { navigate } from '../stores/routeStore.js';
import { homePathFor, matchRoute, mayOpenGroup } from './routePaths.js';

/** Follows the session to the screen it belongs on now. */
export function followSessionAfterStop(room: DocRoom): void {
  void useSessionStore.getState().load(true).then((me) => {
    if (!me) return navigate('/', { replace: true });
    const here = matchRoute(window.location.pathname);
    const stays = here.name === 'group' && mayOpenGroup(me, here.workshopId, here.group);
    if (stays && takeAutoReload(room.docName)) window.location.reload();
    else if (!stays) navigate(homePathFor(me), { replace: true });
  }, () => undefined);
}
