// SPDX-License-Identifier: EUPL-1.2
/**
 * Publishes the reactienota: refused while any comment is unanswered (unanswered-comments, nothing
 * changes). Publishing writes every answer into the consultation document at once, so each commenter
 * sees what became of their own comments; answers do not change after it.
 */
import type { Reactienota } from '../../../shared/apiConsultation.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation } from './consultationAccess.js';
import { writeAnswers, writeMeta } from './consultationDocWriter.js';
import { progressOf } from './commentProgress.js';
import { reactienota } from './reactienotaPresenter.js';

/** Publishes (again: a no-op) and returns the published reactienota. */
export async function publishReactienota(ctx: ServiceContext, workshopId: string): Promise<Reactienota> {
  const c = await requireConsultation(ctx, workshopId);
  if (c.publishedAt === null) {
    const store = ctx.stores.consultations;
    const answers = await store.answers(c.id);
    const { answered, total } = progressOf(await store.comments(c.id), answers);
    if (answered < total) throw new DomainError('unanswered-comments', `${total - answered} of ${total} comments have no answer yet`);
    const publishedAt = ctx.now();
    await store.updateConsultation(c.id, { publishedAt });
    await writeAnswers(ctx, workshopId, answers);
    await writeMeta(ctx, { ...c, publishedAt });
    ctx.log.info('consultation.published', { workshopId, answers: answers.length });
  }
  return reactienota(ctx, workshopId);
}
