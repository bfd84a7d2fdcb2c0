// SPDX-License-Identifier: EUPL-1.2
/**
 * Freezes "versie 2 (na consultatie)": the live vision under the next version number. With comments
 * still unanswered it is refused (unanswered-comments-freeze, saying how many) unless the
 * facilitator confirms; the answer repeats how many were unanswered.
 */
import type { ConsultationFreezeAnswer, ConsultationFreezeBody } from '../../../shared/apiConsultation.js';
import { freezeVision } from '../vision/versionFreezer.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation } from './consultationAccess.js';
import { writeMeta } from './consultationDocWriter.js';
import { progressOf } from './commentProgress.js';

/** Freezes the new version and records it as the consultation's outcome. */
export async function freezeConsultationVersion(ctx: ServiceContext, workshopId: string, body: ConsultationFreezeBody): Promise<ConsultationFreezeAnswer> {
  const c = await requireConsultation(ctx, workshopId);
  const store = ctx.stores.consultations;
  const { answered, total } = progressOf(await store.comments(c.id), await store.answers(c.id));
  const unanswered = total - answered;
  if (unanswered > 0 && !body.confirmUnanswered) {
    throw new DomainError('unanswered-comments-freeze', `${unanswered} of ${total} comments have no answer yet: confirm to freeze anyway`);
  }
  const version = await freezeVision(ctx, workshopId, body.label);
  await store.updateConsultation(c.id, { newVersion: version.number });
  await writeMeta(ctx, { ...c, newVersion: version.number });
  return { version, unanswered };
}
