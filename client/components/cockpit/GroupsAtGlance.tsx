// SPDX-License-Identifier: EUPL-1.2
/** The three groups side by side (cockpit), with "Alle groepen op slot" / "Alle groepen van slot". */
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { isGroupLocked, type LiveState } from '../../../shared/liveDoc.js';
import { statementsArePrivate } from '../../../shared/method.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { useDraftCounts } from '../../stores/draftCountsStore.js';
import { GroupGlance } from './GroupGlance.js';
import { useLiveCommand } from './useLiveCommand.js';

/** Props of the groups overview. */
export interface GroupsAtGlanceProps { workshopId: string; live: LiveState; canOpenRooms: boolean }

const GROUPS = Array.from({ length: GROUP_COUNT }, (_, i) => i + 1);

/** The cockpit's groups overview. */
export function GroupsAtGlance({ workshopId, live, canOpenRooms }: GroupsAtGlanceProps) {
  const { t } = useTranslation();
  const { send, busy, error } = useLiveCommand(workshopId);
  const groupLabelOf = useGroupLabel(workshopId);
  const privateWriting = statementsArePrivate(live.step);
  const drafts = useDraftCounts(workshopId, privateWriting);
  const allLocked = GROUPS.every((g) => isGroupLocked(live, g));
  const noneLocked = GROUPS.every((g) => !isGroupLocked(live, g));
  return (
    <section className="cockpit-panel cockpit-panel--groups" aria-labelledby="groepen-blik-titel">
      <Heading level={2} id="groepen-blik-titel">{t('cockpit.groups.title')}</Heading>
      <div className="button-row">
        <Button appearance="secondary-action-button" disabled={busy || allLocked} onClick={() => void send({ lockAll: true }, t('cockpit.groups.allLocked'))}>
          {t('cockpit.groups.lockAll')}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy || noneLocked} onClick={() => void send({ lockAll: false }, t('cockpit.groups.allUnlocked'))}>
          {t('cockpit.groups.unlockAll')}
        </Button>
      </div>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
      {privateWriting ? <Paragraph className="group-glances__note">{t('cockpit.drafts.onlyCounts')}</Paragraph> : null}
      <div className="group-glances">
        {GROUPS.map((group) => (
          <GroupGlance
            key={group}
            workshopId={workshopId}
            group={group}
            locked={isGroupLocked(live, group)}
            busy={busy}
            canOpenRoom={canOpenRooms}
            privateWriting={privateWriting}
            drafts={drafts.counts?.groups[String(group)] ?? null}
            draftsFailed={drafts.failed}
            onLock={(locked) => void send(
              { lock: { group, locked } },
              t(locked ? 'cockpit.groups.lockedDone' : 'cockpit.groups.unlockedDone', { group: groupLabelOf(group) }),
            )}
          />
        ))}
      </div>
    </section>
  );
}
