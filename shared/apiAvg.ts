// SPDX-License-Identifier: EUPL-1.2
/**
 * Bodies and answers of the API for accountability and privacy (AVG): the audit log, the export of
 * every piece of personal data of a workshop, and deleting a workshop for good; the routes are in
 * shared/api/privacyRoutes.ts.
 */
import { z } from 'zod/v3';
import type { AgreementsExport } from './apiAgreements.js';
import type { Role } from './roles.js';
import type { StatementKind } from './statementKinds.js';
import type { Meeting2Case, RolePlacement } from './apiMeeting2.js';
import type { RoleGroup } from './docNames.js';

/** Body of DELETE /api/workshops/<id>: the gemeente's name, typed again, guards against accidents. */
export const WorkshopDeleteBody = z.object({ confirm: z.string().max(200) }).strict();
export type WorkshopDeleteBody = z.infer<typeof WorkshopDeleteBody>;

/** What a delete removed. */
export interface WorkshopDeleteAnswer { deleted: true; participants: number; documents: number; socketsClosed: number }

/** Who did something, as the audit log records it. */
export interface AuditActorView { kind: 'setup' | 'participant' | 'screen' | 'commenter' | 'system'; id: string | null; name: string | null }

/** One audit entry. `result` is 'ok' or the API error id of a refused attempt. */
export interface AuditEntryView {
  id: number;
  at: string;
  actor: AuditActorView;
  /** e.g. 'workshop.update', 'participant.add', 'group.move', 'link.renew', 'workshop.export'. */
  action: string;
  objectType: string;
  objectId: string | null;
  result: string;
}

/** A participant in the export. */
export interface ExportParticipant {
  id: string;
  name: string;
  role: Role;
  email: string | null;
  group: number | null;
  authorKey: string;
  createdAt: string;
}

/** A statement of a group document in the export, with its author resolved to a name. */
export interface ExportStatement {
  group: number;
  id: string;
  kind: StatementKind;
  text: string;
  authorKey: string;
  authorName: string | null;
  authorRole: Role;
  createdAt: string;
  endorsedBy: { authorKey: string; name: string | null }[];
  /** Who changed the statement besides its author, with the role they had. */
  editedBy: { authorKey: string; name: string | null; role: Role }[];
}

/** An ambition (`to: null`) or an expectation of group `to`, written in role group `roleGroup`, with its author resolved. */
export interface Meeting2ExportStatement extends Omit<ExportStatement, 'group' | 'kind'> {
  roleGroup: RoleGroup;
  to: RoleGroup | null;
}

/** Meeting 2 in the export: set-up, everyone's role group, cases, ambitions and expectations. */
export interface Meeting2Export {
  date: string | null;
  created: boolean;
  placement: RolePlacement | null;
  merges: Partial<Record<RoleGroup, RoleGroup>>;
  roleGroups: { participantId: string; roleGroup: RoleGroup }[];
  cases: Meeting2Case[];
  statements: Meeting2ExportStatement[];
}

/** GET /api/workshops/<id>/export: every piece of personal data Stip holds about the workshop. */
export interface WorkshopExport {
  format: 'stip-workshop-export';
  version: 1;
  exportedAt: string;
  workshop: { id: string; gemeente: string; title: string; dates: { meeting1?: string; meeting2?: string }; showNames: boolean; createdAt: string };
  participants: ExportParticipant[];
  statements: ExportStatement[];
  /** Each group's stip op de horizon as plain text (paragraphs separated by blank lines). */
  horizons: { group: number; text: string }[];
  /** The global vision as plain text. */
  vision: { text: string };
  /** The frozen versions of the vision, each as plain text. */
  versions: { number: number; label: string; createdAt: string; text: string }[];
  /** Meeting 2: role groups, cases, ambitions and expectations with their authors. */
  meeting2: Meeting2Export;
  /** The agreements register: agreements, progress notes and intervisie notes with their authors. */
  agreements: AgreementsExport;
  /** Every other stored document of the workshop, as the plain text of its fields. */
  otherDocuments: { name: string; text: string }[];
  audit: AuditEntryView[];
  /** The consultation between the meetings: its people (commenters) and every comment with its author; null without one. */
  consultation?: ExportConsultation | null;
}

/** The consultation part of the export (issue 12). */
export interface ExportConsultation {
  id: string;
  version: number;
  openedAt: string;
  closesAt: string;
  people: { id: string; name: string; role: Role; email: string | null; participantId: string | null; source: string; openedAt: string | null }[];
  comments: { id: string; number: number; personId: string; authorName: string; parentId: string | null; stance: string; text: string; status: string; createdAt: string; editedAt: string | null; quote: string | null }[];
  answers: { id: string; commentIds: string[]; answer: string; status: string; answeredAt: string }[];
}
