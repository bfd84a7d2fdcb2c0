// SPDX-License-Identifier: EUPL-1.2
/**
 * The shape of a meeting-2 role-group document (`w/<id>/m2/g/<raad|college|ambtenaren>`) and the
 * operations on it. Written by the role group's members and the facilitator; read by them and the
 * plenary screen (server/auth/permissions.ts). Nobody else connects, so what group A expects of
 * group B lives in A's document and is never writable by B.
 *
 *   ambitions    : Y.Map<statementId, Y.Map>   the group's own ambitions on houding en gedrag:
 *                                              statements of kind 'ambitie'
 *   expectations : Y.Map<statementId, Y.Map>   what the group expects of another group: statements
 *                                              whose kind is the role group they address (never
 *                                              the document's own group)
 *
 * Each entry has the statement shape of the meeting-1 group document (shared/groupDoc.ts: id,
 * kind, text, authorKey, authorRole, createdAt, endorsements) and follows the same rules
 * (`roleGroupRules`, enforced by the server on every change): exact shape, plain text of at most
 * maxStatementChars, at most maxStatementsPerDocument per field and maxStatementsPerAuthor per
 * author in a field; a new statement carries its sender's own author key and role, endorsements
 * only under one's own key, deletion only by its author or the facilitator. A statement's id is
 * its key and stays the same for its whole life: agreements and the matrix refer to it.
 *
 * No starting content. Snapshot: `readRoleGroupDoc`. Private drafts of step 1 have the same shape
 * (`roleDraftRules`); the server reveals them into the group's document (server/services/meeting2/roleRevealer.ts).
 */
import type * as Y from 'yjs';
import { isRoleGroup, ROLE_GROUPS, type RoleGroup } from './docNames.js';
import type { DocRules, StatementRules } from './docRules.js';
import { addStatementTo, listStatementsOf, setEndorsementIn, type Statement } from './groupDoc.js';
import { DEFAULT_LIMITS } from './limits.js';
import type { Role } from './roles.js';

/** Top-level field names of a role-group document. */
export const ROLE_GROUP_FIELDS = { ambitions: 'ambitions', expectations: 'expectations' } as const;

/** The kind of every ambition. */
export const AMBITION_KIND = 'ambitie';
type AmbitionKind = typeof AMBITION_KIND;

/** One of the group's own ambitions. */
export type Ambition = Statement<AmbitionKind>;
/** What the group expects of another group; `kind` is the group addressed. */
export type Expectation = Statement<RoleGroup>;

const isAmbitionKind = (v: unknown): v is AmbitionKind => v === AMBITION_KIND;

/** The two other role groups, in the order of ROLE_GROUPS. */
export const otherRoleGroups = (own: RoleGroup): RoleGroup[] => ROLE_GROUPS.filter((g) => g !== own);

const statementLimits = (kinds: readonly string[]) => ({
  maxPerDocument: DEFAULT_LIMITS.maxStatementsPerDocument,
  maxPerAuthor: DEFAULT_LIMITS.maxStatementsPerAuthor,
  maxChars: DEFAULT_LIMITS.maxStatementChars,
  kinds,
});

const draftLimits = (kinds: readonly string[]) => ({
  maxPerDocument: DEFAULT_LIMITS.maxDraftStatements,
  maxPerAuthor: DEFAULT_LIMITS.maxDraftStatements,
  maxChars: DEFAULT_LIMITS.maxStatementChars,
  kinds,
});

const rulesFor = (own: RoleGroup, limits: (kinds: readonly string[]) => StatementRules): DocRules => ({
  fields: {
    [ROLE_GROUP_FIELDS.ambitions]: { kind: 'statements', statements: limits([AMBITION_KIND]) },
    [ROLE_GROUP_FIELDS.expectations]: { kind: 'statements', statements: limits(otherRoleGroups(own)) },
  },
});

const RULES = Object.fromEntries(ROLE_GROUPS.map((g) => [g, rulesFor(g, statementLimits)])) as Record<RoleGroup, DocRules>;
const DRAFT_RULES = Object.fromEntries(ROLE_GROUPS.map((g) => [g, rulesFor(g, draftLimits)])) as Record<RoleGroup, DocRules>;

