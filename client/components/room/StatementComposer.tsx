// SPDX-License-Identifier: EUPL-1.2
/**
 * The form under a statement list: a labelled textarea and "Toevoegen"; an empty text gets a linked
 * error message, a closed form says why. At a statement limit (client/collab/statementLimits.ts)
 * the form says so beforehand and, on "Toevoegen", shows it as the error and sends nothing: the
 * server would refuse it and close this person's connection.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormFieldDescription, FormFieldErrorMessage, FormLabel, Textarea } from '@utrecht/component-library-react';
import { DEFAULT_LIMITS } from '../../../shared/limits.js';
import type { StatementKind } from '../../../shared/statementKinds.js';
import { announce } from '../../stores/announcerStore.js';

/** Props of the statement composer. */
export interface StatementComposerProps {
  kind?: StatementKind;
  /** The form's label when it is not a meeting-1 part's (default: the label of `kind`). */
  label?: string;
  disabled: boolean;
  onAdd: (text: string) => void;
  /** An extra line under the label, e.g. that new statements stay private for now. */
  note?: string;
  /** What the live region says after adding (default: "Uitspraak toegevoegd"). */
  addedMessage?: string;
  /** Why the form is closed now (shown beside it while `disabled`), e.g. the group is locked. */
  closedReason?: string | null;
  /** Why no statement can be added now (a limit is reached: how many, what to do), or null. */
  limitReached?: string | null;
}

/** Adds a statement to one part of the room. */
export function StatementComposer({ kind, label, disabled, onAdd, note, addedMessage, closedReason = null, limitReached = null }: StatementComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const [limitError, setLimitError] = useState(false);
  const hintId = `${id}-hint`;
  const noteId = `${id}-note`;
  const closedId = `${id}-closed`;
  const showClosed = disabled && closedReason;
  const limitId = `${id}-limit`;
  const showLimit = limitReached !== null && !showClosed;
  const described = [showClosed ? closedId : null, showLimit ? limitId : null, note ? noteId : null, hintId].filter(Boolean).join(' ');
  const errorId = `${id}-error`;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const value = text.trim();
    if (!value) { setError(true); return; }
    if (limitReached !== null) { setLimitError(true); announce(limitReached); return; }
    onAdd(value);
    setText('');
    setError(false);
    announce(addedMessage ?? t('room.added'));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form className="statement-composer" onSubmit={submit} noValidate>
      <FormLabel htmlFor={id}>{label ?? t(`room.newStatement.${kind}`)}</FormLabel>
      {showClosed ? (
        <p id={closedId} className="room-closed-note">{closedReason}</p>
      ) : null}
      {showLimit && limitError ? <FormFieldErrorMessage id={limitId}>{limitReached}</FormFieldErrorMessage> : null}
      {showLimit && !limitError ? <FormFieldDescription id={limitId} className="statement-composer__limit">{limitReached}</FormFieldDescription> : null}
      {note ? <FormFieldDescription id={noteId} className="statement-composer__note">{note}</FormFieldDescription> : null}
      <FormFieldDescription id={hintId}>{t('room.maxChars', { max: DEFAULT_LIMITS.maxStatementChars })}</FormFieldDescription>
      {error ? <FormFieldErrorMessage id={errorId}>{t('room.emptyText')}</FormFieldErrorMessage> : null}
      <Textarea
        id={id}
        value={text}
        rows={2}
        maxLength={DEFAULT_LIMITS.maxStatementChars}
        invalid={error || (showLimit && limitError)}
        aria-invalid={error || (showLimit && limitError) || undefined}
        aria-describedby={error ? `${errorId} ${described}` : described}
        disabled={disabled}
        onChange={(e) => { setText(e.target.value); if (error && e.target.value.trim()) setError(false); }}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" appearance="primary-action-button" disabled={disabled} aria-describedby={showClosed ? closedId : undefined}>{t('room.add')}</Button>
    </form>
  );
}
