// SPDX-License-Identifier: EUPL-1.2
/**
 * Changes a workshop's name, title, meeting dates, whether names are shown, its group names or its
 * language. When something that participants' and the big screen's pages show changed (gemeente,
 * title, showNames, groupNames, language), it raises the live document's settings revision, so
 * those open pages reload the settings at once. A change of showNames also rewrites the names in
 * the consultation document, which open consultation pages read live.
 */
import type { WorkshopUpdateBody } from '../../../shared/api.js';
import { customGroupNames } from '../../../shared/groupNames.js';
import type { WorkshopChanges, WorkshopRecord } from '../../store/workshopStore.js';
import { writeNamesSetting } from '../consultation/consultationDocWriter.js';
import { bumpSettingsRevision } from '../meeting/liveSettingsRevision.js';
import type { ServiceContext } from '../serviceContext.js';

/** The settings that open screens show (a change of the dates does not concern them). */
const SHOWN_SETTINGS = ['gemeente', 'title', 'showNames', 'groupNames', 'language'] as const;

/** Whether a setting that open screens show differs between two versions of a workshop. */
function shownSettingsChanged(before: WorkshopRecord, after: WorkshopRecord): boolean {
  return SHOWN_SETTINGS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Applies the changes of a PATCH body (absent fields stay as they are); a change of a shown
 * setting also raises the live settings revision.
 */
export async function updateWorkshop(ctx: ServiceContext, workshopId: string, body: WorkshopUpdateBody): Promise<void> {
  const changes: WorkshopChanges = {
    gemeente: body.gemeente, title: body.title, showNames: body.showNames, language: body.language,
    groupNames: body.groupNames ? customGroupNames(body.groupNames) : undefined,
  };
  if (body.dates?.meeting1 !== undefined) changes.meeting1 = body.dates.meeting1;
  if (body.dates?.meeting2 !== undefined) changes.meeting2 = body.dates.meeting2;
  const before = await ctx.stores.workshops.getWorkshop(workshopId);
  await ctx.stores.workshops.updateWorkshop(workshopId, changes);
  const after = await ctx.stores.workshops.getWorkshop(workshopId);
  if (after) ctx.namesShown.set(workshopId, after.showNames);
  if (before && after && shownSettingsChanged(before, after)) await bumpSettingsRevision(ctx.documents, workshopId);
  if (before && after && before.showNames !== after.showNames) await writeNamesSetting(ctx, workshopId);
}
