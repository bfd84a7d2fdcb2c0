// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/rol/<group>`: a role group's room in meeting 2 — "Onze ambities" and "Wat we verwachten
 * van" each other group in use — with the same live co-writing, presence, step, timer, message
 * and lock as the meeting-1 room, from the same cockpit (members follow the facilitator to the
 * plenary page and back). `/w/<id>/rol` sends a participant to
 * their own group. The facilitator may open any group. All document work goes through the hooks
 * of client/collab.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuthorNames, MeAnswer } from '../../shared/api.js';
import type { MyRoleGroupAnswer } from '../../shared/apiMeeting2.js';
import { colorFor, type AwarenessUser } from '../../shared/awareness.js';
import type { RoleGroup } from '../../shared/docNames.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { MessagePage } from '../components/MessagePage.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { ConnectionStatus } from '../components/room/ConnectionStatus.js';
import { PresenceList } from '../components/room/PresenceList.js';
import { RoomStopNotice } from '../components/room/RoomStopNotice.js';
import { RoomNoticeBar } from '../components/room/RoomNoticeBar.js';
import { useRoomNotices } from '../components/room/useRoomNotices.js';
import { MeetingBanner } from '../components/meeting/MeetingBanner.js';
import { MeetingTimer } from '../components/meeting/MeetingTimer.js';
import { useFollowToPlenary } from '../components/meeting/usePlenaryFollow.js';
import { RolePart } from '../components/meeting2/RolePart.js';
import { usePresence } from '../collab/groupRoomHooks.js';
import { useShareDraft } from '../collab/draftHooks.js';
import { ambitionsOf, expectationsOf } from '../../shared/roleGroupDoc.js';
import { useRoleDraftRoom, useRoleGroupRoom, useRoleGroupSnapshot, useRoleStatementActions } from '../collab/roleGroupHooks.js';
import { useMeeting2Live } from '../collab/meeting2LiveHooks.js';
import { statementsArePrivate } from '../../shared/method.js';
import type { AccessCheck } from '../collab/DocRoom.js';
import { useLive } from '../collab/liveHooks.js';
import { useFollowWorkshopSettings } from '../collab/settingsFollow.js';
import { reloadRoom } from '../collab/roomStopEffects.js';
import { stopBehaviour } from '../collab/closeHandling.js';
import { statusKeyOf } from '../collab/connectionState.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { useAuthorsStore } from '../stores/authorsStore.js';
import { loadMyRoleGroup } from '../stores/meeting2Store.js';
import { navigate } from '../stores/routeStore.js';
import { cockpitPath, homePathFor, meeting2SetupPath, plenaryPath, roleGroupPath } from './routePaths.js';
import { followSessionAfterStop } from './sessionFollow.js';

type ParticipantMe = Extract<MeAnswer, { kind: 'participant' }>;

/** The role group room screen. */
export function RoleGroupRoute({ workshopId, roleGroup }: { workshopId: string; roleGroup: RoleGroup | null }) {
  return (
    <SessionGate>
      {(me) => me.kind === 'participant' && me.workshop.id === workshopId
        ? <RoleGroupLoader me={me} workshopId={workshopId} roleGroup={roleGroup} />
        : <NoAccessPage me={me} />}
    </SessionGate>
  );
}

/** Finds the person's own group (and the groups in use), then shows the room or sends them there. */
function RoleGroupLoader({ me, workshopId, roleGroup }: { me: ParticipantMe; workshopId: string; roleGroup: RoleGroup | null }) {
  const { t } = useTranslation();
  const [mine, setMine] = useState<MyRoleGroupAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  const isFacilitator = me.participant.role === 'facilitator';
  useEffect(() => {
    let current = true;
    loadMyRoleGroup(workshopId).then((answer) => { if (current) setMine(answer); }, () => { if (current) setFailed(true); });
    return () => { current = false; };
  }, [workshopId]);
  useEffect(() => {
    if (mine && !isFacilitator && mine.roleGroup && mine.roleGroup !== roleGroup) navigate(roleGroupPath(workshopId, mine.roleGroup), { replace: true });
  }, [mine, isFacilitator, roleGroup, workshopId]);
  if (failed) return <NoAccessPage me={me} />;
  if (!mine) return <MessagePage title={t('app.loading')} />;
  if (isFacilitator && !roleGroup) {
    return (
      <MessagePage title={t('m2.meeting')} showLogout>
        <ul>{mine.groups.map((g) => <li key={g}><AppLink href={roleGroupPath(workshopId, g)}>{t('m2.room.openGroup', { group: t(`m2.roleGroup.${g}`) })}</AppLink></li>)}</ul>
      </MessagePage>
    );
  }
  const group = isFacilitator ? roleGroup : mine.roleGroup;
  if (!group) return <NoAccessPage me={me} title={t('m2.meeting')} body={t('m2.room.noGroup')} />;
  if (group !== roleGroup) return <MessagePage title={t('app.loading')} />;
  return <RoleGroupScreen me={me} workshopId={workshopId} roleGroup={group} groups={mine.groups} />;
}

