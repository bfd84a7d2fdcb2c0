// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/consultatie/kaarten`: printable cards with each invited person's personal
 * consultation link (name, role, QR code, the link written out, until when it works). Stip sends no
 * e-mail itself; these cards and the CSV download are how the links reach people.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ConsultationLinksAnswer } from '../../shared/apiConsultation.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { ConsultationPagesNav } from '../components/consultation/ConsultationPagesNav.js';
import { ConsultationCard } from '../components/consultation/ConsultationCard.js';
import { consultationAdminCommands } from '../stores/consultationCommands.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import '../components/consultation/consultation.css';

/** The cards screen. */
export function ConsultationCardsRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{() => <CardsScreen workshopId={workshopId} />}</FacilitatorGate>;
}

function CardsScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<ConsultationLinksAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const title = t('consultation.cards.title');
  useDocumentTitle(title);
  useEffect(() => { consultationAdminCommands.links(workshopId).then(setLinks, setError); }, [workshopId]);
  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} nav={<ConsultationPagesNav workshopId={workshopId} current="other" />} showLogout wide>
      <div className="cards-controls no-print">
        <Paragraph>{t('consultation.cards.intro')}</Paragraph>
        <Button appearance="primary-action-button" disabled={!links?.cards.length} onClick={() => window.print()}>{t('cards.print')}</Button>
      </div>
      {error ? <Alert type="error"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
      {!links && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      <div className="link-cards">
        {(links?.cards ?? []).map((c) => <ConsultationCard key={c.link} card={c} />)}
      </div>
    </PageLayout>
  );
}
