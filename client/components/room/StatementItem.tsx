// SPDX-License-Identifier: EUPL-1.2
/**
 * One statement: its co-edited text (a textarea bound to the statement's Y.Text), who wrote it
 * and who changed it since (roles, and names when the workshop shows names; a change by this
 * person names them among its editors), why its text is closed to this person when the
 * facilitator allows only own statements to be changed, "Eens" (a toggle with the count beside it)
 * and "Verwijderen" with a confirmation; a change of its text this person typed that could not be sent is shown with it. A private draft says only its author sees it
 * (in step 1 until the facilitator shares it; a left-over draft, with "Deel met de groep", that it is not in the group yet);
 * a statement taken up in the vision says so.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { Statement } from '../../../shared/groupDoc.js';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import type { DocRoom } from '../../collab/DocRoom.js';
import { useStatementTextBinding, type StatementAuthor } from '../../collab/groupRoomHooks.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { HeldTextNote } from './HeldTextNote.js';

/** Props of one statement. */
export interface StatementItemProps {
  room: DocRoom;
  statement: Statement<string>;
  number: number;
  authorName: string | null;
  isOwn: boolean;
  endorsed: boolean;
  readOnly: boolean;
  /** Whether this person may delete the statement: its author or the facilitator (the server refuses anyone else). Default true. */
  mayDelete?: boolean;
  onEndorse: (endorsed: boolean) => void;
  onDelete: () => void;
  /** The statement is taken up in the global vision. */
  takenUp?: boolean;
  /** A private draft of this person (step 1): no endorsements, a note that only they see it. */
  isDraft?: boolean;
  /** Shares a left-over draft with the group now. */
  onShare?: () => void;
  /** This person, named among the editors when they change a statement they did not write. */
  editor?: StatementAuthor;
  /** Who changed the statement besides its author, as shown: role, and name when names are shown. */
  editedBy?: { role: string; name: string | null; isSelf: boolean }[];
  /** Why this person may not change this statement's text (the facilitator's setting), or null. */
  textClosedReason?: string | null;
  /** Binds the textarea to the statement's text in another field than the group's statements (a meeting-2 role group). */
  bindText?: (textarea: HTMLTextAreaElement | null) => void;
  /** This person's change of the text that was not sent (no longer allowed), kept to show, or null. */
  held?: { text: string; onDismiss: () => void } | null;
}

/** One statement in a list. */
export function StatementItem({
  room, statement, number, authorName, isOwn, endorsed, readOnly, mayDelete = true, onEndorse, onDelete, takenUp = false, isDraft = false, onShare, bindText,
  editor, editedBy = [], textClosedReason = null, held = null,
}: StatementItemProps) {
  const { t } = useTranslation();
  const bind = useStatementTextBinding(room, statement.id, editor);
  const countId = useId();
  const count = statement.endorsedBy.length;
  const role = t(`role.${statement.authorRole}`, { defaultValue: '' });
  const noteId = `${countId}-notitie`;
  const closedId = `${countId}-dicht`;
  const describedBy = [isDraft || takenUp ? noteId : null, textClosedReason && !readOnly ? closedId : null].filter(Boolean).join(' ') || undefined;
  return (
    <li className={`statement${isDraft ? ' statement--draft' : ''}${takenUp ? ' statement--taken-up' : ''}`}>
      <textarea
        ref={bindText ?? bind}
        className="utrecht-textarea statement__text"
        aria-label={isDraft ? t('meeting.drafts.statement', { number }) : t('room.statement', { number })}
        aria-describedby={describedBy}
        maxLength={DEFAULT_LIMITS.maxStatementChars}
        readOnly={readOnly || textClosedReason !== null}
        rows={2}
        spellCheck
      />
      <p className="statement__author">
        <span className="visually-hidden">{t('room.writtenBy')}: </span>
        {role}
        {authorName ? <> · {authorName}</> : null}
        {isOwn ? <> ({t('room.you')})</> : null}
      </p>
      {editedBy.length > 0 ? (
        <p className="statement__author statement__editors">
          {t('statementEdit.editedBy')}:{' '}
          {editedBy.map((e, i) => (
            <span key={i}>{i > 0 ? ', ' : null}{e.role}{e.name ? <> · {e.name}</> : null}{e.isSelf ? <> ({t('room.you')})</> : null}</span>
          ))}
        </p>
      ) : null}
      {held ? <HeldTextNote text={held.text} onDismiss={held.onDismiss} /> : null}
      {textClosedReason && !readOnly ? <p id={closedId} className="statement__note statement__note--closed">{textClosedReason}</p> : null}
      {isDraft ? <p id={noteId} className="statement__note statement__note--private">{onShare ? t('meeting.drafts.notSharedNote') : t('meeting.drafts.privateNote')}</p> : null}
      {takenUp && !isDraft ? <p id={noteId} className="statement__note statement__note--taken-up"><span aria-hidden="true">★ </span>{t('meeting.takenUp')}</p> : null}
      <div className="statement__actions">
        {isDraft ? null : <Button
          appearance="secondary-action-button"
          className="statement__endorse"
          pressed={endorsed}
          aria-describedby={countId}
          disabled={readOnly}
          onClick={() => onEndorse(!endorsed)}
        >
          <span aria-hidden="true" className="statement__endorse-mark">{endorsed ? '✓ ' : ''}</span>{t('room.endorse')}
        </Button>}
        {isDraft ? null : <span id={countId} className="statement__count">{t('room.endorseCount', { count })}</span>}
        {onShare ? (
          <Button appearance="secondary-action-button" disabled={readOnly} onClick={onShare}>
            {t('meeting.drafts.share')}<span className="visually-hidden"> {t('meeting.drafts.statement', { number })}</span>
          </Button>
        ) : null}
        {mayDelete ? <ConfirmAction
          label={t('room.delete')}
          question={t('room.confirmDelete')}
          confirmLabel={t('room.confirmDeleteYes')}
          disabled={readOnly}
          onConfirm={onDelete}
        /> : null}
      </div>
    </li>
  );
}
