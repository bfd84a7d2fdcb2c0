// SPDX-License-Identifier: EUPL-1.2
/**
 * The AVG export of a workshop: every piece of personal data Stip holds about it in one JSON
 * document: the workshop, its participants (name, role, e-mail, group), the statements of each
 * group with their author keys resolved to names, each group's horizon, the vision and its frozen
 * versions as text, every other stored document as text, the audit log, and the consultation
 * (its commenters and their comments, services/consultation/consultationExporter.ts).
 */
import * as Y from 'yjs';
import type { ExportStatement, WorkshopExport } from '../../../shared/apiAvg.js';
import { agreementsDocName, GROUP_COUNT, groupDocName, parseDocName, visionDocName } from '../../../shared/docNames.js';
import { horizonOf, listStatements } from '../../../shared/groupDoc.js';
import { visionContentOf } from '../../../shared/visionDoc.js';
import type { ParticipantRecord, WorkshopRecord } from '../../store/workshopStore.js';
import { auditEntries } from './audit.js';
import { consultationExport } from '../consultation/consultationExporter.js';
import { exportMeeting2, meeting2DocNames } from './meeting2Exporter.js';
import { exportAgreements } from './agreementsExporter.js';
import { anyDocText, docCopy, fragmentText } from './workshopExporterText.js';
import type { DocumentPort } from '../../documents/DocumentPort.js';
import type { ServiceContext } from '../serviceContext.js';

/** Most audit entries an export carries. */
const MAX_AUDIT_ENTRIES = 100_000;

const iso = (ms: number) => new Date(ms).toISOString();

async function copyOf(docs: DocumentPort, name: string): Promise<Y.Doc> {
  return docCopy(await docs.read(name, (doc) => Y.encodeStateAsUpdate(doc)));
}

function exportStatements(doc: Y.Doc, group: number, nameOf: (authorKey: string) => string | null): ExportStatement[] {
  return listStatements(doc).map((s) => ({
    group, id: s.id, kind: s.kind, text: s.text, authorKey: s.authorKey, authorName: nameOf(s.authorKey), authorRole: s.authorRole,
    createdAt: iso(s.createdAt), endorsedBy: s.endorsedBy.map((authorKey) => ({ authorKey, name: nameOf(authorKey) })),
    editedBy: s.editors.map((e) => ({ authorKey: e.key, name: nameOf(e.key), role: e.role })),
  }));
}

function workshopPart(w: WorkshopRecord): WorkshopExport['workshop'] {
  return {
    id: w.id, gemeente: w.gemeente, title: w.title,
    dates: { ...(w.meeting1 ? { meeting1: w.meeting1 } : {}), ...(w.meeting2 ? { meeting2: w.meeting2 } : {}) },
    showNames: w.showNames, createdAt: iso(w.createdAt),
  };
}

function participantPart(p: ParticipantRecord): WorkshopExport['participants'][number] {
  return { id: p.id, name: p.name, role: p.role, email: p.email, group: p.group, authorKey: p.authorKey, createdAt: iso(p.createdAt) };
}

async function versionsPart(ctx: ServiceContext, workshopId: string): Promise<WorkshopExport['versions']> {
  const store = ctx.stores.versions;
  const part: WorkshopExport['versions'] = [];
  for (const v of await store.list(workshopId)) {
    const frozen = await store.get(workshopId, v.number);
    const doc = frozen ? docCopy(frozen.state) : null;
    const text = doc ? fragmentText(visionContentOf(doc)) : '';
    doc?.destroy();
    part.push({ number: v.number, label: v.label, createdAt: iso(v.createdAt), text });
  }
  return part;
}

/** Builds the export of one workshop. */
export async function exportWorkshop(ctx: ServiceContext, workshop: WorkshopRecord): Promise<WorkshopExport> {
  const docs = ctx.documents;
  const participants = await ctx.stores.workshops.listParticipants(workshop.id);
  const names = new Map(participants.map((p) => [p.authorKey, p.name]));
  const nameOf = (authorKey: string) => names.get(authorKey) ?? null;
  const known = new Set<string>([visionDocName(workshop.id), ...meeting2DocNames(workshop.id), agreementsDocName(workshop.id)]);
  const statements: ExportStatement[] = [];
  const horizons: WorkshopExport['horizons'] = [];
  for (let group = 1; group <= GROUP_COUNT; group++) {
    const name = groupDocName(workshop.id, group);
    known.add(name);
    const doc = await copyOf(docs, name);
    statements.push(...exportStatements(doc, group, nameOf));
    horizons.push({ group, text: fragmentText(horizonOf(doc)) });
    doc.destroy();
  }
  const visionDoc = await copyOf(docs, visionDocName(workshop.id));
  const vision = { text: fragmentText(visionContentOf(visionDoc)) };
  visionDoc.destroy();
  const meeting2 = await exportMeeting2(ctx, workshop, nameOf);
  const agreements = await exportAgreements(ctx, workshop.id, nameOf);
  const otherDocuments: WorkshopExport['otherDocuments'] = [];
  for (const name of await ctx.stores.rows.documentNames(workshop.id)) {
    if (known.has(name) || !parseDocName(name)) continue;
    const doc = await copyOf(docs, name);
    otherDocuments.push({ name, text: anyDocText(doc) });
    doc.destroy();
  }
  return {
    format: 'stip-workshop-export', version: 1, exportedAt: iso(ctx.now()),
    workshop: workshopPart(workshop),
    participants: participants.map(participantPart),
    statements, horizons, vision, versions: await versionsPart(ctx, workshop.id), meeting2, agreements, otherDocuments,
    audit: await auditEntries(ctx, workshop.id, MAX_AUDIT_ENTRIES),
    consultation: await consultationExport(ctx, workshop.id),
  };
}
