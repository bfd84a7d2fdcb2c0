/**
 * One statement: its co-edited text (a textarea bound to the statement's Y.Text), who wrote it
 * (role, and the name when the workshop shows names), "Eens" (a toggle with the count beside it)
 * and "Verwijderen" with a confirmation.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { Statement } from '../../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import type { GroupRoom } from '../../collab/GroupRoom.js';
import { useStatementTextBinding } from '../../collab/groupRoomHooks.js';
import { ConfirmAction } from '../ConfirmAction.js';

/** Props of one statement. */
export interface StatementItemProps {
  room: GroupRoom;
  statement: Statement;
  number: number;
  authorName: string | null;
  isOwn: boolean;
  endorsed: boolean;
  readOnly: boolean;
  onEndorse: (endorsed: boolean) => void;
  onDelete: () => void;
}

/** One statement in a list. */
export function StatementItem({ room, statement, number, authorName, isOwn, endorsed, readOnly, onEndorse, onDelete }: StatementItemProps) {
  const { t } = useTranslation();
  const bind = useStatementTextBinding(room, statement.id);
  const countId = useId();
  const count = statement.endorsedBy.length;
  const role = t(`role.${statement.authorRole}`, { defaultValue: '' });
  return (
    <li className="statement">
      <textarea
        ref={bind}
        className="utrecht-textarea statement__text"
        aria-label={t('room.statement', { number })}
        maxLength={DEFAULT_LIMITS.maxStatementChars}
        readOnly={readOnly}
        rows={2}
        spellCheck
      />
      <p className="statement__author">
        <span className="visually-hidden">{t('room.writtenBy')}: </span>
        {role}
        {authorName ? <> · {authorName}</> : null}
        {isOwn ? <> ({t('room.you')})</> : null}
      </p>
      <div className="statement__actions">
        <Button
          appearance="secondary-action-button"
          className="statement__endorse"
          pressed={endorsed}
          aria-describedby={countId}
          disabled={readOnly}
          onClick={() => onEndorse(!endorsed)}
        >
          <span aria-hidden="true" className="statement__endorse-mark">{endorsed ? '✓ ' : ''}</span>{t('room.endorse')}
        </Button>
        <span id={countId} className="statement__count">{t('room.endorseCount', { count })}</span>
        <ConfirmAction
          label={t('room.delete')}
          question={t('room.confirmDelete')}
          confirmLabel={t('room.confirmDeleteYes')}
          disabled={readOnly}
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}
