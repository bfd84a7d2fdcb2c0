// SPDX-License-Identifier: EUPL-1.2
/** The facilitator's pages for a meeting, as one navigation: regie, cockpit, merge view, plenary screen, link cards, privacy, agreements. */
import { useTranslation } from 'react-i18next';
import { PageNav } from '../PageNav.js';
import { consultationAdminPath } from '../../routes/consultationPaths.js';
import { agreementsPath, cockpitPath, dossierPath, facilitatorPath, linkCardsPath, meeting2SetupPath, mergePath, plenaryPath, privacyPath } from '../../routes/routePaths.js';

/** Which of the pages is shown now. */
export type MeetingPage = 'facilitator' | 'cockpit' | 'merge' | 'plenary' | 'linkCards' | 'privacy' | 'meeting2' | 'agreements' | 'consultation' | 'dossier';

/** The navigation between the facilitator's pages. */
export function MeetingPagesNav({ workshopId, current }: { workshopId: string; current?: MeetingPage }) {
  const { t } = useTranslation();
  const pages: { page: MeetingPage; href: string; label: string }[] = [
    { page: 'facilitator', href: facilitatorPath(workshopId), label: t('meetingLinks.facilitator') },
    { page: 'cockpit', href: cockpitPath(workshopId), label: t('meetingLinks.cockpit') },
    { page: 'merge', href: mergePath(workshopId), label: t('meetingLinks.merge') },
    { page: 'plenary', href: plenaryPath(workshopId), label: t('meetingLinks.plenary') },
    { page: 'linkCards', href: linkCardsPath(workshopId), label: t('meetingLinks.cards') },
    { page: 'meeting2', href: meeting2SetupPath(workshopId), label: t('m2.meeting') },
    { page: 'privacy', href: privacyPath(workshopId), label: t('meetingLinks.privacy') },
    { page: 'consultation', href: consultationAdminPath(workshopId), label: t('consultation.nav.dashboard') },
    { page: 'agreements', href: agreementsPath(workshopId), label: t('agreements.navLink') },
    { page: 'dossier', href: dossierPath(workshopId), label: t('dossier.navLabel') },
  ];
  return <PageNav label={t('meetingLinks.nav')} links={pages} current={current} />;
}
