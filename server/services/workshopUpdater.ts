/** Changes a workshop's name, title, meeting dates, whether names are shown, its group names or its language. */
import type { WorkshopUpdateBody } from '../../shared/api.js';
import { customGroupNames } from '../../shared/groupNames.js';
import type { WorkshopChanges } from '../store/workshopStore.js';
import type { ServiceContext } from './serviceContext.js';

/** Applies the changes of a PATCH body (absent fields stay as they are). */
export function updateWorkshop(ctx: ServiceContext, workshopId: string, body: WorkshopUpdateBody): void {
  const changes: WorkshopChanges = {
    gemeente: body.gemeente, title: body.title, showNames: body.showNames, language: body.language,
    groupNames: body.groupNames ? customGroupNames(body.groupNames) : undefined,
  };
  if (body.dates?.meeting1 !== undefined) changes.meeting1 = body.dates.meeting1;
  if (body.dates?.meeting2 !== undefined) changes.meeting2 = body.dates.meeting2;
  ctx.stores.workshops.updateWorkshop(workshopId, changes);
}
