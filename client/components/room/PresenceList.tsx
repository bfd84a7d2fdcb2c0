// SPDX-License-Identifier: EUPL-1.2
/** "Nu in deze groep": the people connected to the room, with their role, one line per person (the role only where names are hidden). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { PresentPerson } from '../../collab/presence.js';

/** The presence list of a group room. */
export function PresenceList({ people }: { people: PresentPerson[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="room-part room-part--presence" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="room-part__title">{t('room.presence.title')}</Heading>
      {people.length === 0 ? (
        <Paragraph>{t('room.presence.nobody')}</Paragraph>
      ) : (
        <ul className="presence-list" aria-labelledby={headingId}>
          {people.map((person) => (
            <li key={person.key} className="presence-list__person">
              <span className="presence-list__dot" style={{ backgroundColor: person.color || undefined }} aria-hidden="true" />
              <span className="presence-list__name">{person.name || t(`role.${person.role}`)}</span>
              {person.isSelf ? <span className="presence-list__self">{t('room.presence.you')}</span> : null}
              {person.name ? <span className="presence-list__role">{t(`role.${person.role}`)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
