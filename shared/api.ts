// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies (zod schemas: the server validates with them, the client types its calls with them) and
 * answers of the workshop, participant and session routes. The routes themselves are the contract
 * in shared/api/routes.ts.
 */
// zod 4's bundled v3 API: the same schemas at a quarter of v4's heap (the server starts ~10 MB smaller).
import { z } from 'zod/v3';
import { ROLES, type Role } from './roles.js';
import { DEFAULT_LIMITS } from './limits.js';
import { GROUP_COUNT } from './docNames.js';
import { GROUP_NAME_MAX_CHARS } from './groupNames.js';

const name = z.string().trim().min(1, 'required').max(DEFAULT_LIMITS.maxNameChars);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const email = z.string().trim().email().max(200);

/** The languages a workshop can be held in (its participants' and screen's interface language). */
export const WORKSHOP_LANGUAGES = ['nl', 'en'] as const;
/** A workshop's language. */
export type WorkshopLanguage = (typeof WORKSHOP_LANGUAGES)[number];

/** One group name: trimmed, one line, at most GROUP_NAME_MAX_CHARS characters; '' means the default ("Groep n"). */
const groupNameText = z.string()
  .trim()
  .max(GROUP_NAME_MAX_CHARS, `a group name has at most ${GROUP_NAME_MAX_CHARS} characters`)
  .regex(/^[^\p{Cc}]*$/u, 'a group name is one line without control characters');

/** Body of POST /api/workshops. */
export const WorkshopCreateBody = z.object({
  gemeente: name,
  title: z.string().trim().min(1).max(200).default('OverheidsParticipatie-visie'),
  dates: z.object({ meeting1: isoDate.optional(), meeting2: isoDate.optional() }).strict().default({}),
  showNames: z.boolean().default(false),
  facilitatorName: name.default('Procesbegeleider'),
}).strict();
export type WorkshopCreateBody = z.infer<typeof WorkshopCreateBody>;

/** Body of PATCH /api/workshops/<id>. */
export const WorkshopUpdateBody = z.object({
  gemeente: name.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  dates: z.object({ meeting1: isoDate.optional(), meeting2: isoDate.optional() }).strict().optional(),
  showNames: z.boolean().optional(),
  /** One name per group (exactly GROUP_COUNT); an empty name resets that group to "Groep n". */
  groupNames: z.array(groupNameText).length(GROUP_COUNT, `expected exactly ${GROUP_COUNT} group names`).optional(),
  language: z.enum(WORKSHOP_LANGUAGES, { message: `expected one of: ${WORKSHOP_LANGUAGES.join(', ')}` }).optional(),
}).strict();
export type WorkshopUpdateBody = z.infer<typeof WorkshopUpdateBody>;

/**
 * Body of POST /api/workshops/<id>/groups/assign. `mode` 'all' deals everyone afresh, 'unplaced'
 * gives a group only to people without one (everyone placed stays). Once meeting 1 has started,
 * 'all' is refused with `meeting-started` unless `confirmStarted` says the facilitator agreed.
 */
export const GroupAssignBody = z.object({
  mode: z.enum(['all', 'unplaced']).default('all'),
  confirmStarted: z.boolean().default(false),
}).strict();
export type GroupAssignBody = z.infer<typeof GroupAssignBody>;

/** Body of POST /api/workshops/<id>/participants. */
export const ParticipantCreateBody = z.object({
  name,
  role: z.enum(ROLES),
  email: email.optional().or(z.literal('').transform(() => undefined)),
  group: z.number().int().min(1).max(3).optional(),
}).strict();
export type ParticipantCreateBody = z.infer<typeof ParticipantCreateBody>;

/** Body of PATCH /api/workshops/<id>/participants/<pid>. */
export const ParticipantUpdateBody = z.object({
  name: name.optional(),
  role: z.enum(ROLES).optional(),
  email: email.optional().or(z.literal('').transform(() => null)).nullable(),
  group: z.number().int().min(1).max(3).optional(),
}).strict();
export type ParticipantUpdateBody = z.infer<typeof ParticipantUpdateBody>;

