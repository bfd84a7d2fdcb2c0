// SPDX-License-Identifier: EUPL-1.2
/**
 * The gate of every facilitator screen: loads the session (SessionGate), shows the screen only to
 * a session that may manage the workshop (routePaths.mayManage), and the "no access" page to
 * anyone else. One wrapper instead of the same three lines in each facilitator route.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeAnswer } from '../../shared/api.js';
import { mayManage } from '../routes/routePaths.js';
import { SessionGate } from './SessionGate.js';
import { NoAccessPage } from './NoAccessPage.js';

/** Props of the facilitator gate. */
export interface FacilitatorGateProps {
  workshopId: string;
  /** Which explanation a session without facilitator rights gets: the meeting pages' own, or the general one. */
  noAccess?: 'meeting' | 'general';
  children: (me: MeAnswer) => ReactNode;
}

/** Renders its children for a session with facilitator rights on the workshop. */
export function FacilitatorGate({ workshopId, noAccess = 'meeting', children }: FacilitatorGateProps) {
  const { t } = useTranslation();
  return (
    <SessionGate>
      {(me) => (mayManage(me, workshopId)
        ? children(me)
        : noAccess === 'meeting'
          ? <NoAccessPage me={me} title={t('meetingLinks.noAccessTitle')} body={t('meetingLinks.noAccessBody')} />
          : <NoAccessPage me={me} />)}
    </SessionGate>
  );
}
