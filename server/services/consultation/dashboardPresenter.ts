// SPDX-License-Identifier: EUPL-1.2
/** The facilitator's dashboard of the consultation: settings, open or closed now, counts per role category and per passage, progress, people. */
import type { ConsultationDashboard } from '../../../shared/apiConsultation.js';
import type { ServiceContext } from '../serviceContext.js';
import { consultationOpenNow, requireConsultation } from './consultationAccess.js';
import { consultationCounts } from './consultationCounts.js';
import { consultationMeta } from './consultationDocWriter.js';
import { peopleViews } from './consultationPeople.js';

/** The dashboard. */
export async function dashboard(ctx: ServiceContext, workshopId: string): Promise<ConsultationDashboard> {
  const c = await requireConsultation(ctx, workshopId);
  return { meta: await consultationMeta(ctx, c), open: consultationOpenNow(ctx, c), ...(await consultationCounts(ctx, c)), people: await peopleViews(ctx, c) };
}
