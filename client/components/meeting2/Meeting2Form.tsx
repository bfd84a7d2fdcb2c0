// SPDX-License-Identifier: EUPL-1.2
/**
 * Creating meeting 2, or changing its date and where the griffier and the gemeentesecretaris go:
 * a date, two choices (default: griffier with the raad, gemeentesecretaris with college and
 * directie) and, once created, "Iedereen opnieuw indelen op rol".
 */
import './meeting2.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { Meeting2Answer } from '../../../shared/apiMeeting2.js';
import { ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { useMeeting2Store } from '../../stores/meeting2Store.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { TextField } from '../fields/TextField.js';
import { SelectField } from '../fields/SelectField.js';
import { CheckboxField } from '../fields/CheckboxField.js';

/** The form of meeting 2's date and placement. */
export function Meeting2Form({ workshopId, setup }: { workshopId: string; setup: Meeting2Answer }) {
  const { t } = useTranslation();
  const save = useMeeting2Store((s) => s.save);
  const [date, setDate] = useState(setup.date ?? '');
  const [griffier, setGriffier] = useState<RoleGroup>(setup.placement.griffier);
  const [secretaris, setSecretaris] = useState<RoleGroup>(setup.placement.gemeentesecretaris);
  const [regroup, setRegroup] = useState(false);
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = ROLE_GROUPS.map((g) => ({ value: g, label: t(`m2.roleGroup.${g}`) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { setDateError(t('m2.setup.date')); return; }
    setDateError(null);
    setBusy(true);
    try {
      await save(workshopId, { date, placement: { griffier, gemeentesecretaris: secretaris }, ...(regroup ? { regroup: true } : {}) });
      announce(setup.created ? t('m2.setup.saved') : t('m2.setup.created'));
      setRegroup(false);
    } catch (e) {
      setError(apiErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="facilitator-section" aria-labelledby="m2-instellingen-titel" id="m2-instellingen">
      <Heading level={2} id="m2-instellingen-titel">{t('m2.meeting')}</Heading>
      <Paragraph>{t('m2.setup.intro')}</Paragraph>
      <form className="m2-form" onSubmit={submit} noValidate>
        <TextField type="date" label={t('m2.setup.date')} value={date} onValueChange={setDate} error={dateError} required />
        <SelectField label={t('m2.setup.placementGriffier')} value={griffier} choices={choices} onValueChange={(v) => setGriffier(v as RoleGroup)} />
        <SelectField label={t('m2.setup.placementSecretaris')} value={secretaris} choices={choices} onValueChange={(v) => setSecretaris(v as RoleGroup)} />
        {setup.created ? <CheckboxField label={t('m2.setup.regroup')} checked={regroup} onCheckedChange={setRegroup} /> : null}
        {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{setup.created ? t('m2.setup.save') : t('m2.setup.create')}</Button>
      </form>
    </section>
  );
}
