// SPDX-License-Identifier: EUPL-1.2
/**
 * Second, tiny entry of the client (index.html, `async`): starts loading the current screen's
 * code (for a participant: the group room with the editor) as soon as this small file arrives,
 * while the main bundle is still downloading, instead of after it ran. Saves one round trip
 * plus the main bundle's transfer time on a slow link. The group room opens its documents as
 * soon as its code is there (routeModules.ts, preloadPageRoute).
 */
import { matchRoute } from './routes/routePaths.js';
import { preloadPageRoute } from './routes/routeModules.js';

preloadPageRoute(matchRoute(window.location.pathname));
