// SPDX-License-Identifier: EUPL-1.2
/**
 * Progress of one agreement after the course, for a member of an owning group (or the
 * facilitator): which review moment (the open ones, or "in between"), how it goes (three choices,
 * as words), a short note. Opened by a button; saved through the API; the register shows it live.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Fieldset, FieldsetLegend, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { openMoments } from '../../../shared/agreementReview.js';
import { PROGRESS_STATES, type ProgressState, type RegisterEntry } from '../../../shared/agreementsDoc.js';
import { MAX_AGREEMENT_CHARS } from '../../../shared/apiAgreements.js';
import { recordProgress } from '../../stores/agreementCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { SelectField } from '../fields/SelectField.js';
import { TextareaField } from '../fields/TextareaField.js';
import { dayText } from './agreementText.js';

/** The progress button and form of one agreement. */
export function ProgressForm({ workshopId, entry, hint }: { workshopId: string; entry: RegisterEntry; hint?: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const moments = openMoments(entry);
  const [moment, setMoment] = useState(moments[0] ?? '');
  const [state, setState] = useState<ProgressState | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!state) { setError(t('agreements.progress.state')); return; }
    setBusy(true);
    setError(null);
    try {
      await recordProgress(workshopId, entry.id, { reviewMoment: chosen || null, state, note });
      announce(t('agreements.progress.saved'));
      setOpen(false);
      setNote('');
      setState(null);
      toggle.current?.focus();
    } catch (err) {
      setError(apiErrorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  const chosen = moment === '' || moments.includes(moment) ? moment : (moments[0] ?? '');
  const choices = [...moments.map((d) => ({ value: d, label: dayText(d, i18n.language) })), { value: '', label: t('agreements.progress.between') }];
  return (
    <div className="agreement__action">
      <Button ref={toggle} appearance="secondary-action-button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((o) => !o)}>
        {t('agreements.progress.open')}<span className="visually-hidden"> ({t('agreements.number', { number: entry.number })})</span>
      </Button>
      <form id={formId} hidden={!open} className="agreement__form" onSubmit={(e) => void submit(e)} aria-label={t('agreements.progress.title', { number: entry.number })}>
        {hint ? <Paragraph appearance="small">{hint}</Paragraph> : null}
        <SelectField label={t('agreements.progress.moment')} value={chosen} choices={choices} onValueChange={setMoment} />
        <Fieldset className="agreement__states">
          <FieldsetLegend>{t('agreements.progress.state')}</FieldsetLegend>
          {PROGRESS_STATES.map((s) => (
            <div key={s} className="radio-option">
              <RadioButton id={`${formId}-${s}`} name={`${formId}-state`} value={s} checked={state === s} onChange={() => setState(s)} />
              <FormLabel htmlFor={`${formId}-${s}`} type="radio">{t(`agreements.state.${s}`)}</FormLabel>
            </div>
          ))}
        </Fieldset>
        <TextareaField label={t('agreements.progress.note')} description={t('agreements.progress.noteHint')} value={note} onValueChange={setNote} maxLength={MAX_AGREEMENT_CHARS} rows={3} />
        {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('agreements.progress.submit')}</Button>
      </form>
    </div>
  );
}
