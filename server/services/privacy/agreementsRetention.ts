// SPDX-License-Identifier: EUPL-1.2
/**
 * Agreements keep a workshop in use after the course: the retention sweep counts a workshop's
 * latest review moment (end of that day, UTC) and its latest progress or intervisie note as
 * activity, so a register whose reviews are still ahead, or were recorded recently, is not deleted
 * from under the people who keep it. When its agreements too are older than the period, the
 * workshop goes with everything in it, progress and intervisie notes included.
 */
import { readRegister } from '../../../shared/agreementsDoc.js';
import { agreementsDocName } from '../../../shared/docNames.js';
import type { ServiceContext } from '../serviceContext.js';

/** Epoch ms of the latest activity in the workshop's agreements; 0 when there is none or the documents cannot be read here (the CLI). */
export async function agreementsLastActivity(ctx: ServiceContext, workshopId: string): Promise<number> {
  try {
    return await ctx.documents.read(agreementsDocName(workshopId), (doc) => {
      let latest = 0;
      for (const a of readRegister(doc).agreements) {
        for (const d of a.reviewMoments) latest = Math.max(latest, Date.parse(`${d}T23:59:59.999Z`) || 0);
        for (const e of [...a.progress, ...a.intervisie]) latest = Math.max(latest, e.at);
        latest = Math.max(latest, a.updatedAt);
      }
      return latest;
    });
  } catch {
    return 0;
  }
}
