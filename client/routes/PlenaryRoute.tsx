// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/plenair`: the plenary screen, for the beamer (a read-only screen session), the
 * facilitator, and participants whose screens follow the facilitator during the plenary part.
 * Large type; follows the live state's `plenaryView`: the three horizons side by side, or the
 * vision as it is being written, always labelled with what it is (the horizons; the vision as a
 * draft or as a frozen version) and with the method step and the timer. The screen session gets the
 * room-screen frame (large, no personal controls, content that fits or pages by itself); others the
 * usual page. A participant sees only what they may read (the vision and their own group's horizon)
 * and has a way back to their group. While meeting 2 is the current meeting everyone sees what the
 * beamer shows for it (vision version 2, a case, the matrix, the closing), following the facilitator;
 * a participant's way back leads to their role group. A line above says what phase it is
 * (usePlenaryNotice.ts). Group names and the workshop's language follow the
 * facilitator's changes without a reload.
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { ConnectionStatus } from '../components/room/ConnectionStatus.js';
import { HorizonsView } from '../components/plenary/HorizonsView.js';
import { VisionView } from '../components/plenary/VisionView.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { MeetingTimer } from '../components/meeting/MeetingTimer.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { stayInGroup, useFollowBackToGroup } from '../components/meeting/usePlenaryFollow.js';
import { useLiveReady, useLiveRoom, useLiveState } from '../collab/liveHooks.js';
import { useFollowWorkshopSettings } from '../collab/settingsFollow.js';
import { usePlenaryFollowStore } from '../stores/plenaryFollowStore.js';
import { groupPath, mayManage, readableGroups, roleGroupPath } from './routePaths.js';
import { ScreenLayout } from '../components/plenary/ScreenLayout.js';
import { useVisionShown, type VisionShown } from '../components/plenary/useVisionShown.js';
import { usePlenaryNotice } from '../components/plenary/usePlenaryNotice.js';
import type { TFunction } from 'i18next';
import { versionLabel } from '../components/merge/versionLabel.js';
import { useMeeting2Live } from '../collab/meeting2LiveHooks.js';
import { Meeting2Plenary, ParticipantMeeting2Plenary } from '../components/meeting2/Meeting2Plenary.js';
import { stepTitle } from '../components/meeting/stepText.js';

/** The label of what the screen shows: the horizons, or the vision as a draft or a frozen version. */
function shownLabel(t: TFunction, view: 'horizons' | 'vision', vision: VisionShown): string {
  if (view === 'horizons') return t('plenary.shown.horizons');
  if (vision.kind === 'draft') return t('plenary.shown.draft');
  const { number } = vision.version;
  return vision.kind === 'version' ? t('plenary.shown.version', { number, label: versionLabel(t, vision.version) }) : t('plenary.shown.changed', { number });
}

/** The plenary screen. */
export function PlenaryRoute({ workshopId }: { workshopId: string }) {
  return (
    <SessionGate>
      {(me) => {
        const groups = readableGroups(me, workshopId);
        return groups ? <PlenaryScreen me={me} workshopId={workshopId} groups={groups} /> : <NoAccessPage me={me} />;
      }}
    </SessionGate>
  );
}

function PlenaryScreen({ me, workshopId, groups }: { me: MeAnswer; workshopId: string; groups: number[] }) {
  const { t } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  const { room: liveRoom, connection } = useLiveRoom(workshopId);
  const live = useLiveState(liveRoom);
  const ready = useLiveReady(liveRoom);
  useFollowWorkshopSettings(workshopId);
  const followed = usePlenaryFollowStore((s) => s.followed);
  const m2 = useMeeting2Live(workshopId);
  const inMeeting2 = ready && m2.active;
  const notice = usePlenaryNotice(live.focus, ready, followed, m2.active);
  const member = me.kind === 'participant' && me.participant.role !== 'facilitator';
  const ownGroup = member ? me.participant.group : null;
  // In meeting 2 "back" leads to the person's role group (`/w/<id>/rol` finds it).
  const ownGroupHref = member && inMeeting2 ? roleGroupPath(workshopId) : ownGroup !== null ? groupPath(workshopId, ownGroup) : null;
  const title = inMeeting2 ? t('m2.meeting') : live.plenaryView === 'vision' ? t('plenary.visionTitle', { gemeente }) : t('plenary.horizonsTitle');
  useDocumentTitle(`${title} – ${gemeente}`);
  useFollowBackToGroup(live, ready, ownGroupHref, t('meeting.follow.toGroup'));
  const vision = useVisionShown(workshopId, ready && live.plenaryView === 'vision');
  const shown = inMeeting2 ? t(`m2.control.view.${m2.view}`) : shownLabel(t, live.plenaryView, vision);
  const step = live.step ? stepTitle(t, live.step, inMeeting2 ? 2 : 1) : null;
  const pre = gemeente ? t('plenary.pre', { gemeente }) : t('plenary.preNoName');

  if (me.kind === 'screen') {
    return (
      <ScreenLayout pre={pre} title={title} shown={shown} step={step} timer={live.timer} connection={connection}>
        {!ready ? <Paragraph>{t('app.loading')}</Paragraph> : null}
        {inMeeting2 ? <Meeting2Plenary workshopId={workshopId} m2={m2} fit /> : null}
        {ready && !inMeeting2 && live.plenaryView === 'horizons' ? <HorizonsView workshopId={workshopId} readableGroups={groups} fit /> : null}
        {ready && !inMeeting2 && live.plenaryView === 'vision' ? <VisionView workshopId={workshopId} fit /> : null}
      </ScreenLayout>
    );
  }

  const heading = (
    <>
      <p className="page-header__pre">{pre}</p>
      <Heading level={1}>{title}</Heading>
      <p className="plenary-shown">{shown}{step ? <span className="plenary-shown__step"> · {step}</span> : null}</p>
    </>
  );
  const tools = <><ConnectionStatus state={connection} watching /><MeetingTimer timer={live.timer} /></>;
  return (
    <PageLayout
      heading={heading}
      headerExtra={tools}
      nav={mayManage(me, workshopId) ? <MeetingPagesNav workshopId={workshopId} current="plenary" /> : undefined}
      showLogout
      wide
    >
      <div className="plenary">
        {ownGroupHref ? (
          <div className={`plenary-back${notice && notice !== 'plenary.followNotice' ? ' plenary-back--notice' : ''}`} role="status">
            {notice ? <Paragraph>{t(notice)}</Paragraph> : null}
          </div>
        ) : null}
        {ownGroupHref ? (
          <Paragraph className="plenary-back__link">
            <AppLink href={ownGroupHref} onClick={() => stayInGroup(live.focus)}>{t('plenary.backToGroup')}</AppLink>
          </Paragraph>
        ) : null}
        {!ready ? <Paragraph>{t('app.loading')}</Paragraph> : null}
        {inMeeting2 && member ? <ParticipantMeeting2Plenary workshopId={workshopId} m2={m2} /> : null}
        {inMeeting2 && !member ? <Meeting2Plenary workshopId={workshopId} m2={m2} /> : null}
        {ready && !inMeeting2 && live.plenaryView === 'horizons' ? <HorizonsView workshopId={workshopId} readableGroups={groups} /> : null}
        {ready && !inMeeting2 && live.plenaryView === 'vision' ? <VisionView workshopId={workshopId} /> : null}
      </div>
    </PageLayout>
  );
}
