// SPDX-License-Identifier: EUPL-1.2
/**
 * Which screen a page request shows, when the server can tell: the landing page of the session
 * (where its join link led: a member's group room, the facilitator's page, the plenary screen).
 * Its code's files (the build's screen-preloads.json, scripts/earlyRoutePreload.mjs) go into the
 * page as `<link rel="modulepreload">`, so they load together with the main bundle instead of after
 * the early entry arrived: one round trip less before the room opens its documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../auth/actor.js';
import { landingPath } from '../auth/joinLinkOpener.js';
import { screenLandingPath } from '../auth/screenPermissions.js';

/** The screen module (client/routes/<Name>.tsx) of the session's landing page, or null for any other page. */
export function landingScreen(actor: Actor, pathname: string): string | null {
  if (actor.kind === 'screen') return pathname === screenLandingPath(actor.workshopId) ? 'PlenaryRoute' : null;
  if (actor.kind !== 'participant' || pathname !== landingPath(actor.participant)) return null;
  if (actor.participant.role === 'facilitator') return 'FacilitatorRoute';
  return actor.participant.group !== null ? 'GroupRoomRoute' : null;
}

/** Reads the build's preloads per screen (empty when the build has none). */
export function screenPreloadFiles(clientDir: string, screen: string): string[] {
  try {
    const all = JSON.parse(fs.readFileSync(path.join(clientDir, 'screen-preloads.json'), 'utf8')) as Record<string, unknown>;
    const files = all[screen];
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && /^assets\/[\w.-]+\.js$/.test(f)) : [];
  } catch {
    return [];
  }
}
