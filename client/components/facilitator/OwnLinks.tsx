// SPDX-License-Identifier: EUPL-1.2
/** "Jouw links": the facilitator's way into each group room (by the group's name), and their personal join link for another device. */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { groupPath } from '../../routes/routePaths.js';
import { AppLink } from '../AppLink.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { CopyLinkButton } from './CopyLinkButton.js';

/** Props of the own-links section. */
export interface OwnLinksProps { workshopId: string; facilitatorLink: string | null; canOpenRooms: boolean }

/** The facilitator's own links. */
export function OwnLinks({ workshopId, facilitatorLink, canOpenRooms }: OwnLinksProps) {
  const { t } = useTranslation();
  const groupLabelOf = useGroupLabel(workshopId);
  return (
    <section className="facilitator-section" aria-labelledby="links-titel" id="links">
      <Heading level={2} id="links-titel">{t('facilitator.ownLinksTitle')}</Heading>
      {canOpenRooms ? (
        <>
          <Paragraph>{t('facilitator.ownLinksIntro')}</Paragraph>
          <ul className="own-links">
            {Array.from({ length: GROUP_COUNT }, (_, i) => i + 1).map((g) => (
              <li key={g}><AppLink href={groupPath(workshopId, g)}>{t('facilitator.openGroup', { group: groupLabelOf(g) })}</AppLink></li>
            ))}
          </ul>
        </>
      ) : null}
      {facilitatorLink ? (
        <>
          <Paragraph>{t('facilitator.ownLink')}</Paragraph>
          <CopyLinkButton
            link={facilitatorLink}
            label={t('facilitator.copyOwnLink')}
            announcement={t('facilitator.ownLinkCopied')}
            fieldLabel={t('facilitator.ownLink')}
          />
        </>
      ) : null}
    </section>
  );
}
