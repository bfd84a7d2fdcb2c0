// SPDX-License-Identifier: EUPL-1.2
/** A team leader's intervisie note on one agreement: what was discussed (no colleagues' names). Opened by a button. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { RegisterEntry } from '../../../shared/agreementsDoc.js';
import { MAX_AGREEMENT_CHARS } from '../../../shared/apiAgreements.js';
import { addIntervisieNote } from '../../stores/agreementCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextareaField } from '../fields/TextareaField.js';

/** The intervisie button and form of one agreement. */
export function IntervisieForm({ workshopId, entry }: { workshopId: string; entry: RegisterEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setEmpty(!text.trim());
    setError(null);
    if (!text.trim()) return;
    setBusy(true);
    try {
      await addIntervisieNote(workshopId, entry.id, { text });
      announce(t('agreements.intervisie.saved'));
      setOpen(false);
      setText('');
      toggle.current?.focus();
    } catch (err) {
      setError(apiErrorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="agreement__action">
      <Button ref={toggle} appearance="secondary-action-button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((o) => !o)}>
        {t('agreements.intervisie.open')}<span className="visually-hidden"> ({t('agreements.number', { number: entry.number })})</span>
      </Button>
      <form id={formId} hidden={!open} className="agreement__form" onSubmit={(e) => void submit(e)} aria-label={t('agreements.intervisie.title', { number: entry.number })}>
        <TextareaField label={t('agreements.intervisie.text')} description={t('agreements.intervisie.textHint')} value={text} onValueChange={setText} maxLength={MAX_AGREEMENT_CHARS} rows={3} error={empty ? t('agreements.intervisie.empty') : null} />
        {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('agreements.intervisie.submit')}</Button>
      </form>
    </div>
  );
}
