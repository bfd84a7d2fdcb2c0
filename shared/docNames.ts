// SPDX-License-Identifier: EUPL-1.2
/**
 * Document names: the only names the collaboration endpoint accepts (`/collab/<docName>`).
 *
 *   w/<workshopId>/m1/g/<1|2|3>         breakout group of meeting 1
 *   w/<workshopId>/vision               global vision
 *   w/<workshopId>/consultation         comments on a frozen vision version
 *   w/<workshopId>/m2/g/<raad|college|ambtenaren>   role group of meeting 2
 *   w/<workshopId>/agreements           afspraken
 *   w/<workshopId>/live                 live state of the meeting (step, timer, locks; server-written)
 *   w/<workshopId>/m1/g/<n>/draft/<participantId>   one person's private statements in step 1
 *   w/<workshopId>/m2/g/<roleGroup>/draft/<participantId>   the same in a meeting-2 role group
 *
 * A workshop id is 10–32 characters of [A-Za-z0-9_-]. Anything else is not a document.
 *
 * Each kind of document has one home in shared/: its shape (field names, types, a snapshot
 * function), its starting content (written by the server alone) and its rules. A new kind gets a
 * home of its own before any code reads or writes it.
 *
 *   group         shared/groupDoc.ts    statements, horizon
 *   live          shared/liveDoc.ts     step, timer, locks, message, focus, plenary view (server-written)
 *   vision        shared/visionDoc.ts   content in sections (starting content, titles), provenance
 *   draft         shared/draftDoc.ts    private statements; the reveal draft -> group
 *   consultation  shared/consultationDoc.ts   comments and published answers (server-written)
 *   roleGroup     shared/roleGroupDoc.ts      to come with meeting 2 (ambitions, expectations)
 *   agreements    shared/agreementsDoc.ts     to come with the agreements register (afspraken, progress)
 */

/** Number of breakout groups in meeting 1. */
export const GROUP_COUNT = 3;

/** Role groups of meeting 2. */
export const ROLE_GROUPS = ['raad', 'college', 'ambtenaren'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];

/** Whether a value names a role group. */
export const isRoleGroup = (v: unknown): v is RoleGroup =>
  typeof v === 'string' && (ROLE_GROUPS as readonly string[]).includes(v);

/** A parsed, valid document name. */
export type DocRef =
  | { kind: 'group'; workshopId: string; group: number }
  | { kind: 'vision'; workshopId: string }
  | { kind: 'consultation'; workshopId: string }
  | { kind: 'roleGroup'; workshopId: string; roleGroup: RoleGroup }
  | { kind: 'agreements'; workshopId: string }
  | { kind: 'live'; workshopId: string }
  | { kind: 'draft'; workshopId: string; group: number; participantId: string }
  | { kind: 'roleDraft'; workshopId: string; roleGroup: RoleGroup; participantId: string };

const WORKSHOP_ID = '([A-Za-z0-9_-]{10,32})';
const PATTERNS: [RegExp, (m: RegExpMatchArray) => DocRef | null][] = [
  [new RegExp(`^w/${WORKSHOP_ID}/m1/g/([1-9])$`), (m) => {
    const group = Number(m[2]);
    return group <= GROUP_COUNT ? { kind: 'group', workshopId: m[1], group } : null;
  }],
  [new RegExp(`^w/${WORKSHOP_ID}/vision$`), (m) => ({ kind: 'vision', workshopId: m[1] })],
  [new RegExp(`^w/${WORKSHOP_ID}/consultation$`), (m) => ({ kind: 'consultation', workshopId: m[1] })],
  [new RegExp(`^w/${WORKSHOP_ID}/m2/g/(raad|college|ambtenaren)$`), (m) => ({ kind: 'roleGroup', workshopId: m[1], roleGroup: m[2] as RoleGroup })],
  [new RegExp(`^w/${WORKSHOP_ID}/agreements$`), (m) => ({ kind: 'agreements', workshopId: m[1] })],
  [new RegExp(`^w/${WORKSHOP_ID}/live$`), (m) => ({ kind: 'live', workshopId: m[1] })],
  [new RegExp(`^w/${WORKSHOP_ID}/m1/g/([1-9])/draft/([A-Za-z0-9_-]{10,32})$`), (m) => {
    const group = Number(m[2]);
    return group <= GROUP_COUNT ? { kind: 'draft', workshopId: m[1], group, participantId: m[3] } : null;
  }],
  [new RegExp(`^w/${WORKSHOP_ID}/m2/g/(raad|college|ambtenaren)/draft/([A-Za-z0-9_-]{10,32})$`), (m) => (
    { kind: 'roleDraft', workshopId: m[1], roleGroup: m[2] as RoleGroup, participantId: m[3] })],
];

/** Parses a document name; null for anything that is not exactly a valid name. */
export function parseDocName(name: string): DocRef | null {
  if (typeof name !== 'string' || name.length > 120) return null;
  for (const [re, build] of PATTERNS) {
    const m = name.match(re);
    if (m) return build(m);
  }
  return null;
}

/** The document name of a meeting-1 breakout group. */
export const groupDocName = (workshopId: string, group: number) => `w/${workshopId}/m1/g/${group}`;
/** The document name of the global vision. */
export const visionDocName = (workshopId: string) => `w/${workshopId}/vision`;
/** The document name of the consultation. */
export const consultationDocName = (workshopId: string) => `w/${workshopId}/consultation`;
/** The document name of a meeting-2 role group. */
export const roleGroupDocName = (workshopId: string, roleGroup: RoleGroup) => `w/${workshopId}/m2/g/${roleGroup}`;
/** The document name of the agreements. */
export const agreementsDocName = (workshopId: string) => `w/${workshopId}/agreements`;

/** The document name of a workshop's live state. */
export const liveDocName = (workshopId: string) => `w/${workshopId}/live`;
/** The document name of one participant's private drafts in a group. */
export const draftDocName = (workshopId: string, group: number, participantId: string) =>
  `w/${workshopId}/m1/g/${group}/draft/${participantId}`;

/** The document name of one participant's private drafts in a meeting-2 role group. */
export const roleDraftDocName = (workshopId: string, roleGroup: RoleGroup, participantId: string) =>
  `w/${workshopId}/m2/g/${roleGroup}/draft/${participantId}`;

/** Formats a parsed reference back to its name. */
export function formatDocName(ref: DocRef): string {
  switch (ref.kind) {
    case 'group': return groupDocName(ref.workshopId, ref.group);
    case 'vision': return visionDocName(ref.workshopId);
    case 'consultation': return consultationDocName(ref.workshopId);
    case 'roleGroup': return roleGroupDocName(ref.workshopId, ref.roleGroup);
    case 'agreements': return agreementsDocName(ref.workshopId);
    case 'live': return liveDocName(ref.workshopId);
    case 'draft': return draftDocName(ref.workshopId, ref.group, ref.participantId);
    case 'roleDraft': return roleDraftDocName(ref.workshopId, ref.roleGroup, ref.participantId);
  }
}
