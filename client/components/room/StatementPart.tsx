/** One statement part of the room (Open staan, Loslaten, Cultuurverandering): a region with its heading, the list and the composer. */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuthorNames } from '../../../shared/api.js';
import type { Statement } from '../../../shared/groupDoc.js';
import type { StatementKind } from '../../../shared/statementKinds.js';
import type { GroupRoom } from '../../collab/GroupRoom.js';
import { announce } from '../../stores/announcerStore.js';
import { StatementComposer } from './StatementComposer.js';
import { StatementItem } from './StatementItem.js';

/** Props of a statement part. */
export interface StatementPartProps {
  room: GroupRoom;
  kind: StatementKind;
  statements: Statement[];
  authorKey: string;
  authors: AuthorNames;
  readOnly: boolean;
  onAdd: (kind: StatementKind, text: string) => void;
  onEndorse: (id: string, endorsed: boolean) => void;
  onDelete: (id: string) => void;
}

/** The anchor id of a part, used by the parts navigation. */
export const partAnchor = (part: string) => `deel-${part}`;

/** A statement part of the group room. */
export function StatementPart({ room, kind, statements, authorKey, authors, readOnly, onAdd, onEndorse, onDelete }: StatementPartProps) {
  const { t } = useTranslation();
  const headingId = `${partAnchor(kind)}-titel`;
  const partName = t(`room.part.${kind}`);
  return (
    <section id={partAnchor(kind)} className={`room-part room-part--${kind}`} aria-labelledby={headingId} tabIndex={-1}>
      <Heading level={2} id={headingId} className="room-part__title">{partName}</Heading>
      <Paragraph className="room-part__intro">{t(`room.intro.${kind}`)}</Paragraph>
      {statements.length === 0 ? (
        <Paragraph className="room-part__empty">{t('room.noStatements')}</Paragraph>
      ) : (
        <ol className="statement-list" aria-label={t('room.statementList', { part: partName.toLowerCase() })}>
          {statements.map((s, index) => (
            <StatementItem
              key={s.id}
              room={room}
              statement={s}
              number={index + 1}
              authorName={authors[s.authorKey] ?? null}
              isOwn={s.authorKey === authorKey}
              endorsed={s.endorsedBy.includes(authorKey)}
              readOnly={readOnly}
              onEndorse={(endorsed) => onEndorse(s.id, endorsed)}
              onDelete={() => { onDelete(s.id); announce(t('room.deleted')); }}
            />
          ))}
        </ol>
      )}
      <StatementComposer kind={kind} disabled={readOnly} onAdd={(text) => onAdd(kind, text)} />
    </section>
  );
}
