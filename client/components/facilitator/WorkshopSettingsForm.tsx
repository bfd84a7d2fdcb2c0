// SPDX-License-Identifier: EUPL-1.2
/**
 * The workshop's settings on the facilitator page: gemeente, title, dates; and, each saved at
 * once, "Namen tonen bij uitspraken" and "Taal van de workshop" (what participants and the big
 * screen see, unless they chose a language themselves).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { WORKSHOP_LANGUAGES, type WorkshopDetail, type WorkshopLanguage } from '../../../shared/api.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextField } from '../fields/TextField.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { SelectField } from '../fields/SelectField.js';
import { serverRejected } from '../fields/formErrors.js';

/** The settings section. */
export function WorkshopSettingsForm({ workshop }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const update = useWorkshopStore((s) => s.update);
  const [gemeente, setGemeente] = useState(workshop.gemeente);
  const [title, setTitle] = useState(workshop.title);
  const [meeting1, setMeeting1] = useState(workshop.dates.meeting1 ?? '');
  const [meeting2, setMeeting2] = useState(workshop.dates.meeting2 ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [namesBusy, setNamesBusy] = useState(false);
  const [namesError, setNamesError] = useState<string | null>(null);
  const [languageBusy, setLanguageBusy] = useState(false);
  const [languageError, setLanguageError] = useState<string | null>(null);

  useEffect(() => {
    setGemeente(workshop.gemeente); setTitle(workshop.title);
    setMeeting1(workshop.dates.meeting1 ?? ''); setMeeting2(workshop.dates.meeting2 ?? '');
  }, [workshop.id, workshop.gemeente, workshop.title, workshop.dates.meeting1, workshop.dates.meeting2]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!gemeente.trim()) { setError('required'); document.getElementById('instelling-gemeente')?.focus(); return; }
    setBusy(true);
    try {
      await update({
        gemeente: gemeente.trim(), title: title.trim() || t('workshopForm.titleDefault'),
        dates: { ...(meeting1 ? { meeting1 } : {}), ...(meeting2 ? { meeting2 } : {}) },
      });
      announce(t('workshopForm.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const setShowNames = async (showNames: boolean) => {
    setNamesBusy(true);
    setNamesError(null);
    try {
      await update({ showNames });
      announce(showNames ? t('facilitator.showNamesOn') : t('facilitator.showNamesOff'));
    } catch (e) {
      setNamesError(apiErrorText(t, e));
    } finally {
      setNamesBusy(false);
    }
  };
  const setWorkshopLanguage = async (language: WorkshopLanguage) => {
    if (languageBusy) return;
    setLanguageBusy(true);
    setLanguageError(null);
    try {
      await update({ language });
      announce(t('workshopLanguage.saved', { language: t(`workshopLanguage.name.${language}`) }));
    } catch (e) {
      setLanguageError(apiErrorText(t, e));
    } finally {
      setLanguageBusy(false);
    }
  };
  const fieldError = (field: string) => (error === 'required' && field === 'gemeente' ? t('workshopForm.required') : serverRejected(error, field) ? t('workshopForm.invalid') : null);

  return (
    <section className="facilitator-section" aria-labelledby="instellingen-titel" id="instellingen">
      <Heading level={2} id="instellingen-titel">{t('facilitator.settingsTitle')}</Heading>
      <CheckboxField
        id="instelling-namen"
        label={t('workshopForm.showNames')}
        description={t('workshopForm.showNamesHint')}
        checked={workshop.showNames}
        disabled={namesBusy}
        onCheckedChange={(checked) => void setShowNames(checked)}
      />
      {namesError ? <Alert type="error" role="alert"><Paragraph>{namesError}</Paragraph></Alert> : null}
      <SelectField
        id="instelling-taal"
        label={t('workshopLanguage.label')}
        description={t('workshopLanguage.hint')}
        value={workshop.language}
        choices={WORKSHOP_LANGUAGES.map((l) => ({ value: l, label: t(`workshopLanguage.name.${l}`) }))}
        onValueChange={(value) => void setWorkshopLanguage(value as WorkshopLanguage)}
        error={languageError}
      />
      <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
        <TextField id="instelling-gemeente" label={t('workshopForm.gemeente')} value={gemeente} onValueChange={setGemeente} error={fieldError('gemeente')} />
        <TextField id="instelling-titel" label={t('workshopForm.title')} value={title} onValueChange={setTitle} error={fieldError('title')} />
        <TextField id="instelling-datum1" type="date" label={t('workshopForm.meeting1')} description={t('workshopForm.dateHint')} value={meeting1} onValueChange={setMeeting1} error={fieldError('dates.meeting1')} />
        <TextField id="instelling-datum2" type="date" label={t('workshopForm.meeting2')} description={t('workshopForm.dateHint')} value={meeting2} onValueChange={setMeeting2} error={fieldError('dates.meeting2')} />
        {error && error !== 'required' ? <Alert type="error" role="alert"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
        <div className="button-row">
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>{t('workshopForm.save')}</Button>
        </div>
      </form>
    </section>
  );
}
