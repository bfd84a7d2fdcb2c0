// SPDX-License-Identifier: EUPL-1.2
/** The facilitator's dashboard of the consultation: settings, open or closed now, counts per role category and per passage, progress, people. */
import type { ConsultationDashboard } from '../../../shared/apiConsultation.js';
import type { ServiceContext } from '../serviceContext.js';
import { consultationOpenNow, requireConsultation } from './consultationAccess.js';
import { consultationCounts } from './consultationCounts.js';
import { consultationMeta } from './consultationDocWriter.js';
import { peopleViews } from './consultationPeople.js';

/** The dashboard. */
export function dashboard(ctx: ServiceContext, workshopId: string): ConsultationDashboard {
  const c = requireConsultation(ctx, workshopId);
  return { meta: consultationMeta(ctx, c), open: consultationOpenNow(ctx, c), ...consultationCounts(ctx, c), people: peopleViews(ctx, c) };
}
