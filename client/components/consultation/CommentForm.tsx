// SPDX-License-Identifier: EUPL-1.2
/**
 * Writing a comment, a reply or an edit: the stance (for passage comments), the text with a
 * character count, and send / cancel. The server checks everything again; its refusal is shown
 * here in plain Dutch and the text stays, so nothing typed is lost.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { MAX_COMMENT_CHARS, type Stance } from '../../../shared/consultationDoc.js';
import { TextareaField } from '../fields/TextareaField.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { StanceChoice } from './StanceChoice.js';

/** Props of the comment form. */
export interface CommentFormProps {
  /** Field label ("Je reactie", "Je antwoord op deze reactie", …). */
  label: string;
  submitLabel: string;
  /** Show the stance choice (passage comments only). */
  withStance: boolean;
  initialText?: string;
  initialStance?: Stance;
  /** Sends; throws an API error to show. */
  onSubmit: (text: string, stance: Stance) => Promise<void>;
  onCancel: () => void;
}

/** The comment form. */
export function CommentForm({ label, submitLabel, withStance, initialText = '', initialStance = 'aanvulling', onSubmit, onCancel }: CommentFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [stance, setStance] = useState<Stance>(initialStance);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooLong = text.length > MAX_COMMENT_CHARS;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') { setError(t('apiError.comment-empty')); return; }
    if (tooLong) { setError(t('apiError.comment-too-long')); return; }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text.trim(), stance);
    } catch (err) {
      setError(apiErrorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} noValidate>
      {withStance ? <StanceChoice value={stance} onChange={setStance} /> : null}
      <TextareaField
        label={label}
        value={text}
        onValueChange={setText}
        rows={4}
        autoFocus
        description={t('consultation.form.count', { count: text.length, max: MAX_COMMENT_CHARS })}
        error={error}
      />
      {tooLong ? <Alert type="warning"><Paragraph>{t('apiError.comment-too-long')}</Paragraph></Alert> : null}
      <div className="button-row">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{submitLabel}</Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={busy}>{t('consultation.form.cancel')}</Button>
      </div>
    </form>
  );
}
