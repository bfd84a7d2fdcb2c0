// SPDX-License-Identifier: EUPL-1.2
/**
 * The screens of the client and their paths:
 *
 *   /                      home (explanation, or `?fout=<link failure>`)
 *   /regie                 set-up: list and create workshops
 *   /w/<id>/regie          facilitator page of a workshop
 *   /w/<id>/regie/live     cockpit: running meeting 1 (facilitator)
 *   /w/<id>/regie/samenvoegen   merge view: the groups' results into one vision (facilitator)
 *   /w/<id>/regie/kaarten  printable link cards with QR codes (facilitator)
 *   /w/<id>/regie/privacy  privacy and accountability: audit log, download all data, delete (facilitator)
 *   /w/<id>/regie/dossier  download the dossier as Word, PDF or Markdown (facilitator)
 *   /w/<id>/plenair        plenary screen (beamer; participants follow it during plenary parts)
 *   /w/<id>/versie/<n>     a frozen version of the vision, read-only
 *   /w/<id>/afspraken      the agreements: "Wat hebben we afgesproken?" (everyone; the facilitator edits)
 *   /w/<id>/groep/<n>      group room n
 *   /w/<id>/rol[/<group>]  role group of meeting 2 (without group: the person's own)
 *   /w/<id>/regie/bijeenkomst2  set-up of meeting 2: groups by role, cases (facilitator)
 *   /w/<id>                participant not yet in a group
 *   (the consultation's screens: consultationPaths.ts)
 *
 * Pure functions, so the router and the session redirects agree on one table.
 */
import type { MeAnswer } from '../../shared/api.js';
import { GROUP_COUNT, ROLE_GROUPS, type RoleGroup } from '../../shared/docNames.js';
import { matchConsultationRoute, type ConsultationRoute } from './consultationPaths.js';

/** A matched screen. */
export type Route =
  | { name: 'home' }
  | { name: 'setup' }
  | { name: 'facilitator'; workshopId: string }
  | { name: 'cockpit'; workshopId: string }
  | { name: 'merge'; workshopId: string }
  | { name: 'linkCards'; workshopId: string }
  | { name: 'privacy'; workshopId: string }
  | { name: 'dossier'; workshopId: string }
  | { name: 'plenary'; workshopId: string }
  | { name: 'agreements'; workshopId: string }
  | { name: 'version'; workshopId: string; number: number }
  | { name: 'group'; workshopId: string; group: number }
  | { name: 'waiting'; workshopId: string }
  | { name: 'roleGroup'; workshopId: string; roleGroup: RoleGroup | null }
  | { name: 'meeting2Setup'; workshopId: string }
  | { name: 'notFound' }
  | ConsultationRoute;

const ID = '([A-Za-z0-9_-]{1,64})';

const SUB_PAGES: Record<string, 'cockpit' | 'merge' | 'linkCards' | 'privacy' | 'dossier' | 'plenary' | 'agreements'> = {
  'regie/live': 'cockpit', 'regie/samenvoegen': 'merge', 'regie/kaarten': 'linkCards', 'regie/privacy': 'privacy', 'regie/dossier': 'dossier', plenair: 'plenary',
  afspraken: 'agreements',
};

