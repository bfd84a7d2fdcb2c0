// SPDX-License-Identifier: EUPL-1.2
/** "Bijeenkomst leiden" (facilitator page): the way to the cockpit, the merge view, the plenary screen and the printable link cards. */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { cockpitPath, linkCardsPath, mergePath, plenaryPath } from '../../routes/routePaths.js';
import { AppLink } from '../AppLink.js';

/** The meeting links of the facilitator page. */
export function MeetingLinks({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <section className="facilitator-section" aria-labelledby="bijeenkomst-titel" id="bijeenkomst">
      <Heading level={2} id="bijeenkomst-titel">{t('meetingLinks.title')}</Heading>
      <Paragraph>{t('meetingLinks.intro')}</Paragraph>
      <ul className="own-links">
        <li><AppLink href={cockpitPath(workshopId)}>{t('meetingLinks.cockpit')}</AppLink></li>
        <li><AppLink href={mergePath(workshopId)}>{t('meetingLinks.merge')}</AppLink></li>
        <li><AppLink href={plenaryPath(workshopId)}>{t('meetingLinks.plenary')}</AppLink></li>
        <li><AppLink href={linkCardsPath(workshopId)}>{t('meetingLinks.cards')}</AppLink></li>
      </ul>
    </section>
  );
}
