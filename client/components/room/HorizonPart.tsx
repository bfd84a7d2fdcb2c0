// SPDX-License-Identifier: EUPL-1.2
/** The fourth part of the room: Stip op de horizon, written together in a rich-text editor; when closed it says why. */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AwarenessUser } from '../../../shared/awareness.js';
import type { DocRoom } from '../../collab/DocRoom.js';
import { HorizonEditor } from '../../editor/HorizonEditor.js';
import { partAnchor } from './StatementPart.js';

/** The horizon part of the group room. */
export function HorizonPart({ room, user, readOnly, closedReason = null }: { room: DocRoom; user: AwarenessUser; readOnly: boolean; closedReason?: string | null }) {
  const { t } = useTranslation();
  const headingId = `${partAnchor('horizon')}-titel`;
  return (
    <section id={partAnchor('horizon')} className="room-part room-part--horizon" aria-labelledby={headingId} tabIndex={-1}>
      <Heading level={2} id={headingId} className="room-part__title">{t('room.part.horizon')}</Heading>
      <Paragraph className="room-part__intro">{t('room.intro.horizon')}</Paragraph>
      {readOnly && closedReason ? (
        <p className="room-closed-note">{closedReason}</p>
      ) : null}
      <HorizonEditor room={room} user={user} readOnly={readOnly} />
    </section>
  );
}
