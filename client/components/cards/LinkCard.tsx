// SPDX-License-Identifier: EUPL-1.2
/**
 * One printable link card: name, role, group (by its name), the personal QR code and a short instruction in
 * plain Dutch, with the link written out for typing. On screen it also offers "Nieuwe link maken".
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../shared/api.js';
import { RenewLinkButton } from '../facilitator/RenewLinkButton.js';
import { useGroupLabel } from '../../stores/groupNameHooks.js';
import { qrImageSource } from './qrSvg.js';

/** Props of a link card. */
export interface LinkCardProps { participant: ParticipantView; gemeente: string }

/** A link card. */
export function LinkCard({ participant, gemeente }: LinkCardProps) {
  const { t } = useTranslation();
  const groupLabelOf = useGroupLabel();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setImage(null);
    qrImageSource(participant.link).then((src) => { if (!cancelled) setImage(src); }, () => undefined);
    return () => { cancelled = true; };
  }, [participant.link]);
  const headingId = `kaart-${participant.id}`;
  return (
    <article className="link-card" aria-labelledby={headingId}>
      <div className="link-card__text">
        <p className="link-card__gemeente">{gemeente}</p>
        <h2 id={headingId} className="link-card__name">{participant.name}</h2>
        <p className="link-card__role">
          {t(`role.${participant.role}`)}
          {participant.role !== 'facilitator' ? <> · {participant.group ? groupLabelOf(participant.group) : t('cards.noGroup')}</> : null}
        </p>
        <p className="link-card__instruction">{t('cards.instruction')}</p>
      </div>
      <div className="link-card__qr">
        {image ? <img src={image} width={132} height={132} alt={t('cards.qrAlt', { name: participant.name })} /> : null}
      </div>
      <p className="link-card__link">{participant.link}</p>
      <div className="link-card__actions no-print">
        <RenewLinkButton participant={participant} />
      </div>
    </article>
  );
}
