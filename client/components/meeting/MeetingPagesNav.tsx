/** The facilitator's pages for a meeting, as one navigation: regie, cockpit, merge view, plenary screen, link cards, privacy. */
import { useTranslation } from 'react-i18next';
import { AppLink } from '../AppLink.js';
import { cockpitPath, facilitatorPath, linkCardsPath, mergePath, plenaryPath, privacyPath } from '../../routes/routePaths.js';
import { consultationAdminPath } from '../../routes/consultationPaths.js';

/** Which of the pages is shown now. */
export type MeetingPage = 'facilitator' | 'cockpit' | 'merge' | 'plenary' | 'linkCards' | 'privacy' | 'consultation';

/** The navigation between the facilitator's pages. */
export function MeetingPagesNav({ workshopId, current }: { workshopId: string; current?: MeetingPage }) {
  const { t } = useTranslation();
  const pages: { page: MeetingPage; href: string; label: string }[] = [
    { page: 'facilitator', href: facilitatorPath(workshopId), label: t('meetingLinks.facilitator') },
    { page: 'cockpit', href: cockpitPath(workshopId), label: t('meetingLinks.cockpit') },
    { page: 'merge', href: mergePath(workshopId), label: t('meetingLinks.merge') },
    { page: 'plenary', href: plenaryPath(workshopId), label: t('meetingLinks.plenary') },
    { page: 'linkCards', href: linkCardsPath(workshopId), label: t('meetingLinks.cards') },
    { page: 'privacy', href: privacyPath(workshopId), label: t('meetingLinks.privacy') },
    { page: 'consultation', href: consultationAdminPath(workshopId), label: t('consultation.nav.dashboard') },
  ];
  return (
    <nav className="page-nav" aria-label={t('meetingLinks.nav')}>
      <ul className="page-nav__links">
        {pages.map((p) => (
          <li key={p.page}>
            <AppLink href={p.href} aria-current={p.page === current ? 'page' : undefined}>{p.label}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
