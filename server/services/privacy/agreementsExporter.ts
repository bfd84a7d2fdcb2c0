// SPDX-License-Identifier: EUPL-1.2
/**
 * The agreements register in the AVG export: every agreement, each progress entry and intervisie
 * note with its author resolved to a name (personal data, so the export names them even when the
 * workshop shows roles only), and who was marked team leader.
 */
import * as Y from 'yjs';
import type { AgreementsExport } from '../../../shared/apiAgreements.js';
import { readRegister, type EntryAuthor } from '../../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import type { ServiceContext } from '../serviceContext.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Builds the agreements part of the export. */
export async function exportAgreements(ctx: ServiceContext, workshopId: string, nameOf: (authorKey: string) => string | null): Promise<AgreementsExport> {
  const state = await ctx.documents.read(agreementsDocName(workshopId), (doc) => Y.encodeStateAsUpdate(doc));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const register = readRegister(doc);
  doc.destroy();
  const by = (e: EntryAuthor) => ({ byKey: e.byKey, byName: e.byKey ? nameOf(e.byKey) : null, byRole: e.byRole });
  return {
    agreements: register.agreements.map((a) => ({
      ...a,
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
      progress: a.progress.map((p) => ({ id: p.id, reviewMoment: p.reviewMoment, state: p.state, note: p.note, ...by(p), at: iso(p.at) })),
      intervisie: a.intervisie.map((n) => ({ id: n.id, text: n.text, ...by(n), at: iso(n.at) })),
    })),
    teamLeaders: register.teamLeaders.map((authorKey) => ({ authorKey, name: nameOf(authorKey) })),
  };
}