/** Body of POST /api/workshops/<id>/participants/import: CSV text with header `naam,rol,email`. */
export const ParticipantImportBody = z.object({ csv: z.string().min(1).max(500_000) }).strict();
export type ParticipantImportBody = z.infer<typeof ParticipantImportBody>;

/** The document store in GET /api/health; no document names, the route is public. */
export type StoreHealthView =
  | { status: 'ok' }
  | { status: 'failing'; failingSeconds: number; unwrittenUpdates: number; documents: number };

/** GET /api/health: 200 with ok true while all is well, 503 with ok false while the document store cannot write. */
export interface HealthAnswer { ok: boolean; status: 'ok' | 'failing'; store: StoreHealthView }

/** A workshop in a list. */
export interface WorkshopSummary {
  id: string;
  gemeente: string;
  title: string;
  dates: { meeting1?: string; meeting2?: string };
  participantCount: number;
  createdAt: string;
}

/** A participant as the facilitator sees them. */
export interface ParticipantView {
  id: string;
  name: string;
  role: Role;
  email: string | null;
  group: number | null;
  link: string;
  /** Attendance per meeting (null: not recorded); set through PUT …/participants/<pid>/attendance. */
  attendance?: { m1: 'present' | 'absent' | null; m2: 'present' | 'absent' | null };
}

/** A workshop with everything the facilitator page needs. */
export interface WorkshopDetail extends WorkshopSummary {
  showNames: boolean;
  /** The groups' names, always GROUP_COUNT of them, defaults ("Groep n") filled in. */
  groupNames: string[];
  /** The language participants and the big screen see, unless they chose one on their device. */
  language: WorkshopLanguage;
  facilitatorLink: string;
  participants: ParticipantView[];
}

/** One line of a CSV import that could not be imported. */
export interface ImportLineError { line: number; reason: string }

/** Answer of the CSV import: good lines are imported, bad lines reported. */
export interface ImportAnswer { added: ParticipantView[]; errors: ImportLineError[]; workshop: WorkshopDetail }

/** A join link in the list of links. */
export interface LinkView { participantId: string; name: string; role: Role; group: number | null; link: string }

/**
 * The workshop as a participant or the big screen knows it (in /api/me). The server always sends
 * `groupNames` (GROUP_COUNT names, defaults filled in) and `language`; they are optional so that
 * a reader treats their absence as the defaults.
 */
export interface MeWorkshop {
  id: string;
  gemeente: string;
  title: string;
  showNames: boolean;
  groupNames?: string[];
  language?: WorkshopLanguage;
}

/** GET /api/me: who this session is. */
export type MeAnswer =
  | { kind: 'setup' }
  | {
      kind: 'participant';
      participant: { id: string; name: string; role: Role; group: number | null; authorKey: string };
      workshop: MeWorkshop;
    }
  /** The plenary screen (beamer) of a workshop: opened with a screen link, reads only. */
  | { kind: 'screen'; workshop: MeWorkshop }
  /** A consultation commenter (personal consultation link): reaches only the consultation (shared/api/consultationRoutes.ts). */
  | { kind: 'commenter'; commenter: { id: string; name: string; role: Role }; workshop: MeWorkshop };

/**
 * GET /api/me's answer, also inlined in the page (`<script type="application/json" id="stip-session">`,
 * SESSION_SCRIPT_ID) for a browser with a session: who this is, with the workshop, and the server's
 * clock when answering (ms since 1970), so a screen needs no other request before it opens its documents.
 */
export type SessionAnswer = MeAnswer & { now: number };

/** The id of the page's inlined session answer. */
export const SESSION_SCRIPT_ID = 'stip-session';

/** GET /api/workshops/<id>/authors: author key -> name, empty when the workshop shows roles only. */
export type AuthorNames = Record<string, string>;
