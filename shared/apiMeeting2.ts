// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies and answers of the meeting-2 API (set-up by role, cases, the plenary part and the
 * expectations matrix); the routes are in shared/api/meeting2Routes.ts. The role groups' own
 * writing is in their documents (shared/roleGroupDoc.ts).
 */
import { z } from 'zod/v3';
import { ROLE_GROUPS, type RoleGroup } from './docNames.js';
import type { Role } from './roles.js';

const roleGroup = z.enum(ROLE_GROUPS);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** The roles whose role group is a setting (the rest follow their role: raadslid, collegelid and directie, ambtenaar). */
export const PLACED_ROLES = ['griffier', 'gemeentesecretaris'] as const;
export type PlacedRole = (typeof PLACED_ROLES)[number];

/** Where the roles of PLACED_ROLES go. */
export type RolePlacement = Record<PlacedRole, RoleGroup>;

/** The default: the griffier with the raad, the gemeentesecretaris with college and directie. */
export const DEFAULT_ROLE_PLACEMENT: RolePlacement = { griffier: 'raad', gemeentesecretaris: 'college' };

/**
 * Body of PUT /api/workshops/<id>/meeting2: creates meeting 2 or changes its date and placement.
 * Creating it (or `regroup: true`) forms the role groups from everyone's role; later changes keep
 * the facilitator's moves unless `regroup` is set.
 */
export const Meeting2Body = z.object({
  date: isoDate,
  placement: z.object({ griffier: roleGroup, gemeentesecretaris: roleGroup }).strict().partial().optional(),
  regroup: z.boolean().optional(),
}).strict();
export type Meeting2Body = z.infer<typeof Meeting2Body>;

/** Body of PUT /api/workshops/<id>/participants/<pid>/role-group: the facilitator moves one person. */
export const RoleGroupMoveBody = z.object({ roleGroup }).strict();
export type RoleGroupMoveBody = z.infer<typeof RoleGroupMoveBody>;

/** Body of POST /api/workshops/<id>/meeting2/merge: `from`'s members join `into` (`into: null` undoes a merge of `from`). */
export const RoleGroupMergeBody = z.object({ from: roleGroup, into: roleGroup.nullable() }).strict();
export type RoleGroupMergeBody = z.infer<typeof RoleGroupMergeBody>;

/** Longest case title and text, in characters. */
const MAX_CASE_TITLE_CHARS = 120;
const MAX_CASE_TEXT_CHARS = 1200;
/** Most cases of one meeting. */
export const MAX_CASES = 12;

/** Body of POST /api/workshops/<id>/meeting2/cases and PATCH …/cases/<caseId>. */
export const CaseBody = z.object({
  title: z.string().trim().min(1, 'required').max(MAX_CASE_TITLE_CHARS),
  text: z.string().trim().max(MAX_CASE_TEXT_CHARS).default(''),
}).strict();
export type CaseBody = z.infer<typeof CaseBody>;

/** A case to discuss (a real example, a dilemma). */
export interface Meeting2Case { id: string; title: string; text: string }

/** What the plenary screen shows in meeting 2. */
export const M2_PLENARY_VIEWS = ['vision', 'case', 'matrix', 'closing', 'agreements'] as const;
export type M2PlenaryView = (typeof M2_PLENARY_VIEWS)[number];

/**
 * Body of PATCH /api/workshops/<id>/meeting2/live: the meeting-2 part of the live state
 * (shared/meeting2Live.ts). Step, timer, message and focus stay in PATCH /live, shared by both meetings.
 */
export const Meeting2LiveBody = z.object({
  /** Meeting 2 is the current meeting: join links lead to the role groups. */
  active: z.boolean().optional(),
  view: z.enum(M2_PLENARY_VIEWS).optional(),
  /** The case shown (view 'case'). */
  caseId: z.string().min(1).max(40).nullable().optional(),
  /** The matrix cell opened full screen (view 'matrix'); null: the whole matrix. */
  cell: z.object({ from: roleGroup, to: roleGroup }).strict().nullable().optional(),
  /** The group presenting its ambition (view 'closing'). */
  presenting: roleGroup.nullable().optional(),
  /** Locks or unlocks one role group's document for its members. */
  lock: z.object({ roleGroup, locked: z.boolean() }).strict().optional(),
}).strict();
export type Meeting2LiveBody = z.infer<typeof Meeting2LiveBody>;

/** Body of POST /api/workshops/<id>/meeting2/reveal ("Nu delen"): one role group's leftover drafts, or every group's when omitted. */
export const RoleRevealBody = z.object({ roleGroup: roleGroup.optional() }).strict();
export type RoleRevealBody = z.infer<typeof RoleRevealBody>;

/** Why the facilitator should look again (shown, never blocking). */
export type Meeting2Warning =
  /** No frozen version 2 of the vision yet: the opening shows the current vision. */
  | 'no-version-2'
  /** A role group has no members: merge it into another. */
  | 'empty-role-group';

/** One role group in the set-up. */
export interface RoleGroupSetup {
  roleGroup: RoleGroup;
  /** Participant ids of its members (facilitators excluded). */
  memberIds: string[];
  /** The group its members joined instead; null when it is a group of its own. */
  mergedInto: RoleGroup | null;
}

/** Answer of GET and PUT /api/workshops/<id>/meeting2 (and of the moves and merges). */
export interface Meeting2Answer {
  /** Meeting 2 was created (its groups formed). */
  created: boolean;
  date: string | null;
  placement: RolePlacement;
  groups: RoleGroupSetup[];
  cases: Meeting2Case[];
  /** The vision version the opening shows (2 when it exists; otherwise the newest, or null). */
  openingVersion: number | null;
  warnings: Meeting2Warning[];
  /** The role groups without members (that are not merged away). */
  emptyGroups: RoleGroup[];
}

/** One ambition or expectation in the matrix. */
export interface MatrixStatement {
  id: string;
  text: string;
  authorRole: Role;
  /** How many people endorsed it. */
  endorsements: number;
  createdAt: number;
}

/**
 * Answer of GET /api/workshops/<id>/meeting2/matrix: every ambition and expectation exactly once.
 * Row "van" (from), column "aan" (to): the diagonal cell (g, g) is `ambitions[g]`; the cell (a, b)
 * is `expectations[a][b]`, shown beside `ambitions[b]` (what b committed to itself).
 */
export interface Meeting2Matrix {
  /** The role groups in use, in ROLE_GROUPS order (a group merged into another is left out). */
  groups: RoleGroup[];
  ambitions: Record<RoleGroup, MatrixStatement[]>;
  /** `expectations[from][to]`; `expectations[g][g]` is always empty. */
  expectations: Record<RoleGroup, Record<RoleGroup, MatrixStatement[]>>;
}

/** Answer of GET /api/workshops/<id>/meeting2/mine. */
export interface MyRoleGroupAnswer {
  /** The caller's role group (the group a merged group joined); null when none. */
  roleGroup: RoleGroup | null;
  /** The groups in use (so a member knows whom to address expectations to). */
  groups: RoleGroup[];
}
