// SPDX-License-Identifier: EUPL-1.2
/** The dashboard's figures: per role category (categoryCounts.ts), per passage, and progress. */
import type { ConsultationDashboard } from '../../../shared/apiConsultation.js';
import type { ConsultationRecord } from '../../store/consultationStore.js';
import type { ServiceContext } from '../serviceContext.js';
import { countsPerCategory } from './categoryCounts.js';
import { needsAnswer, progressOf } from './commentProgress.js';

/** Per category, per passage ('' = general comments) and progress. */
export async function consultationCounts(ctx: ServiceContext, c: ConsultationRecord): Promise<Pick<ConsultationDashboard, 'perCategory' | 'perPassage' | 'progress'>> {
  const store = ctx.stores.consultations;
  const comments = await store.comments(c.id);
  const perPassage: Record<string, number> = {};
  for (const r of comments.filter(needsAnswer)) {
    const key = r.anchor?.passageId ?? '';
    perPassage[key] = (perPassage[key] ?? 0) + 1;
  }
  return { perCategory: countsPerCategory(await store.people(c.id), comments), perPassage, progress: progressOf(comments, await store.answers(c.id)) };
}