/** Matches a pathname to a screen. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/regie') return { name: 'setup' };
  const consultation = matchConsultationRoute(path);
  if (consultation) return consultation;
  let m = path.match(new RegExp(`^/w/${ID}/regie$`));
  if (m) return { name: 'facilitator', workshopId: m[1] };
  m = path.match(new RegExp(`^/w/${ID}/(regie/live|regie/samenvoegen|regie/kaarten|regie/privacy|regie/dossier|plenair|afspraken)$`));
  if (m) return { name: SUB_PAGES[m[2]], workshopId: m[1] };
  m = path.match(new RegExp(`^/w/${ID}/versie/([1-9][0-9]{0,5})$`));
  if (m) return { name: 'version', workshopId: m[1], number: Number(m[2]) };
  m = path.match(new RegExp(`^/w/${ID}/groep/([1-9][0-9]*)$`));
  if (m) {
    const group = Number(m[2]);
    return group >= 1 && group <= GROUP_COUNT ? { name: 'group', workshopId: m[1], group } : { name: 'notFound' };
  }
  m = path.match(new RegExp(`^/w/${ID}/rol(?:/(${ROLE_GROUPS.join('|')}))?$`));
  if (m) return { name: 'roleGroup', workshopId: m[1], roleGroup: (m[2] as RoleGroup | undefined) ?? null };
  if ((m = path.match(new RegExp(`^/w/${ID}/regie/bijeenkomst2$`)))) return { name: 'meeting2Setup', workshopId: m[1] };
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
/** The path of the cockpit (running meeting 1). */
export const cockpitPath = (workshopId: string) => `/w/${workshopId}/regie/live`;
/** The path of the merge view. */
export const mergePath = (workshopId: string) => `/w/${workshopId}/regie/samenvoegen`;
/** The path of the printable link cards. */
export const linkCardsPath = (workshopId: string) => `/w/${workshopId}/regie/kaarten`;
/** The path of the privacy and accountability page (audit log, download, delete). */
export const privacyPath = (workshopId: string) => `/w/${workshopId}/regie/privacy`;
/** The path of the dossier page (download as Word, PDF or Markdown). */
export const dossierPath = (workshopId: string) => `/w/${workshopId}/regie/dossier`;
/** The path of the plenary screen. */
export const plenaryPath = (workshopId: string) => `/w/${workshopId}/plenair`;
/** The path of the agreements page ("Wat hebben we afgesproken?"). */
export const agreementsPath = (workshopId: string) => `/w/${workshopId}/afspraken`;
/** The path of a role group's room in meeting 2 (without group: the person's own). */
export const roleGroupPath = (workshopId: string, roleGroup: RoleGroup | null = null) => `/w/${workshopId}/rol${roleGroup ? `/${roleGroup}` : ''}`;
/** The path of the set-up of meeting 2. */
export const meeting2SetupPath = (workshopId: string) => `/w/${workshopId}/regie/bijeenkomst2`;
/** The path of a frozen version of the vision. */
export const versionPath = (workshopId: string, number: number) => `/w/${workshopId}/versie/${number}`;

/** The screen a session belongs on (the same rule the server uses to redirect a join link). */
export function homePathFor(me: MeAnswer): string {
  if (me.kind === 'setup') return '/regie';
  if (me.kind === 'screen') return plenaryPath(me.workshop.id);
  if (me.kind === 'commenter') return `/w/${me.workshop.id}/consultatie`;
  const { participant, workshop } = me;
  if (participant.role === 'facilitator') return facilitatorPath(workshop.id);
  if (participant.group !== null) return groupPath(workshop.id, participant.group);
  return waitingPath(workshop.id);
}

/** Whether a session has facilitator rights on a workshop (the set-up session has them on every workshop). */
export function mayManage(me: MeAnswer, workshopId: string): boolean {
  return me.kind === 'setup' || (me.kind === 'participant' && me.participant.role === 'facilitator' && me.workshop.id === workshopId);
}

/** Whether a session belongs to a workshop (any participant, its screen, or the set-up session). */
export function belongsTo(me: MeAnswer, workshopId: string): boolean {
  return me.kind === 'setup' || me.workshop.id === workshopId;
}

/**
 * The groups whose documents a session may read (the plenary screen shows only these): every
 * group for the facilitator, the set-up session and the big screen; a member's own group; null
 * for a session of another workshop.
 */
export function readableGroups(me: MeAnswer, workshopId: string): number[] | null {
  if (!belongsTo(me, workshopId)) return null;
  const all = Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);
  if (me.kind !== 'participant' || me.participant.role === 'facilitator') return all;
  return me.participant.group === null ? [] : [me.participant.group];
}

/** Whether a session may open a group room (its own group, or any group as facilitator). */
export function mayOpenGroup(me: MeAnswer, workshopId: string, group: number): boolean {
  if (me.kind !== 'participant' || me.workshop.id !== workshopId) return false;
  return me.participant.role === 'facilitator' || me.participant.group === group;
}

/** The link failures the server can send to `/?fout=`. */
export const LINK_FAILURES = ['link-unknown', 'link-expired', 'link-revoked', 'setup-link-used'] as const;
/** A link failure id. */
export type LinkFailureId = (typeof LINK_FAILURES)[number];

/** Reads `?fout=` from a query string; `unknownFailure` for a value we do not know. */
export function linkFailureFrom(search: string): LinkFailureId | 'unknownFailure' | null {
  const value = new URLSearchParams(search).get('fout');
  if (value === null) return null;
  return (LINK_FAILURES as readonly string[]).includes(value) ? (value as LinkFailureId) : 'unknownFailure';
}
