// SPDX-License-Identifier: EUPL-1.2
/** "Privacy en verantwoording" on the facilitator page: one sentence and the way to the privacy page. */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../AppLink.js';
import { privacyPath } from '../../routes/routePaths.js';

/** The privacy section of the facilitator page. */
export function PrivacySummary({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <section className="facilitator-section" aria-labelledby="privacy-titel" id="privacy">
      <Heading level={2} id="privacy-titel">{t('privacy.title')}</Heading>
      <Paragraph>{t('privacy.summary')}</Paragraph>
      <Paragraph><AppLink href={privacyPath(workshopId)}>{t('privacy.openPage')}</AppLink></Paragraph>
    </section>
  );
}
