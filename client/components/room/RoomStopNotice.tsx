// SPDX-License-Identifier: EUPL-1.2
/**
 * Explains why the room stopped (read-only, session ended, no access, a refused change…) in plain
 * Dutch, with the next step: reload now, go to your own place, or the start page. A copy refused
 * after a history reset has its own notice (HistoryResetNotice).
 */
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../../shared/api.js';
import { stopBehaviour, type RoomStop } from '../../collab/closeHandling.js';
import { homePathFor } from '../../routes/routePaths.js';
import { AppLink } from '../AppLink.js';
import { HistoryResetNotice } from './HistoryResetNotice.js';

/** Props of the stop notice. */
export interface RoomStopNoticeProps { stop: RoomStop; me: MeAnswer; autoReload: boolean; onReloadNow: () => void }

/** The notice shown when a room stopped connecting. */
export function RoomStopNotice({ stop, me, autoReload, onReloadNow }: RoomStopNoticeProps) {
  const { t } = useTranslation();
  if (stop === 'historyReset') return <HistoryResetNotice />;
  const behaviour = stopBehaviour(stop);
  const wantsReload = behaviour.reload !== 'none';
  return (
    <Alert type={stop === 'readOnly' || stop === 'permissionChanged' ? 'warning' : 'error'} role="alert" className="room-stop">
      <Heading level={2}>{t(`stop.${stop}.title`)}</Heading>
      <Paragraph>{t(`stop.${stop}.body`)}</Paragraph>
      {wantsReload && !autoReload ? <Paragraph>{t('stop.reloadPaused')}</Paragraph> : null}
      <div className="button-row">
        {wantsReload || stop === 'unknown' ? (
          <Button appearance="primary-action-button" onClick={onReloadNow}>{t('stop.reloadNow')}</Button>
        ) : null}
        {stop === 'noAccess' || stop === 'readOnly' || stop === 'documentFull' ? (
          <AppLink href={homePathFor(me)}>{t('stop.toOwn')}</AppLink>
        ) : null}
        {stop === 'sessionEnded' ? <AppLink href="/">{t('app.toHome')}</AppLink> : null}
      </div>
    </Alert>
  );
}
