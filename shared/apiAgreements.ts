// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies and answers of the agreements API (the register of afspraken and what happens after the
 * course); the routes are in shared/api/agreementRoutes.ts, the register itself is read from the
 * `w/<id>/agreements` document (shared/agreementsDoc.ts).
 *
 * The schemas check shape only. An empty text, no owner, a review moment in the past or a source
 * that does not exist are refused by the service with their own error ids (shared/apiErrors.ts),
 * so that a person gets a sentence about exactly that.
 */
import { z } from 'zod/v3';
import { AGREEMENT_STATUSES, PROGRESS_STATES, type Agreement, type IntervisieNote, type ProgressEntry } from './agreementsDoc.js';
import { ROLE_GROUPS, type RoleGroup } from './docNames.js';
import type { Role } from './roles.js';

/** Longest agreement text, progress note or intervisie note, in characters. */
export const MAX_AGREEMENT_CHARS = 600;
/** Most agreements in one register (a municipality makes perhaps 10–30). */
export const MAX_AGREEMENTS = 300;
/** Most progress entries, and most intervisie notes, on one agreement (years of monthly reviews by several people). */
export const MAX_ENTRIES_PER_AGREEMENT = 300;
/** Most review moments of one agreement. */
const MAX_REVIEW_MOMENTS = 12;
/** Most sources of one agreement. */
const MAX_SOURCES = 40;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');
const roleGroup = z.enum(ROLE_GROUPS);
const statementId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'expected an item id');

/** A source as the facilitator picks it: the statement's kind, role group(s) and id (the server adds the quote). */
export const AgreementSourceBody = z.union([
  z.object({ kind: z.literal('ambition'), roleGroup, statementId }).strict(),
  z.object({ kind: z.literal('expectation'), from: roleGroup, to: roleGroup, statementId }).strict(),
]);
export type AgreementSourceBody = z.infer<typeof AgreementSourceBody>;

const agreementFields = {
  text: z.string().max(MAX_AGREEMENT_CHARS),
  owners: z.array(roleGroup).max(ROLE_GROUPS.length),
  reviewMoments: z.array(isoDate).max(MAX_REVIEW_MOMENTS),
  status: z.enum(AGREEMENT_STATUSES),
  sources: z.array(AgreementSourceBody).max(MAX_SOURCES),
};

/** Body of POST /api/workshops/<id>/agreements. */
export const AgreementCreateBody = z.object({
  ...agreementFields,
  reviewMoments: agreementFields.reviewMoments.default([]),
  status: agreementFields.status.default('concept'),
  sources: agreementFields.sources.default([]),
}).strict();
export type AgreementCreateBody = z.infer<typeof AgreementCreateBody>;

/** Body of PATCH /api/workshops/<id>/agreements/<aid>: any subset; a list given replaces the old one. */
export const AgreementUpdateBody = z.object({
  text: agreementFields.text.optional(),
  owners: agreementFields.owners.optional(),
  reviewMoments: agreementFields.reviewMoments.optional(),
  status: agreementFields.status.optional(),
  sources: agreementFields.sources.optional(),
}).strict();
export type AgreementUpdateBody = z.infer<typeof AgreementUpdateBody>;

/** Body of POST …/agreements/<aid>/progress: a review moment of the agreement (null: in between), state and a short note. */
export const ProgressBody = z.object({
  reviewMoment: isoDate.nullable(),
  state: z.enum(PROGRESS_STATES),
  note: z.string().max(MAX_AGREEMENT_CHARS).default(''),
}).strict();
export type ProgressBody = z.infer<typeof ProgressBody>;

/** Body of POST …/agreements/<aid>/intervisie: what was discussed. */
export const IntervisieBody = z.object({ text: z.string().max(MAX_AGREEMENT_CHARS) }).strict();
export type IntervisieBody = z.infer<typeof IntervisieBody>;

/** Body of PUT /api/workshops/<id>/team-leaders/<pid>. */
export const TeamLeaderBody = z.object({ teamLeader: z.boolean() }).strict();
export type TeamLeaderBody = z.infer<typeof TeamLeaderBody>;

/** The team leaders of a workshop, by participant id (facilitator). */
export interface TeamLeadersAnswer { participantIds: string[] }

/** What this session may do in the register (GET …/agreements/rights). */
export interface AgreementRights {
  /** Edit the register, record progress on every agreement, add intervisie notes. */
  facilitator: boolean;
  /** The role group this session records progress for (null: none). */
  roleGroup: RoleGroup | null;
  /** Marked as team leader by the facilitator: may add intervisie notes. */
  teamLeader: boolean;
}

/** Who wrote an entry in the AVG export: author key, name (always resolved here: the export is the facilitator's) and role. */
interface ExportEntryAuthor { byKey: string | null; byName: string | null; byRole: Role }

/** The agreements register in the AVG export: every agreement with its progress and intervisie notes, authors resolved to names. */
export interface AgreementsExport {
  agreements: (Omit<Agreement, 'createdAt' | 'updatedAt'> & {
    createdAt: string;
    updatedAt: string;
    progress: (Omit<ProgressEntry, 'at' | 'byKey' | 'byRole'> & ExportEntryAuthor & { at: string })[];
    intervisie: (Omit<IntervisieNote, 'at' | 'byKey' | 'byRole'> & ExportEntryAuthor & { at: string })[];
  })[];
  teamLeaders: { authorKey: string; name: string | null }[];
}
