// SPDX-License-Identifier: EUPL-1.2
/**
 * The server's top-level paths, in one place for server and client: the JSON API (its routes are
 * in shared/api/routes.ts), join links and the collaboration endpoint.
 */

/** Every JSON API route starts with this segment. */
export const API_PATH = '/api';

/** A join link is `/j/<token>` (GET only); opening it starts a session. */
export const JOIN_PATH_PREFIX = '/j/';

/** The collaboration endpoint: WebSocket upgrades on `/collab/<docName>`. */
export const COLLAB_PATH = '/collab';

/** Path prefix of a document on the collaboration endpoint. */
export const COLLAB_PATH_PREFIX = `${COLLAB_PATH}/`;

/** Whether a pathname is `base` itself or lies below it (`base/...`). */
export const isPathUnder = (pathname: string, base: string): boolean => pathname === base || pathname.startsWith(`${base}/`);
