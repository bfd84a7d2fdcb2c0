// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2 in the AVG export: its date and set-up, everyone's role group, the cases, and every
 * ambition and expectation of the role groups with its author (and endorsers) resolved to names.
 */
import * as Y from 'yjs';
import type { Meeting2Export, Meeting2ExportStatement } from '../../../shared/apiAvg.js';
import { roleGroupDocName, ROLE_GROUPS } from '../../../shared/docNames.js';
import type { Statement } from '../../../shared/groupDoc.js';
import { readRoleGroupDoc } from '../../../shared/roleGroupDoc.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';

/** The document names the meeting-2 part covers (so the export does not list them again as other documents). */
export const meeting2DocNames = (workshopId: string) => ROLE_GROUPS.map((g) => roleGroupDocName(workshopId, g));

/** Builds the meeting-2 part of the export. */
export async function exportMeeting2(ctx: ServiceContext, workshop: WorkshopRecord, nameOf: (authorKey: string) => string | null): Promise<Meeting2Export> {
  const setup = await ctx.stores.meeting2.getSetup(workshop.id);
  const statements: Meeting2ExportStatement[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  const entry = (roleGroup: Meeting2ExportStatement['roleGroup'], s: Statement<string>, to: Meeting2ExportStatement['to']): Meeting2ExportStatement => ({
    roleGroup, to, id: s.id, text: s.text, authorKey: s.authorKey, authorName: nameOf(s.authorKey), authorRole: s.authorRole,
    createdAt: iso(s.createdAt), endorsedBy: s.endorsedBy.map((authorKey) => ({ authorKey, name: nameOf(authorKey) })),
    editedBy: s.editors.map((e) => ({ authorKey: e.key, name: nameOf(e.key), role: e.role })),
  });
  for (const g of ROLE_GROUPS) {
    const state = await ctx.documents.read(roleGroupDocName(workshop.id, g), (doc) => Y.encodeStateAsUpdate(doc));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const snapshot = readRoleGroupDoc(doc, g);
    doc.destroy();
    statements.push(...snapshot.ambitions.map((s) => entry(g, s, null)));
    for (const to of ROLE_GROUPS) statements.push(...snapshot.expectations[to].map((s) => entry(g, s, to)));
  }
  return {
    date: workshop.meeting2,
    created: setup !== null,
    placement: setup?.placement ?? null,
    merges: setup?.merges ?? {},
    roleGroups: (await ctx.stores.workshops.listParticipants(workshop.id)).filter((p) => p.roleGroup).map((p) => ({ participantId: p.id, roleGroup: p.roleGroup! })),
    cases: await ctx.stores.meeting2.listCases(workshop.id),
    statements,
  };
}
