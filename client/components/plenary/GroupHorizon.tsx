// SPDX-License-Identifier: EUPL-1.2
/**
 * One group's stip op de horizon on the big screen (headed by the group's name), live and read-only, with its statements
 * to expand; on the room screen (`fit`) the horizon alone, fitting its column or paging by itself.
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { GROUP_FIELDS } from '../../../shared/groupDoc.js';
import { useWatchedGroup } from '../../collab/groupWatchHooks.js';
import { useStatements } from '../../collab/groupRoomHooks.js';
import { useRichTextField } from '../../collab/richTextHooks.js';
import { RichTextView } from '../richText/RichTextView.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { GroupStatements } from './GroupStatements.js';
import { FitOrPage } from './FitOrPage.js';

/** Props of a group's horizon column. */
export interface GroupHorizonProps { workshopId: string; group: number; readable: boolean; fit?: boolean }

/** A column of the horizons view. */
export function GroupHorizon({ workshopId, group, readable, fit = false }: GroupHorizonProps) {
  const { t } = useTranslation();
  const groupLabelOf = useGroupLabel(workshopId);
  const { room } = useWatchedGroup(workshopId, readable ? group : null);
  const { node, unreadable } = useRichTextField(room, GROUP_FIELDS.horizon);
  const statements = useStatements(room);
  const headingId = `plenair-groep-${group}`;
  const empty = !node || node.textContent.trim() === '';
  const label = groupLabelOf(group);
  const text = node && !empty ? <RichTextView node={node} headingShift={1} className="plenary-text" /> : null;
  return (
    <section className="plenary-column" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="plenary-column__title">{label}</Heading>
      {!readable ? <Paragraph className="plenary-column__note">{t('plenary.notReadable')}</Paragraph> : null}
      {readable && unreadable ? <Paragraph className="plenary-column__note">{t('plenary.unreadable')}</Paragraph> : null}
      {readable && !unreadable && empty ? <Paragraph className="plenary-column__note">{t('plenary.noHorizon')}</Paragraph> : null}
      {readable && text ? (fit ? <FitOrPage label={label}>{text}</FitOrPage> : text) : null}
      {readable && !fit ? <GroupStatements groupLabel={label} statements={statements} /> : null}
    </section>
  );
}
