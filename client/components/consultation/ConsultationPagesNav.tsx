// SPDX-License-Identifier: EUPL-1.2
/** The facilitator's consultation pages as one navigation: back to regie, the dashboard, processing, the reactienota. */
import { useTranslation } from 'react-i18next';
import { PageNav } from '../PageNav.js';
import { facilitatorPath } from '../../routes/routePaths.js';
import { consultationAdminPath, consultationProcessingPath, reactienotaPath } from '../../routes/consultationPaths.js';

/** Which consultation page is shown now. */
type ConsultationPage = 'dashboard' | 'processing' | 'reactienota' | 'other';

/** The navigation between the consultation pages. */
export function ConsultationPagesNav({ workshopId, current }: { workshopId: string; current: ConsultationPage }) {
  const { t } = useTranslation();
  const pages: { page: ConsultationPage | 'facilitator'; href: string; label: string }[] = [
    { page: 'facilitator', href: facilitatorPath(workshopId), label: t('meetingLinks.facilitator') },
    { page: 'dashboard', href: consultationAdminPath(workshopId), label: t('consultation.nav.dashboard') },
    { page: 'processing', href: consultationProcessingPath(workshopId), label: t('consultation.nav.processing') },
    { page: 'reactienota', href: reactienotaPath(workshopId), label: t('consultation.nav.reactienota') },
  ];
  return <PageNav label={t('consultation.nav.label')} links={pages} current={current} />;
}
