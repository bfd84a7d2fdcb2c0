// SPDX-License-Identifier: EUPL-1.2
/**
 * Opening the consultation (facilitator): which frozen version, an intro text, the closing date and
 * time (Europe/Amsterdam), and who is invited: the absentees of meeting 1, all participants, and
 * extra people from a CSV list `naam,rol,email`. Each gets a personal link.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ConsultationOpenAnswer } from '../../../shared/apiConsultation.js';
import { TextField } from '../fields/TextField.js';
import { TextareaField } from '../fields/TextareaField.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { SelectField } from '../fields/SelectField.js';
import { useVersionStore } from '../../stores/versionStore.js';
import { consultationAdminCommands } from '../../stores/consultationCommands.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { amsterdamToIso, isoToAmsterdamFields } from './consultationFormat.js';
import { versionLabel } from '../merge/versionLabel.js';

const TWO_WEEKS_MS = 14 * 24 * 3600_000;

/** The open-consultation form; `onOpened` gets the server's answer. */
export function OpenConsultationForm({ workshopId, onOpened }: { workshopId: string; onOpened: (answer: ConsultationOpenAnswer) => void }) {
  const { t } = useTranslation();
  const { versions, load } = useVersionStore();
  useEffect(() => { void load(workshopId); }, [load, workshopId]);
  const initial = isoToAmsterdamFields(new Date(Date.now() + TWO_WEEKS_MS).toISOString());
  const [version, setVersion] = useState('');
  const [intro, setIntro] = useState('');
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState('17:00');
  const [absentees, setAbsentees] = useState(true);
  const [allParticipants, setAllParticipants] = useState(false);
  const [csv, setCsv] = useState('');
  const [repliesAllowed, setRepliesAllowed] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = version || String(versions?.[0]?.number ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const closesAt = amsterdamToIso(date, time);
    if (!closesAt) { setError(t('consultation.open.badDate')); return; }
    if (!chosen) { setError(t('consultation.open.noVersion')); return; }
    setBusy(true);
    setError(null);
    try {
      onOpened(await consultationAdminCommands.open(workshopId, {
        version: Number(chosen), intro, closesAt, absentees, allParticipants, repliesAllowed, csv: csv.trim() ? csv : undefined,
      }));
    } catch (err) {
      setError(apiErrorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="consultatie-openen" className="consult-open">
      <Heading level={2} id="consultatie-openen">{t('consultation.open.title')}</Heading>
      <Paragraph>{t('consultation.open.intro')}</Paragraph>
      {versions && versions.length === 0 ? <Alert type="warning"><Paragraph>{t('consultation.open.noVersions')}</Paragraph></Alert> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id="consultatie-versie"
          label={t('consultation.open.version')}
          value={chosen}
          choices={(versions ?? []).map((v) => ({ value: String(v.number), label: t('consultation.open.versionChoice', { number: v.number, label: versionLabel(t, v) }) }))}
          onValueChange={setVersion}
        />
        <TextareaField id="consultatie-intro" label={t('consultation.open.introLabel')} description={t('consultation.open.introHint')} value={intro} onValueChange={setIntro} rows={4} />
        <fieldset className="consult-open__closes">
          <legend>{t('consultation.open.closesLegend')}</legend>
          <TextField id="consultatie-datum" type="date" label={t('consultation.open.date')} value={date} onValueChange={setDate} />
          <TextField id="consultatie-tijd" type="time" label={t('consultation.open.time')} value={time} onValueChange={setTime} />
        </fieldset>
        <fieldset className="consult-open__audience">
          <legend>{t('consultation.open.audienceLegend')}</legend>
          <CheckboxField id="consultatie-afwezig" label={t('consultation.open.absentees')} description={t('consultation.open.absenteesHint')} checked={absentees} onCheckedChange={setAbsentees} />
          <CheckboxField id="consultatie-iedereen" label={t('consultation.open.allParticipants')} checked={allParticipants} onCheckedChange={setAllParticipants} />
          <TextareaField id="consultatie-csv" label={t('consultation.open.csv')} description={t('consultation.open.csvHint')} value={csv} onValueChange={setCsv} rows={4} />
        </fieldset>
        <CheckboxField id="consultatie-reacties" label={t('consultation.open.replies')} description={t('consultation.open.repliesHint')} checked={repliesAllowed} onCheckedChange={setRepliesAllowed} />
        {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" disabled={busy}>{t('consultation.open.submit')}</Button>
        </div>
      </form>
    </section>
  );
}
