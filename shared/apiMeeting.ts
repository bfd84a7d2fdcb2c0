// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies and answers of the API for running a meeting (facilitator cockpit, plenary screen,
 * versions, attendance); the routes are in shared/api/meetingRoutes.ts and versionRoutes.ts.
 * The live state itself is read from the `w/<id>/live` document (shared/liveDoc.ts).
 */
import { z } from 'zod/v3';
import { METHOD_STEPS } from './method.js';
import type { SourceRef } from './visionDoc.js';

const group = z.number().int().min(1).max(3);

/** Longest message to all groups (live state), in characters. */
export const MAX_MESSAGE_CHARS = 280;

/** Body of PATCH /api/workshops/<id>/live: any subset of changes, applied together. */
export const LiveUpdateBody = z.object({
  step: z.enum(METHOD_STEPS).nullable().optional(),
  timer: z.union([
    z.object({ action: z.literal('start'), durationSeconds: z.number().int().min(10).max(4 * 3600) }).strict(),
    z.object({ action: z.enum(['pause', 'resume', 'stop']) }).strict(),
  ]).optional(),
  lock: z.object({ group, locked: z.boolean() }).strict().optional(),
  lockAll: z.boolean().optional(),
  message: z.string().trim().max(MAX_MESSAGE_CHARS).nullable().optional(),
  focus: z.enum(['groups', 'plenary']).optional(),
  plenaryView: z.enum(['horizons', 'vision']).optional(),
  ownStatementsOnly: z.boolean().optional(),
}).strict();
export type LiveUpdateBody = z.infer<typeof LiveUpdateBody>;

/** Body of POST /api/workshops/<id>/reveal: one group, or all when omitted. */
export const RevealBody = z.object({ group: group.optional() }).strict();
export type RevealBody = z.infer<typeof RevealBody>;

/** Answer of a reveal: how many private statements were moved into each group's document. */
export interface RevealAnswer { revealed: Record<string, number> }

/** One group's private writing in step 1: how many members wrote and how many statements (never their text). */
export interface DraftGroupCount { members: number; writers: number; statements: number }

/** Answer of GET /draft-counts: the private writing per group, keyed by group number ("1".."3"). */
export interface DraftCountsAnswer { groups: Record<string, DraftGroupCount> }

/** Answer of POST /screen-link: a read-only link for the beamer (`/w/<id>/plenair`). */
export interface ScreenLinkAnswer { link: string }

/** Body of POST /api/workshops/<id>/versions. */
export const VersionCreateBody = z.object({ label: z.string().trim().min(1).max(120) }).strict();
export type VersionCreateBody = z.infer<typeof VersionCreateBody>;

/** A frozen version of the vision in a list. */
export interface VisionVersionSummary { number: number; label: string; createdAt: string }

/** A frozen version with its content (ProseMirror JSON of the shared schema) and provenance. */
export interface VisionVersionView extends VisionVersionSummary {
  content: unknown;
  provenance: Record<string, SourceRef[]>;
}

/** Attendance of one meeting. */
export const AttendanceBody = z.object({
  meeting: z.union([z.literal(1), z.literal(2)]),
  status: z.enum(['present', 'absent']).nullable(),
}).strict();
export type AttendanceBody = z.infer<typeof AttendanceBody>;
