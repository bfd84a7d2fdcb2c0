// SPDX-License-Identifier: EUPL-1.2
/**
 * Answering one comment or a group of similar ones (facilitator): the answer text, the status
 * (verwerkt / deels verwerkt / niet verwerkt) and, where the text changed, the passage of the new
 * version. An earlier answer of these comments is replaced.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { ANSWER_STATUSES, MAX_ANSWER_CHARS, type AnswerStatus, type ConsultationAnswer } from '../../../shared/consultationDoc.js';
import type { PassageText } from '../../../shared/consultationPassages.js';
import { TextareaField } from '../fields/TextareaField.js';
import { SelectField } from '../fields/SelectField.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

/** Props of the answer form. */
export interface AnswerFormProps {
  /** What is answered, for the field label ("reactie 3", "reacties 3, 7 en 9"). */
  subject: string;
  initial: ConsultationAnswer | null;
  passages: readonly PassageText[];
  onSubmit: (answer: string, status: AnswerStatus, wherePassageId: string | null) => Promise<void>;
  onCancel: () => void;
}

/** The answer form. */
export function AnswerForm({ subject, initial, passages, onSubmit, onCancel }: AnswerFormProps) {
  const { t } = useTranslation();
  const name = useId();
  const [answer, setAnswer] = useState(initial?.answer ?? '');
  const [status, setStatus] = useState<AnswerStatus>(initial?.status ?? 'verwerkt');
  const [where, setWhere] = useState(initial?.wherePassageId ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim() || answer.length > MAX_ANSWER_CHARS) { setError(t('apiError.answer-invalid')); return; }
    setBusy(true);
    setError(null);
    try { await onSubmit(answer.trim(), status, where || null); } catch (err) { setError(apiErrorText(t, err)); } finally { setBusy(false); }
  };

  return (
    <form className="answer-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextareaField label={t('consultation.answer.label', { subject })} value={answer} onValueChange={setAnswer} rows={4} autoFocus error={error} />
      <fieldset className="stance-choice">
        <legend>{t('consultation.answer.statusLegend')}</legend>
        {ANSWER_STATUSES.map((s) => (
          <label key={s} className="stance-choice__option">
            <input type="radio" name={name} value={s} checked={status === s} onChange={() => setStatus(s)} />
            <span>{t(`consultation.status.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      <SelectField
        label={t('consultation.answer.where')}
        value={where}
        choices={[{ value: '', label: t('consultation.answer.nowhere') }, ...passages.map((p) => ({ value: p.passageId, label: shorten(p.text) }))]}
        onValueChange={setWhere}
      />
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
      <div className="button-row">
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('consultation.answer.save')}</Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={busy}>{t('consultation.form.cancel')}</Button>
      </div>
    </form>
  );
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 68)}…` : text;
}
