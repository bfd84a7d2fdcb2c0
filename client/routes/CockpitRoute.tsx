// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/live`: the facilitator's cockpit for meeting 1: the method step, the timer, the
 * three groups at a glance (with locks), a message to all groups, whether participants may change
 * others' statements, and the plenary part (focus,
 * what the big screen shows, its link). The live state is read from the live document; every
 * change goes through the API; group names follow another facilitator's changes without a reload.
 * The live document's connection is always shown; while it is lost the page says so and that the
 * numbers are the last known state (group cards then claim no presence). Anyone else sees a clear
 * "only for the facilitator" page.
 */
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { StepControl } from '../components/cockpit/StepControl.js';
import { TimerControl } from '../components/cockpit/TimerControl.js';
import { GroupsAtGlance } from '../components/cockpit/GroupsAtGlance.js';
import { MessageControl } from '../components/cockpit/MessageControl.js';
import { PlenaryControl } from '../components/cockpit/PlenaryControl.js';
import { StatementEditControl } from '../components/cockpit/StatementEditControl.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { useLiveReady, useLiveRoom, useLiveState } from '../collab/liveHooks.js';
import { ConnectionStatus } from '../components/room/ConnectionStatus.js';
import { useFollowWorkshopSettings } from '../collab/settingsFollow.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { Meeting2Control } from '../components/meeting2/Meeting2Control.js';
import { useMeeting2Live } from '../collab/meeting2LiveHooks.js';

/** The cockpit screen. */
export function CockpitRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{(me) => <CockpitScreen me={me} workshopId={workshopId} />}</FacilitatorGate>;
}

function CockpitScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  const title = t('cockpit.title', { gemeente });
  useDocumentTitle(title);
  const { room: liveRoom, connection } = useLiveRoom(workshopId);
  const live = useLiveState(liveRoom);
  const ready = useLiveReady(liveRoom);
  const meeting2 = useMeeting2Live(workshopId);
  const lost = connection.everConnected && !(connection.phase === 'connected' && connection.synced);
  useFollowWorkshopSettings(workshopId);
  const heading = (
    <>
      <p className="page-header__pre">{t('cockpit.pre')}</p>
      <Heading level={1}>{title}</Heading>
    </>
  );
  return (
    <PageLayout
      heading={heading}
      headerExtra={<ConnectionStatus state={connection} watching />}
      nav={<MeetingPagesNav workshopId={workshopId} current="cockpit" />}
      showLogout
      wide
    >
      {lost ? (
        <Alert type="warning" className="cockpit-connection-lost">
          <Heading level={2}>{t('cockpit.connection.lostTitle')}</Heading>
          <Paragraph>{t('cockpit.connection.lostBody')}</Paragraph>
        </Alert>
      ) : null}
      {!ready ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      <div className="cockpit">
        <StepControl workshopId={workshopId} live={live} meeting={meeting2.active ? 2 : 1} />
        <TimerControl workshopId={workshopId} live={live} />
        <GroupsAtGlance workshopId={workshopId} live={live} canOpenRooms={me.kind === 'participant'} />
        <MessageControl workshopId={workshopId} live={live} />
        <StatementEditControl workshopId={workshopId} live={live} />
        <PlenaryControl workshopId={workshopId} live={live} />
        <Meeting2Control workshopId={workshopId} canOpenRooms={me.kind === 'participant'} />
      </div>
    </PageLayout>
  );
}
