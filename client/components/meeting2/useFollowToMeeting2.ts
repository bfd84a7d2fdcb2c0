// SPDX-License-Identifier: EUPL-1.2
/**
 * Leads a participant from a meeting-1 screen (group room, waiting screen) to their role group as
 * soon as the facilitator starts meeting 2 (the live document's meeting-2 `active`), so existing
 * join links keep working and land on the screen of the current meeting.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeeting2Live } from '../../collab/meeting2LiveHooks.js';
import { announce } from '../../stores/announcerStore.js';
import { navigate } from '../../stores/routeStore.js';
import { roleGroupPath } from '../../routes/routePaths.js';

/** Follows to meeting 2 (null workshop: nothing, e.g. the facilitator). */
export function useFollowToMeeting2(workshopId: string | null): void {
  const { t } = useTranslation();
  const { active } = useMeeting2Live(workshopId);
  useEffect(() => {
    if (!workshopId || !active) return;
    announce(t('m2.room.toMeeting2'));
    navigate(roleGroupPath(workshopId), { replace: true });
  }, [workshopId, active, t]);
}
