// SPDX-License-Identifier: EUPL-1.2
/**
 * The invited people on the dashboard: who opened their link and how many comments they gave, a
 * link can be revoked (a lost or forwarded card), and extra people can be added from a CSV list.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ConsultationPersonView } from '../../../shared/apiConsultation.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { TextareaField } from '../fields/TextareaField.js';
import { consultationAdminCommands } from '../../stores/consultationCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

/** Props of the people section. */
export interface PeopleSectionProps { workshopId: string; people: ConsultationPersonView[]; onChanged: () => void }

/** The people section. */
export function ConsultationPeopleSection({ workshopId, people, onChanged }: PeopleSectionProps) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<{ line: number; reason: string }[]>([]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!csv.trim()) { setError(t('facilitator.importEmpty')); return; }
    setError(null);
    try {
      const answer = await consultationAdminCommands.addPeople(workshopId, csv);
      setSkipped(answer.errors);
      setCsv('');
      announce(t('consultation.dashboard.added', { count: answer.added.length }));
      onChanged();
    } catch (err) { setError(apiErrorText(t, err)); }
  };
  const revoke = async (person: ConsultationPersonView) => {
    setError(null);
    try { await consultationAdminCommands.revoke(workshopId, person.id); announce(t('consultation.dashboard.revokedNow', { name: person.name })); onChanged(); } catch (err) { setError(apiErrorText(t, err)); }
  };

  return (
    <section aria-labelledby="genodigden">
      <Heading level={2} id="genodigden">{t('consultation.dashboard.peopleTitle')}</Heading>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
      <table className="consult-table">
        <caption className="visually-hidden">{t('consultation.dashboard.peopleTitle')}</caption>
        <thead><tr><th scope="col">{t('consultation.dashboard.name')}</th><th scope="col">{t('consultation.dashboard.role')}</th><th scope="col">{t('consultation.dashboard.openedCol')}</th><th scope="col">{t('consultation.dashboard.commentsCol')}</th><th scope="col">{t('consultation.dashboard.linkCol')}</th></tr></thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{t(`role.${p.role}`)}</td>
              <td>{p.openedAt ? t('consultation.dashboard.yes') : t('consultation.dashboard.no')}</td>
              <td>{p.comments}</td>
              <td>
                {p.revoked ? t('consultation.dashboard.revoked') : (
                  <ConfirmAction
                    label={t('consultation.dashboard.revoke')}
                    accessibleLabel={t('consultation.dashboard.revokeNamed', { name: p.name })}
                    question={t('consultation.dashboard.revokeQuestion', { name: p.name })}
                    confirmLabel={t('consultation.dashboard.revokeConfirm')}
                    onConfirm={() => revoke(p)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={(e) => void add(e)} noValidate>
        <TextareaField id="consultatie-extra" label={t('consultation.dashboard.addLabel')} description={t('consultation.open.csvHint')} value={csv} onValueChange={setCsv} rows={3} />
        {skipped.length ? (
          <Alert type="warning">
            <Paragraph>{t('consultation.open.csvErrors')}</Paragraph>
            <ul>{skipped.map((e) => <li key={e.line}>{t('facilitator.importErrorLine', { line: e.line, reason: e.reason })}</li>)}</ul>
          </Alert>
        ) : null}
        <div className="button-row"><Button type="submit" appearance="secondary-action-button">{t('consultation.dashboard.add')}</Button></div>
      </form>
    </section>
  );
}
