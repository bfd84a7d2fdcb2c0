// SPDX-License-Identifier: EUPL-1.2
/** "Nieuwe workshop": gemeente, title, dates of meeting 1 and 2, show names yes/no, the facilitator's name. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { WorkshopDetail } from '../../../shared/api.js';
import { useSetupStore } from '../../stores/setupStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextField } from '../fields/TextField.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { serverRejected } from '../fields/formErrors.js';

/** The create-workshop form; reports the new workshop. */
export function WorkshopCreateForm({ onCreated }: { onCreated: (workshop: WorkshopDetail) => void }) {
  const { t } = useTranslation();
  const create = useSetupStore((s) => s.create);
  const [gemeente, setGemeente] = useState('');
  const [title, setTitle] = useState(t('workshopForm.titleDefault'));
  const [meeting1, setMeeting1] = useState('');
  const [meeting2, setMeeting2] = useState('');
  const [showNames, setShowNames] = useState(false);
  const [facilitatorName, setFacilitatorName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!gemeente.trim()) { setError('required'); document.getElementById('nieuw-gemeente')?.focus(); return; }
    setBusy(true);
    try {
      const workshop = await create({
        gemeente: gemeente.trim(),
        title: title.trim() || t('workshopForm.titleDefault'),
        dates: { ...(meeting1 ? { meeting1 } : {}), ...(meeting2 ? { meeting2 } : {}) },
        showNames,
        ...(facilitatorName.trim() ? { facilitatorName: facilitatorName.trim() } : {}),
      });
      announce(t('setup.created', { gemeente: workshop.gemeente }));
      setGemeente(''); setMeeting1(''); setMeeting2('');
      onCreated(workshop);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => (error === 'required' && field === 'gemeente' ? t('workshopForm.required') : serverRejected(error, field) ? t('workshopForm.invalid') : null);

  return (
    <section className="facilitator-section" aria-labelledby="nieuw-titel" id="nieuw">
      <Heading level={2} id="nieuw-titel">{t('setup.createTitle')}</Heading>
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="nieuw-gemeente" label={t('workshopForm.gemeente')} value={gemeente} onValueChange={setGemeente} error={fieldError('gemeente')} autoComplete="off" />
        <TextField id="nieuw-titel-veld" label={t('workshopForm.title')} value={title} onValueChange={setTitle} error={fieldError('title')} />
        <TextField id="nieuw-datum1" type="date" label={t('workshopForm.meeting1')} description={t('workshopForm.dateHint')} value={meeting1} onValueChange={setMeeting1} error={fieldError('dates.meeting1')} />
        <TextField id="nieuw-datum2" type="date" label={t('workshopForm.meeting2')} description={t('workshopForm.dateHint')} value={meeting2} onValueChange={setMeeting2} error={fieldError('dates.meeting2')} />
        <TextField id="nieuw-begeleider" label={t('workshopForm.facilitatorName')} description={t('workshopForm.facilitatorNameHint')} value={facilitatorName} onValueChange={setFacilitatorName} error={fieldError('facilitatorName')} autoComplete="name" />
        <CheckboxField id="nieuw-namen" label={t('workshopForm.showNames')} description={t('workshopForm.showNamesHint')} checked={showNames} onCheckedChange={setShowNames} />
        {error && error !== 'required' ? <Alert type="error" role="alert"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{t('setup.create')}</Button>
        </div>
      </form>
    </section>
  );
}
