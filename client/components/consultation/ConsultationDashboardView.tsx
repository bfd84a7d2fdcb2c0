// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation's dashboard (facilitator): open until when, invited / opened / commented per role
 * category, comments per passage, "37 van 52 beantwoord", close early or extend, the links for the
 * municipality's own mail tool (CSV `naam,email,link`) and the printable cards.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ConsultationDashboard } from '../../../shared/apiConsultation.js';
import { ROLE_CATEGORIES } from '../../../shared/roles.js';
import { AppLink } from '../AppLink.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { TextField } from '../fields/TextField.js';
import { downloadBlob } from '../fileDownload.js';
import { consultationAdminCommands } from '../../stores/consultationCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { consultationCardsPath, consultationProcessingPath, reactienotaPath } from '../../routes/consultationPaths.js';
import { amsterdamDateTime, amsterdamToIso, isoToAmsterdamFields } from './consultationFormat.js';
import { ConsultationPeopleSection } from './ConsultationPeopleSection.js';

/** Props of the dashboard. */
export interface DashboardViewProps {
  workshopId: string;
  dashboard: ConsultationDashboard;
  /** The passages' texts by id (to name them), when known. */
  passageText: (passageId: string) => string;
  onChanged: (dashboard: ConsultationDashboard) => void;
  /** Loads the dashboard again (after people were added or a link revoked). */
  onReload: () => void;
}

/** The dashboard. */
export function ConsultationDashboardView({ workshopId, dashboard, passageText, onChanged, onReload }: DashboardViewProps) {
  const { t, i18n } = useTranslation();
  const { meta, open, perCategory, perPassage, progress } = dashboard;
  const [error, setError] = useState<string | null>(null);
  const fields = isoToAmsterdamFields(meta.closesAt);
  const [date, setDate] = useState(fields.date);
  const [time, setTime] = useState(fields.time);

  const run = async (action: () => Promise<ConsultationDashboard>, done: string) => {
    setError(null);
    try { onChanged(await action()); announce(done); } catch (err) { setError(apiErrorText(t, err)); }
  };
  const extend = () => {
    const closesAt = amsterdamToIso(date, time);
    if (!closesAt) { setError(t('consultation.open.badDate')); return; }
    void run(() => consultationAdminCommands.update(workshopId, { closesAt }), t('consultation.dashboard.extended'));
  };
  const download = async () => {
    setError(null);
    try {
      const links = await consultationAdminCommands.links(workshopId);
      downloadBlob('consultatie-links.csv', new Blob([links.csv], { type: 'text/csv;charset=utf-8' }));
    } catch (err) { setError(apiErrorText(t, err)); }
  };
  const passages = Object.entries(perPassage).sort(([, a], [, b]) => b - a);

  return (
    <div className="consult-dashboard">
      <Paragraph className="consult-dashboard__state" role="status">
        {open ? t('consultation.dashboard.openUntil', { date: amsterdamDateTime(meta.closesAt, i18n.language) }) : t('consultation.dashboard.closed', { date: amsterdamDateTime(meta.closesAt, i18n.language) })}
      </Paragraph>
      <Paragraph className="consult-progress"><strong>{t('consultation.progress', { answered: progress.answered, total: progress.total })}</strong></Paragraph>
      <div className="button-row">
        <AppLink href={consultationProcessingPath(workshopId)}>{t('consultation.dashboard.toProcessing')}</AppLink>
        <AppLink href={reactienotaPath(workshopId)}>{t('consultation.dashboard.toNota')}</AppLink>
      </div>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}

      <section aria-labelledby="per-rol">
        <Heading level={2} id="per-rol">{t('consultation.dashboard.perRoleTitle')}</Heading>
        <table className="consult-table">
          <caption className="visually-hidden">{t('consultation.dashboard.perRoleCaption')}</caption>
          <thead><tr><th scope="col">{t('consultation.dashboard.category')}</th><th scope="col">{t('consultation.dashboard.invited')}</th><th scope="col">{t('consultation.dashboard.opened')}</th><th scope="col">{t('consultation.dashboard.commented')}</th></tr></thead>
          <tbody>
            {ROLE_CATEGORIES.map((c) => (
              <tr key={c}><th scope="row">{t(`consultation.category.${c}`)}</th><td>{perCategory[c]?.invited ?? 0}</td><td>{perCategory[c]?.opened ?? 0}</td><td>{perCategory[c]?.commented ?? 0}</td></tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="per-passage">
        <Heading level={2} id="per-passage">{t('consultation.dashboard.perPassageTitle')}</Heading>
        {passages.length === 0 ? <Paragraph>{t('consultation.dashboard.noComments')}</Paragraph> : (
          <ul className="consult-per-passage">
            {passages.map(([id, count]) => (
              <li key={id}><span className="consult-per-passage__count">{t('consultation.passage.count', { count })}</span> {id ? `“${shorten(passageText(id) || id)}”` : t('consultation.dashboard.general')}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="links">
        <Heading level={2} id="links">{t('consultation.dashboard.linksTitle')}</Heading>
        <Paragraph>{t('consultation.dashboard.linksIntro', { count: dashboard.people.length })}</Paragraph>
        <div className="button-row">
          <Button appearance="secondary-action-button" onClick={() => void download()}>{t('consultation.dashboard.downloadCsv')}</Button>
          <AppLink href={consultationCardsPath(workshopId)}>{t('consultation.dashboard.toCards')}</AppLink>
        </div>
      </section>

      <section aria-labelledby="termijn">
        <Heading level={2} id="termijn">{t('consultation.dashboard.deadlineTitle')}</Heading>
        <fieldset className="consult-open__closes">
          <legend>{t('consultation.dashboard.newDeadline')}</legend>
          <TextField id="verleng-datum" type="date" label={t('consultation.open.date')} value={date} onValueChange={setDate} />
          <TextField id="verleng-tijd" type="time" label={t('consultation.open.time')} value={time} onValueChange={setTime} />
        </fieldset>
        <div className="button-row">
          <Button appearance="secondary-action-button" onClick={extend}>{t('consultation.dashboard.extend')}</Button>
          {open ? (
            <ConfirmAction
              label={t('consultation.dashboard.closeNow')}
              question={t('consultation.dashboard.closeQuestion')}
              confirmLabel={t('consultation.dashboard.closeConfirm')}
              onConfirm={() => run(() => consultationAdminCommands.update(workshopId, { closeNow: true }), t('consultation.dashboard.closedNow'))}
            />
          ) : null}
        </div>
      </section>

      <ConsultationPeopleSection workshopId={workshopId} people={dashboard.people} onChanged={onReload} />
    </div>
  );
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}
