// SPDX-License-Identifier: EUPL-1.2
/**
 * The agreements on the plenary screen (meeting 2's view "Afspraken", chosen in the cockpit): each
 * agreement with its number, status, text, owning groups, next review moment (an overdue one says
 * "Te laat" in words and with a marker) and how it goes, live from the register. No personal
 * controls; on the beamer (`fit`) the list fits or pages by itself (FitOrPage).
 */
import './agreements.css';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { dutchToday, latestState, nextReview } from '../../../shared/agreementReview.js';
import type { RegisterEntry } from '../../../shared/agreementsDoc.js';
import { useRegister } from '../../collab/agreementsHooks.js';
import { FitOrPage } from '../plenary/FitOrPage.js';
import { dayText, ownersText } from './agreementText.js';

function ScreenAgreement({ entry, today }: { entry: RegisterEntry; today: string }) {
  const { t, i18n } = useTranslation();
  const next = nextReview(entry, today);
  const state = latestState(entry.progress);
  return (
    <li className={`screen-agreement${next?.overdue ? ' screen-agreement--overdue' : ''}`}>
      <div className="screen-agreement__top">
        <span className="screen-agreement__number">{t('agreements.number', { number: entry.number })}</span>
        <span className={`agreement__status agreement__status--${entry.status}`}>{t(`agreements.status.${entry.status}`)}</span>
      </div>
      <p className="screen-agreement__text">{entry.text}</p>
      <div className="screen-agreement__facts">
        <span>{t('agreements.owners', { owners: ownersText(t, entry.owners) })}</span>
        <span className={next?.overdue ? 'screen-agreement__review screen-agreement__review--overdue' : 'screen-agreement__review'}>
          {next?.overdue ? <span className="agreement__overdue-mark" aria-hidden="true">!</span> : null}
          {next ? t(next.overdue ? 'agreements.overdue' : 'agreements.nextReview', { date: dayText(next.date, i18n.language) }) : t('agreements.noReview')}
        </span>
        <span>{state ? t('agreements.latest', { state: t(`agreements.state.${state}`) }) : t('agreements.latestNone')}</span>
      </div>
    </li>
  );
}

/** The register as the room sees it. */
export function AgreementsOnScreen({ workshopId, fit = false }: { workshopId: string; fit?: boolean }) {
  const { t } = useTranslation();
  const { register, ready } = useRegister(workshopId);
  const today = dutchToday(Date.now());
  const list = (
    <ol className="screen-agreements" aria-labelledby="scherm-afspraken-titel">
      {register.agreements.map((entry) => <ScreenAgreement key={entry.id} entry={entry} today={today} />)}
    </ol>
  );
  return (
    <section className={`screen-agreements-view${fit ? ' plenary-view--fit' : ''}`} aria-labelledby="scherm-afspraken-titel">
      <Heading level={2} id="scherm-afspraken-titel" className="screen-agreements-view__title">{t('agreements.title')}</Heading>
      {!ready ? <Paragraph>{t('agreements.loading')}</Paragraph> : null}
      {ready && register.agreements.length === 0 ? <Paragraph>{t('agreements.empty')}</Paragraph> : null}
      {register.agreements.length > 0 ? (fit ? <FitOrPage label={t('m2Agreement.pagingLabel')} className="fit-page--agreements">{list}</FitOrPage> : list) : null}
    </section>
  );
}