/** The rules of one role group's document (enforced by the server, server/collab/changeJudge.ts). */
export const roleGroupRules = (own: RoleGroup): DocRules => RULES[own];

/**
 * The rules of one person's private drafts in a role group (`w/<id>/m2/g/<group>/draft/<pid>`, step 1):
 * the same two fields and statement rules, at most maxDraftStatements statements (a draft is one person's).
 */
export const roleDraftRules = (own: RoleGroup): DocRules => DRAFT_RULES[own];

/** The ambitions map of a role-group document. */
export const ambitionsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(ROLE_GROUP_FIELDS.ambitions);
/** The expectations map of a role-group document. */
export const expectationsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(ROLE_GROUP_FIELDS.expectations);

/** Who writes a new statement (the session's author key and role). */
interface Author { authorKey: string; authorRole: Role }

/** Adds an ambition and returns its id. */
export function addAmbition(doc: Y.Doc, input: Author & { text: string; id?: string; createdAt?: number }): string {
  return addStatementTo(doc, ambitionsOf(doc), { ...input, kind: AMBITION_KIND });
}

/** Adds an expectation of group `to` and returns its id. */
export function addExpectation(doc: Y.Doc, input: Author & { to: RoleGroup; text: string; id?: string; createdAt?: number }): string {
  const { to, ...rest } = input;
  return addStatementTo(doc, expectationsOf(doc), { ...rest, kind: to });
}

/** Which field of a role-group document a statement is in. */
export type RoleStatementField = keyof typeof ROLE_GROUP_FIELDS;

/** The statements map of one field. */
export const roleStatementsOf = (doc: Y.Doc, field: RoleStatementField) =>
  field === 'ambitions' ? ambitionsOf(doc) : expectationsOf(doc);

/** Sets or clears one person's endorsement of an ambition or expectation. */
export function endorseRoleStatement(doc: Y.Doc, field: RoleStatementField, id: string, authorKey: string, endorsed: boolean): void {
  setEndorsementIn(roleStatementsOf(doc, field), id, authorKey, endorsed);
}

/** A role-group document as plain data. */
export interface RoleGroupSnapshot {
  /** The group's own ambitions, oldest first. */
  ambitions: Ambition[];
  /** What the group expects of each other group (the own group's entry is always empty), oldest first. */
  expectations: Record<RoleGroup, Expectation[]>;
}

/** Reads a role-group document (only valid statements; an expectation of the own group is dropped). */
export function readRoleGroupDoc(doc: Y.Doc, own: RoleGroup): RoleGroupSnapshot {
  const expectations = { raad: [], college: [], ambtenaren: [] } as Record<RoleGroup, Expectation[]>;
  for (const e of listStatementsOf(expectationsOf(doc), isRoleGroup)) {
    if (e.kind !== own) expectations[e.kind].push(e);
  }
  return { ambitions: listStatementsOf(ambitionsOf(doc), isAmbitionKind), expectations };
}

/**
 * Where an agreement (or anything else) can point in meeting 2: one ambition of a group, or one
 * expectation of group `from` of group `to`. `quote` is the text when the reference was made.
 */
export type RoleGroupSourceRef =
  | { kind: 'ambition'; roleGroup: RoleGroup; statementId: string; quote: string }
  | { kind: 'expectation'; from: RoleGroup; to: RoleGroup; statementId: string; quote: string };

/** The document a source lives in (its role group). */
export const sourceRoleGroup = (ref: RoleGroupSourceRef): RoleGroup => (ref.kind === 'ambition' ? ref.roleGroup : ref.from);

/** Whether the source exists in its group's snapshot (the same id, and for an expectation the same addressee). */
export function sourceExists(snapshot: RoleGroupSnapshot, ref: RoleGroupSourceRef): boolean {
  if (ref.kind === 'ambition') return snapshot.ambitions.some((a) => a.id === ref.statementId);
  return snapshot.expectations[ref.to].some((e) => e.id === ref.statementId);
}
