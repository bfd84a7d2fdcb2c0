/**
 * The screens of the client and their paths:
 *
 *   /                      home (explanation, or `?fout=<link failure>`)
 *   /regie                 set-up: list and create workshops
 *   /w/<id>/regie          facilitator page of a workshop
 *   /w/<id>/groep/<n>      group room n
 *   /w/<id>                participant not yet in a group
 *
 * Pure functions, so the router and the session redirects agree on one table.
 */
import type { MeAnswer } from '../../shared/api.js';
import { GROUP_COUNT } from '../../shared/docNames.js';

/** A matched screen. */
export type Route =
  | { name: 'home' }
  | { name: 'setup' }
  | { name: 'facilitator'; workshopId: string }
  | { name: 'group'; workshopId: string; group: number }
  | { name: 'waiting'; workshopId: string }
  | { name: 'notFound' };

const ID = '([A-Za-z0-9_-]{1,64})';

/** Matches a pathname to a screen. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/regie') return { name: 'setup' };
  let m = path.match(new RegExp(`^/w/${ID}/regie$`));
  if (m) return { name: 'facilitator', workshopId: m[1] };
  m = path.match(new RegExp(`^/w/${ID}/groep/([1-9][0-9]*)$`));
  if (m) {
    const group = Number(m[2]);
    return group >= 1 && group <= GROUP_COUNT ? { name: 'group', workshopId: m[1], group } : { name: 'notFound' };
  }
  m = path.match(new RegExp(`^/w/${ID}$`));
  if (m) return { name: 'waiting', workshopId: m[1] };
  return { name: 'notFound' };
}

/** The path of the facilitator page of a workshop. */
export const facilitatorPath = (workshopId: string) => `/w/${workshopId}/regie`;
/** The path of a group room. */
export const groupPath = (workshopId: string, group: number) => `/w/${workshopId}/groep/${group}`;
/** The path of the waiting screen of a workshop. */
export const waitingPath = (workshopId: string) => `/w/${workshopId}`;

/** The screen a session belongs on (the same rule the server uses to redirect a join link). */
export function homePathFor(me: MeAnswer): string {
  if (me.kind === 'setup') return '/regie';
  const { participant, workshop } = me;
  if (participant.role === 'facilitator') return facilitatorPath(workshop.id);
  if (participant.group !== null) return groupPath(workshop.id, participant.group);
  return waitingPath(workshop.id);
}

/** Whether a session may open a group room (its own group, or any group as facilitator). */
export function mayOpenGroup(me: MeAnswer, workshopId: string, group: number): boolean {
  if (me.kind !== 'participant' || me.workshop.id !== workshopId) return false;
  return me.participant.role === 'facilitator' || me.participant.group === group;
}

/** The link failures the server can send to `/?fout=`. */
export const LINK_FAILURES = ['link-unknown', 'link-expired', 'link-revoked'] as const;
/** A link failure id. */
export type LinkFailureId = (typeof LINK_FAILURES)[number];

/** Reads `?fout=` from a query string; `unknownFailure` for a value we do not know. */
export function linkFailureFrom(search: string): LinkFailureId | 'unknownFailure' | null {
  const value = new URLSearchParams(search).get('fout');
  if (value === null) return null;
  return (LINK_FAILURES as readonly string[]).includes(value) ? (value as LinkFailureId) : 'unknownFailure';
}
