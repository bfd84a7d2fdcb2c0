// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>`: a participant who is not in a group yet; checks every few seconds and moves on once
 * placed. The workshop's language follows the facilitator's change at once (live settings revision).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { SessionGate } from '../components/SessionGate.js';
import { MessagePage } from '../components/MessagePage.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { useRouteStore } from '../stores/routeStore.js';
import { useFollowWorkshopSettings } from '../collab/settingsFollow.js';
import { homePathFor, waitingPath } from './routePaths.js';
import { useFollowToMeeting2 } from '../components/meeting2/useFollowToMeeting2.js';

const POLL_MS = 5_000;

/** The waiting screen. */
export function WaitingRoute({ workshopId }: { workshopId: string }) {
  return <SessionGate>{(me) => <Waiting me={me} workshopId={workshopId} />}</SessionGate>;
}

function Waiting({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const navigate = useRouteStore((s) => s.navigate);
  const load = useSessionStore((s) => s.load);
  const target = homePathFor(me);
  useDocumentTitle(t('waiting.title'));
  useFollowWorkshopSettings(me.kind === 'participant' && me.workshop.id === workshopId ? workshopId : null);
  useFollowToMeeting2(me.kind === 'participant' && me.workshop.id === workshopId && me.participant.role !== 'facilitator' ? workshopId : null);

  useEffect(() => {
    if (target !== waitingPath(workshopId)) navigate(target, { replace: true });
  }, [target, workshopId, navigate]);
  useEffect(() => {
    const timer = setInterval(() => { load(true).catch(() => undefined); }, POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (me.kind !== 'participant' || me.workshop.id !== workshopId) return <NoAccessPage me={me} />;
  return (
    <MessagePage title={t('waiting.title')} showLogout>
      <Paragraph>{t('waiting.body')}</Paragraph>
      <Paragraph appearance="small">{t('waiting.hint')}</Paragraph>
    </MessagePage>
  );
}
