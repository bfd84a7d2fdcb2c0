// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/groep/<n>`: the group room. Four parts as in the course (Open staan, Loslaten,
 * Cultuurverandering, Stip op de horizon), who is here now, and the connection state. While the
 * meeting runs it also shows the facilitator's step, timer and message (and, in a bar at the bottom
 * that stays in view, every change of them), turns read-only while the group is locked (saying
 * why), keeps new statements private before and in step 1 (the person's draft document),
 * marks statements taken up in the vision, shows who changed each statement (and, when the
 * facilitator allows only own statements to be changed, why another's is closed), and follows the facilitator to the plenary view. The
 * group's name and the workshop's language follow the facilitator's changes without a reload.
 * All document work goes through the hooks of client/collab.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuthorNames, MeAnswer } from '../../shared/api.js';
import { colorFor, personKeyFor, type AwarenessUser } from '../../shared/awareness.js';
import { STATEMENT_KINDS } from '../../shared/statementKinds.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { ConnectionStatus } from '../components/room/ConnectionStatus.js';
import { PresenceList } from '../components/room/PresenceList.js';
import { StatementPart } from '../components/room/StatementPart.js';
import { HorizonPart } from '../components/room/HorizonPart.js';
import { RoomStopNotice } from '../components/room/RoomStopNotice.js';
import { RoomPartsNav } from '../components/room/RoomPartsNav.js';
import { RoomNoticeBar } from '../components/room/RoomNoticeBar.js';
import { useRoomNotices } from '../components/room/useRoomNotices.js';
import { useGroupRoom, usePresence, useStatementActions, useStatements } from '../collab/groupRoomHooks.js';
import { useHeldTexts } from '../collab/heldTexts.js';
import { groupDocName } from '../../shared/docNames.js';
import { HeldTextNote } from '../components/room/HeldTextNote.js';
import { DRAFT_STATEMENT_LIMITS, GROUP_STATEMENT_LIMITS, statementLimitReached } from '../collab/statementLimits.js';
import { statementLimitText } from '../components/room/statementLimitText.js';
import type { AccessCheck } from '../collab/DocRoom.js';
import { openLiveEarly, useLive } from '../collab/liveHooks.js';
import { openMemberRoomEarly } from '../collab/memberRoom.js';
import { useFollowWorkshopSettings } from '../collab/settingsFollow.js';
import { openDraftRoomEarly, useDraftRoom, useShareDraft, type DraftOwner } from '../collab/draftHooks.js';
import { openVisionReaderEarly, useTakenUp, useVisionReader } from '../collab/visionHooks.js';
import { isGroupLocked } from '../../shared/liveDoc.js';
import { statementsArePrivate } from '../../shared/method.js';
import { MeetingBanner } from '../components/meeting/MeetingBanner.js';
import { MeetingTimer } from '../components/meeting/MeetingTimer.js';
import { useFollowToPlenary } from '../components/meeting/usePlenaryFollow.js';
import { reloadRoom } from '../collab/roomStopEffects.js';
import { stopBehaviour } from '../collab/closeHandling.js';
import { statusKeyOf } from '../collab/connectionState.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { useAuthorsStore } from '../stores/authorsStore.js';
import { useGroupLabel } from '../stores/groupNameHooks.js';
import { cockpitPath, facilitatorPath, mayOpenGroup, plenaryPath } from './routePaths.js';
import { followSessionAfterStop } from './sessionFollow.js';
import { useFollowToMeeting2 } from '../components/meeting2/useFollowToMeeting2.js';

/** The group room screen. */
export function GroupRoomRoute({ workshopId, group }: { workshopId: string; group: number }) {
  const { t } = useTranslation();
  return (
    <SessionGate>
      {(me) => me.kind === 'participant' && mayOpenGroup(me, workshopId, group)
        ? <GroupRoomScreen me={me} workshopId={workshopId} group={group} />
        : <NoAccessPage me={me} title={t('stop.noAccess.title')} body={t('stop.noAccess.body')} />}
    </SessionGate>
  );
}

const NO_AUTHORS: AuthorNames = {};

type ParticipantMe = Extract<MeAnswer, { kind: 'participant' }>;

/** Who a participant is in the room's presence. */
const memberUser = ({ name, role, id }: Pick<ParticipantMe['participant'], 'name' | 'role' | 'id'>): AwarenessUser => ({ name, role, color: colorFor(id), key: personKeyFor(id) });

/** The participant's drafts in this group (none for the facilitator). */
const draftOwnerOf = ({ role, id }: Pick<ParticipantMe['participant'], 'role' | 'id'>, workshopId: string, group: number): DraftOwner | null =>
  (role === 'facilitator' ? null : { workshopId, group, participantId: id });

/**
 * Opens the group room's documents (live, group, drafts, vision) before the screen renders, as the
 * screen's first render asks for them, when the session is already known (inlined in the page)
 * and may open this room: the sockets connect while React renders.
 */
export function openGroupRoomEarly(workshopId: string, group: number): void {
  const { me } = useSessionStore.getState();
  if (me?.kind !== 'participant' || !mayOpenGroup(me, workshopId, group)) return;
  openLiveEarly(workshopId);
  openMemberRoomEarly(groupDocName(workshopId, group), memberUser(me.participant));
  const draftOwner = draftOwnerOf(me.participant, workshopId, group);
  if (draftOwner) openDraftRoomEarly(draftOwner);
  openVisionReaderEarly(workshopId);
}

function GroupRoomScreen({ me, workshopId, group }: { me: ParticipantMe; workshopId: string; group: number }) {
  const { t } = useTranslation();
  const { participant, workshop } = me;
  const groupTitle = useGroupLabel(workshopId)(group);
  useDocumentTitle(`${groupTitle} – ${workshop.gemeente}`);
  const { name, role, id } = participant;
  const user = useMemo(() => memberUser({ name, role, id }), [name, role, id]);
  const checkAccess = useCallback(async (): Promise<AccessCheck> => {
    try {
      const now = await useSessionStore.getState().load(true);
      if (!now) return 'noSession';
      return mayOpenGroup(now, workshopId, group) ? 'ok' : 'noAccess';
    } catch {
      return 'unknown';
    }
  }, [workshopId, group]);

  const isFacilitator = participant.role === 'facilitator';
  const { live, ready: liveReady } = useLive(workshopId);
  useFollowWorkshopSettings(workshopId);
  const locked = !isFacilitator && isGroupLocked(live, group);
  // What this person may still send when a stopped room's unsent changes are carried into the reopened one.
  const carryRule = {
    authorKey: participant.authorKey,
    role: participant.role,
    mayEditOthers: isFacilitator || (liveReady && !live.ownStatementsOnly),
  };
  const { room, connection, autoReload } = useGroupRoom(workshopId, group, user, checkAccess, followSessionAfterStop, locked, locked, carryRule);
  const statements = useStatements(room);
  const held = useHeldTexts(groupDocName(workshopId, group));
  const heldElsewhere = held.texts.filter((h) => h.statementId === null || !statements.some((s) => s.id === h.statementId));
  const people = usePresence(room);
  const author = { authorKey: participant.authorKey, role: participant.role };
  const actions = useStatementActions(room, author);
  const draftOwner = useMemo(() => draftOwnerOf({ role, id }, workshopId, group), [role, id, workshopId, group]);
  const { room: draftRoom } = useDraftRoom(draftOwner);
  const drafts = useStatements(draftRoom);
  const draftActions = useStatementActions(draftRoom, author);
  const shareDraft = useShareDraft(draftRoom, room);
  const groupLimit = statementLimitText(t, statementLimitReached(statements, participant.authorKey, GROUP_STATEMENT_LIMITS));
  const draftLimit = statementLimitText(t, statementLimitReached(drafts, participant.authorKey, DRAFT_STATEMENT_LIMITS), true);
  const takenUp = useTakenUp(useVisionReader(workshopId).room);
  const isTakenUp = useCallback((id: string) => takenUp.has(`${group}:${id}`), [takenUp, group]);
  // Before step 1 starts, new statements are private too, so nothing is shared before the method
  // says so; until the step is known, nothing can be added at all.
  const beforeStart = !isFacilitator && liveReady && live.step === null;
  const privateMode = !isFacilitator && (beforeStart || statementsArePrivate(live.step));
  const notices = useRoomNotices(live, liveReady, locked);
  const authors = useAuthorsStore((s) => (s.workshopId === workshopId ? s.names : NO_AUTHORS));
  const loadAuthors = useAuthorsStore((s) => s.load);
  const stoppedReadOnly = connection.stop !== null && stopBehaviour(connection.stop).readOnly;
  const waitingForStep = !isFacilitator && !liveReady;
  const readOnly = locked || stoppedReadOnly || waitingForStep;
  const closedReason = locked ? t('closed.locked') : stoppedReadOnly ? t('closed.readOnly') : waitingForStep ? t('closed.waiting') : null;
  useFollowToPlenary(live, liveReady, !isFacilitator, plenaryPath(workshopId), t('meeting.follow.toPlenary'));
  useFollowToMeeting2(isFacilitator ? null : workshopId);

  useEffect(() => { loadAuthors(workshopId); }, [loadAuthors, workshopId]);
  useEffect(() => {
    const unknown = statements.flatMap((s) => [s.authorKey, ...s.editors.map((e) => e.key)]).find((key) => !(key in authors));
    if (unknown) loadAuthors(workshopId, unknown);
  }, [statements, authors, loadAuthors, workshopId]);

  const heading = (
    <>
      <p className="page-header__pre">{workshop.gemeente}</p>
      <Heading level={1}>{groupTitle}</Heading>
    </>
  );
  const status = <><ConnectionStatus state={connection} /><MeetingTimer timer={live.timer} /></>;
  return (
    <PageLayout heading={heading} nav={<RoomPartsNav status={status} />} showLogout wide>
      {connection.stop && room && connection.stop !== 'permissionChanged' && (connection.stop !== 'badChange' || autoReload) ? (
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
      {participant.role === 'facilitator' ? (
        <Paragraph className="room-back">
          <AppLink href={facilitatorPath(workshopId)}>{t('facilitator.title', { gemeente: workshop.gemeente })}</AppLink>
          {' · '}
          <AppLink href={cockpitPath(workshopId)}>{t('meetingLinks.cockpit')}</AppLink>
        </Paragraph>
      ) : null}
      <MeetingBanner live={live} locked={locked} beforeStart={beforeStart} />
      {heldElsewhere.map((h, i) => (
        <HeldTextNote
          key={`${h.statementId ?? 'horizon'}-${i}`}
          text={h.text}
          where={t(h.statementId === null ? 'statementEdit.heldHorizon' : 'statementEdit.heldStatement')}
          onDismiss={() => held.dismiss(h)}
        />
      ))}
      {room ? (
        <div className="room-grid">
          {STATEMENT_KINDS.map((kind) => (
            <StatementPart
              key={kind}
              room={room}
              kind={kind}
              statements={statements.filter((s) => s.kind === kind)}
              authorKey={participant.authorKey}
              authors={authors}
              readOnly={readOnly}
              mayDeleteAny={participant.role === 'facilitator'}
              onAdd={actions.add}
              onEndorse={actions.setEndorsed}
              onDelete={actions.remove}
              isTakenUp={isTakenUp}
              editorRole={participant.role}
              ownStatementsOnly={!isFacilitator && live.ownStatementsOnly}
              privateMode={privateMode}
              held={held}
              privateNote={beforeStart ? t('beforeStart.privateNote') : undefined}
              closedReason={closedReason}
              limitReached={groupLimit}
              drafts={draftRoom ? {
                room: draftRoom,
                statements: drafts.filter((d) => d.kind === kind),
                onAdd: draftActions.add,
                onDelete: draftActions.remove,
                onShare: privateMode ? null : shareDraft,
                limitReached: draftLimit,
              } : null}
            />
          ))}
          <HorizonPart room={room} user={user} readOnly={readOnly} closedReason={closedReason} />
          <PresenceList people={people} />
        </div>
      ) : (
        <Paragraph>{t('app.loading')}</Paragraph>
      )}
      <RoomNoticeBar
        notices={notices}
        locked={locked}
        timer={live.timer}
        connectionTrouble={connection.phase === 'reconnecting' || connection.phase === 'offline' ? t(`status.${statusKeyOf(connection)}`) : null}
      />
    </PageLayout>
  );
}
