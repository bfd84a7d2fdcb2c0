// SPDX-License-Identifier: EUPL-1.2
/**
 * One group at a glance (cockpit), headed by the group's name: who is present now (from the group document's presence;
 * "not known" while its connection is not synced, never "nobody"), in step 1 the counts of private writing,
 * statements per part shared in the group, endorsements, last activity, lock state with "Zet <naam> op slot" /
 * "Haal <naam> van slot", and a link into the group's room ("Open <naam>").
 */
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { DraftGroupCount } from '../../../shared/apiMeeting.js';
import { STATEMENT_KINDS } from '../../../shared/statementKinds.js';
import { useWatchedGroup } from '../../collab/groupWatchHooks.js';
import { usePresence, useStatements } from '../../collab/groupRoomHooks.js';
import { countStatements, useLastActivity } from '../../collab/groupActivity.js';
import { groupPath } from '../../routes/routePaths.js';
import { AppLink } from '../AppLink.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { minutesAgo } from './relativeTime.js';
import { useNow } from './useNow.js';
import { DraftGlance } from './DraftGlance.js';

/** Props of a group card. */
export interface GroupGlanceProps {
  workshopId: string;
  group: number;
  locked: boolean;
  busy: boolean;
  canOpenRoom: boolean;
  onLock: (locked: boolean) => void;
  /** Step 1 runs: show the counts of private writing. */
  privateWriting: boolean;
  /** The group's private-writing counts (null: not known yet). */
  drafts: DraftGroupCount | null;
  /** The latest poll of the counts failed. */
  draftsFailed: boolean;
}

/** A group card of the cockpit. */
export function GroupGlance({ workshopId, group, locked, busy, canOpenRoom, onLock, privateWriting, drafts, draftsFailed }: GroupGlanceProps) {
  const { t, i18n } = useTranslation();
  const groupLabelOf = useGroupLabel(workshopId);
  const { room, status } = useWatchedGroup(workshopId, group);
  const live = status === 'synced';
  const statements = useStatements(room);
  const people = usePresence(room);
  const last = useLastActivity(room);
  const now = useNow(30_000);
  const counts = countStatements(statements);
  const label = groupLabelOf(group);
  const headingId = `groep-${group}-blik`;
  const ago = last === null ? null : minutesAgo(Math.max(now, last), last);
  // In step 1 the group document is quiet by design: "no activity" would mislead, the draft counts tell.
  const activity = last === null ? (privateWriting ? null : t('cockpit.groups.noActivity')) : t('cockpit.groups.lastActivity', {
    time: new Date(last).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }),
    ago: ago === 0 ? t('cockpit.groups.justNow') : t('cockpit.groups.minutesAgo', { count: ago ?? 0 }),
  });
  return (
    <section className={`group-glance${locked ? ' group-glance--locked' : ''}`} aria-labelledby={headingId}>
      <Heading level={3} id={headingId} className="group-glance__title">
        {label}
        {locked ? <span className="group-glance__badge"><span aria-hidden="true">🔒 </span>{t('cockpit.groups.locked')}</span> : null}
      </Heading>
      <Paragraph className="group-glance__present">
        {live ? t('cockpit.groups.present', { count: people.length }) : t('cockpit.groups.presenceUnknown')}
      </Paragraph>
      {live && people.length ? (
        <ul className="group-glance__people" aria-label={t('cockpit.groups.presentList', { group: label })}>
          {people.map((p) => <li key={p.key}>{p.name ? <>{p.name} <span className="group-glance__role">({t(`role.${p.role}`)})</span></> : t(`role.${p.role}`)}</li>)}
        </ul>
      ) : null}
      {privateWriting ? <DraftGlance group={group} count={drafts} failed={draftsFailed} /> : null}
      {privateWriting ? <p className="group-glance__drafts-title">{t('cockpit.drafts.sharedTitle')}</p> : null}
      <dl className="group-glance__counts">
        {STATEMENT_KINDS.map((kind) => (
          <div key={kind} className="group-glance__count">
            <dt>{t(`room.part.${kind}`)}</dt>
            <dd>{t('cockpit.groups.statements', { count: counts.perKind[kind] })}</dd>
          </div>
        ))}
        <div className="group-glance__count">
          <dt>{t('cockpit.groups.endorsementsLabel')}</dt>
          <dd>{t('cockpit.groups.endorsements', { count: counts.endorsements })}</dd>
        </div>
      </dl>
      {activity ? <Paragraph appearance="small" className="group-glance__activity">{activity}</Paragraph> : null}
      <div className="button-row">
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => onLock(!locked)}>
          {locked ? t('cockpit.groups.unlock', { group: label }) : t('cockpit.groups.lock', { group: label })}
        </Button>
        {canOpenRoom ? <AppLink href={groupPath(workshopId, group)}>{t('facilitator.openGroup', { group: label })}</AppLink> : null}
      </div>
    </section>
  );
}
