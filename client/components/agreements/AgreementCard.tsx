// SPDX-License-Identifier: EUPL-1.2
/**
 * One agreement in the register: number, status, text, owning groups, the next review moment
 * (an overdue one says "Te laat" in words and with a marker, not by colour only), the latest
 * progress, its sources and its history; below, the actions this person may take.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from '@utrecht/component-library-react';
import type { AuthorNames } from '../../../shared/api.js';
import type { AgreementRights } from '../../../shared/apiAgreements.js';
import { latestState, nextReview } from '../../../shared/agreementReview.js';
import type { RegisterEntry } from '../../../shared/agreementsDoc.js';
import { deleteAgreement } from '../../stores/agreementCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { ConfirmAction } from '../ConfirmAction.js';
import { AgreementForm } from './AgreementForm.js';
import { AgreementHistory } from './AgreementHistory.js';
import { AgreementSources } from './AgreementSources.js';
import { IntervisieForm } from './IntervisieForm.js';
import { ProgressForm } from './ProgressForm.js';
import { dayText, ownersText } from './agreementText.js';

/** Props of an agreement card. */
export interface AgreementCardProps {
  workshopId: string;
  entry: RegisterEntry;
  rights: AgreementRights | null;
  names: AuthorNames;
  /** Today as `YYYY-MM-DD` (Dutch calendar day). */
  today: string;
}

/** The card. */
export function AgreementCard({ workshopId, entry, rights, names, today }: AgreementCardProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const next = nextReview(entry, today);
  const state = latestState(entry.progress);
  const headingId = `afspraak-${entry.id}`;
  const facilitator = rights?.facilitator === true;
  const owning = rights?.roleGroup ? entry.owners.includes(rights.roleGroup) : false;
  return (
    <article className={`agreement${next?.overdue ? ' agreement--overdue' : ''}`} aria-labelledby={headingId}>
      <div className="agreement__top">
        <Heading level={3} id={headingId} className="agreement__number">{t('agreements.number', { number: entry.number })}</Heading>
        <span className={`agreement__status agreement__status--${entry.status}`}>{t(`agreements.status.${entry.status}`)}</span>
      </div>
      <p className="agreement__text">{entry.text}</p>
      <ul className="agreement__facts">
        <li>{t('agreements.owners', { owners: ownersText(t, entry.owners) })}</li>
        <li className={next?.overdue ? 'agreement__review agreement__review--overdue' : 'agreement__review'}>
          {next?.overdue ? <span className="agreement__overdue-mark" aria-hidden="true">!</span> : null}
          {next ? t(next.overdue ? 'agreements.overdue' : 'agreements.nextReview', { date: dayText(next.date, i18n.language) }) : t('agreements.noReview')}
        </li>
        <li className={`agreement__state${state ? ` agreement__state--${state}` : ''}`}>
          {state ? t('agreements.latest', { state: t(`agreements.state.${state}`) }) : t('agreements.latestNone')}
        </li>
      </ul>
      <AgreementSources sources={entry.sources} headingId={`${headingId}-bronnen`} />
      <AgreementHistory entry={entry} names={names} />
      <div className="agreement__actions">
        {facilitator || owning ? <ProgressForm workshopId={workshopId} entry={entry} hint={owning ? t('agreements.progress.yourGroup') : undefined} /> : null}
        {facilitator || rights?.teamLeader ? <IntervisieForm workshopId={workshopId} entry={entry} /> : null}
        {facilitator ? (
          <>
            <Button appearance="secondary-action-button" aria-expanded={editing} onClick={() => setEditing((e) => !e)} aria-label={t('agreements.form.editLabel', { number: entry.number })}>
              {t('agreements.form.edit')}
            </Button>
            <ConfirmAction
              label={t('agreements.form.delete')} accessibleLabel={t('agreements.form.deleteLabel', { number: entry.number })}
              question={t('agreements.form.deleteQuestion', { number: entry.number })} confirmLabel={t('agreements.form.deleteConfirm')}
              onConfirm={async () => { await deleteAgreement(workshopId, entry.id); announce(t('agreements.form.deleted', { number: entry.number })); }}
            />
          </>
        ) : null}
      </div>
      {facilitator && editing ? <AgreementForm key={entry.updatedAt} workshopId={workshopId} agreement={entry} onDone={() => setEditing(false)} /> : null}
    </article>
  );
}
