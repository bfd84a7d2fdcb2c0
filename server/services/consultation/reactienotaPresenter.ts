// SPDX-License-Identifier: EUPL-1.2
/**
 * The reactienota of a workshop's consultation for the consultation API: the stored rows read here,
 * the versions read through the document port, assembled by reactienotaAssembler.ts (loaded on
 * first use: the editor schema and the word comparison cost memory the collaboration hot path
 * never needs). The dossier export reads only the rows (reactienotaRows) and assembles in its worker.
 */
import type { Reactienota } from '../../../shared/apiConsultation.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation } from './consultationAccess.js';
import { showsNames } from './consultationDocWriter.js';
import type { ReactienotaRows } from './reactienotaAssembler.js';
import { frozenVersion, liveVision } from './versionReader.js';

/** The stored rows of a workshop's consultation (consultation-not-found when it has none). */
export async function reactienotaRows(ctx: Pick<ServiceContext, 'stores'>, workshopId: string): Promise<ReactienotaRows> {
  const consultation = await requireConsultation(ctx, workshopId);
  const store = ctx.stores.consultations;
  return {
    consultation, comments: await store.comments(consultation.id), answers: await store.answers(consultation.id),
    people: await store.people(consultation.id), showNames: await showsNames(ctx, workshopId),
  };
}

/** The reactienota of a workshop's consultation (draft until published). */
export async function reactienota(ctx: ServiceContext, workshopId: string): Promise<Reactienota> {
  const rows = await reactienotaRows(ctx, workshopId);
  const c = rows.consultation;
  const consulted = (await frozenVersion(ctx, workshopId, c.version))?.node ?? null;
  const after = c.newVersion !== null ? (await frozenVersion(ctx, workshopId, c.newVersion))?.node ?? null : (await liveVision(ctx, workshopId)).node;
  const { assembleReactienota } = await import('./reactienotaAssembler.js');
  return assembleReactienota(rows, { consulted, after });
}