const NO_AUTHORS: AuthorNames = {};

function RoleGroupScreen({ me, workshopId, roleGroup, groups }: { me: ParticipantMe; workshopId: string; roleGroup: RoleGroup; groups: RoleGroup[] }) {
  const { t } = useTranslation();
  const { participant, workshop } = me;
  const groupTitle = t(`m2.roleGroup.${roleGroup}`);
  useDocumentTitle(`${t('m2.room.title', { group: groupTitle })} – ${workshop.gemeente}`);
  const user = useMemo<AwarenessUser>(
    () => ({ name: participant.name, role: participant.role, color: colorFor(participant.id) }),
    [participant.name, participant.role, participant.id],
  );
  const checkAccess = useCallback(async (): Promise<AccessCheck> => {
    try {
      const now = await useSessionStore.getState().load(true);
      if (!now) return 'noSession';
      if (now.kind === 'participant' && now.participant.role === 'facilitator') return 'ok';
      return (await loadMyRoleGroup(workshopId)).roleGroup === roleGroup ? 'ok' : 'noAccess';
    } catch {
      return 'unknown';
    }
  }, [workshopId, roleGroup]);

  const isFacilitator = participant.role === 'facilitator';
  const { live, ready: liveReady } = useLive(workshopId);
  const m2 = useMeeting2Live(workshopId);
  useFollowWorkshopSettings(workshopId);
  const locked = !isFacilitator && m2.locks[roleGroup] === true;
  const { room, connection, autoReload } = useRoleGroupRoom(workshopId, roleGroup, user, checkAccess, followSessionAfterStop, locked, locked);
  const content = useRoleGroupSnapshot(room, roleGroup);
  const people = usePresence(room);
  const actions = useRoleStatementActions(room, { authorKey: participant.authorKey, role: participant.role });
  // Step 1: what a member writes stays in their own draft until the facilitator moves on (the reveal).
  const privateMode = !isFacilitator && m2.active && statementsArePrivate(live.step);
  const { room: draftRoom } = useRoleDraftRoom(workshopId, roleGroup, isFacilitator ? null : participant.id);
  const drafts = useRoleGroupSnapshot(draftRoom, roleGroup);
  const draftActions = useRoleStatementActions(draftRoom, { authorKey: participant.authorKey, role: participant.role });
  // After step 1, what is still in the drafts (e.g. written offline, after the reveal) can be shared by its writer.
  const shareAmbition = useShareDraft(draftRoom, room, ambitionsOf);
  const shareExpectation = useShareDraft(draftRoom, room, expectationsOf);
  const showDrafts = !isFacilitator && m2.active && draftRoom !== null;
  const notices = useRoomNotices(live, liveReady, locked);
  // "Terug naar plenair" in the cockpit brings members to the plenary page, as in meeting 1.
  useFollowToPlenary(live, liveReady, !isFacilitator && m2.active, plenaryPath(workshopId), t('meeting.follow.toPlenary'));
  const authors = useAuthorsStore((s) => (s.workshopId === workshopId ? s.names : NO_AUTHORS));
  const loadAuthors = useAuthorsStore((s) => s.load);
  const stoppedReadOnly = connection.stop !== null && stopBehaviour(connection.stop).readOnly;
  const readOnly = locked || stoppedReadOnly;
  const closedReason = locked ? t('closed.locked') : stoppedReadOnly ? t('closed.readOnly') : null;
  const others = groups.filter((g) => g !== roleGroup);

  useEffect(() => { loadAuthors(workshopId); }, [loadAuthors, workshopId]);
  useEffect(() => {
    const all = [...content.ambitions, ...others.flatMap((g) => content.expectations[g])];
    const unknown = all.find((s) => !(s.authorKey in authors));
    if (unknown) loadAuthors(workshopId, unknown.authorKey);
  }, [content, others, authors, loadAuthors, workshopId]);

  const common = {
    authorKey: participant.authorKey, editorRole: participant.role, authors, readOnly, mayDeleteAny: isFacilitator, closedReason,
  };
  const heading = (
    <>
      <p className="page-header__pre">{workshop.gemeente} · {t('m2.meeting')}</p>
      <Heading level={1}>{groupTitle}</Heading>
    </>
  );
  const parts = [{ anchor: 'deel-ambities', title: t('m2.room.ambitions') }, ...others.map((g) => ({ anchor: `deel-verwachting-${g}`, title: t('m2.room.expectations', { group: t(`m2.roleGroupOf.${g}`) }) }))];
  return (
    <PageLayout
      heading={heading}
      nav={(
        <div className="room-bar">
          <div className="room-bar__status"><ConnectionStatus state={connection} /><MeetingTimer timer={live.timer} /></div>
          <nav className="room-bar__nav" aria-label={t('m2.room.parts')}>
            <ul className="room-bar__links">
              {parts.map((p) => <li key={p.anchor}><a className="utrecht-link room-bar__link" href={`#${p.anchor}`}>{p.title}</a></li>)}
            </ul>
          </nav>
        </div>
      )}
      showLogout
      wide
    >
      {connection.stop && room && connection.stop !== 'permissionChanged' ? (
        <RoomStopNotice
          stop={connection.stop}
          me={me}
          autoReload={autoReload}
          onReloadNow={() => void reloadRoom(room, stopBehaviour(connection.stop!).reload === 'clearAndReload')}
        />
      ) : null}
      {connection.phase === 'reconnecting' || connection.phase === 'offline' ? (
        <Paragraph className="room-kept-hint">{t('status.keptHint')}</Paragraph>
      ) : null}
      {isFacilitator ? (
        <Paragraph className="room-back">
          <AppLink href={meeting2SetupPath(workshopId)}>{t('m2.control.setupLink')}</AppLink>
          {' · '}
          <AppLink href={cockpitPath(workshopId)}>{t('meetingLinks.cockpit')}</AppLink>
        </Paragraph>
      ) : !m2.active ? (
        <Paragraph className="room-back">{t('m2.room.notStarted')} <AppLink href={homePathFor(me)}>{t('noAccess.toOwn')}</AppLink></Paragraph>
      ) : null}
      <MeetingBanner live={live} locked={locked} meeting={2} />
      {room ? (
        <div className="room-grid">
          <RolePart
            room={room}
            field="ambitions"
            anchor="deel-ambities"
            title={t('m2.room.ambitions')}
            intro={t('m2.room.ambitionsIntro')}
            newLabel={t('m2.room.newAmbition')}
            statements={content.ambitions}
            onAdd={actions.addAmbition}
            onEndorse={(id, on) => actions.endorse('ambitions', id, on)}
            onDelete={(id) => actions.remove('ambitions', id)}
            drafts={showDrafts && draftRoom ? {
              room: draftRoom, statements: drafts.ambitions, onAdd: draftActions.addAmbition, onDelete: (id) => draftActions.remove('ambitions', id), onShare: shareAmbition,
            } : null}
            privateMode={privateMode}
            {...common}
          />
          {others.map((to) => {
            const of = t(`m2.roleGroupOf.${to}`);
            return (
              <RolePart
                key={to}
                room={room}
                field="expectations"
                anchor={`deel-verwachting-${to}`}
                title={t('m2.room.expectations', { group: of })}
                intro={t('m2.room.expectationsIntro', { group: of })}
                newLabel={t('m2.room.newExpectation', { group: of })}
                statements={content.expectations[to]}
                onAdd={(text) => actions.addExpectation(to, text)}
                onEndorse={(id, on) => actions.endorse('expectations', id, on)}
                onDelete={(id) => actions.remove('expectations', id)}
                drafts={showDrafts && draftRoom ? {
                  room: draftRoom,
                  statements: drafts.expectations[to],
                  onAdd: (text) => draftActions.addExpectation(to, text),
                  onDelete: (id) => draftActions.remove('expectations', id),
                  onShare: shareExpectation,
                } : null}
                privateMode={privateMode}
                {...common}
              />
            );
          })}
          <PresenceList people={people} />
        </div>
      ) : (
        <Paragraph>{t('app.loading')}</Paragraph>
      )}
      <RoomNoticeBar
        meeting={2}
        notices={notices}
        locked={locked}
        timer={live.timer}
        connectionTrouble={connection.phase === 'reconnecting' || connection.phase === 'offline' ? t(`status.${statusKeyOf(connection)}`) : null}
      />
    </PageLayout>
  );
}
