// SPDX-License-Identifier: EUPL-1.2
/** One printable consultation card: name, role, QR code, the link written out, and until when to react. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationLinksAnswer } from '../../../shared/apiConsultation.js';
import { qrImageSource } from '../cards/qrSvg.js';
import { amsterdamDateTime } from './consultationFormat.js';

/** A card. */
export function ConsultationCard({ card }: { card: ConsultationLinksAnswer['cards'][number] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    qrImageSource(card.link).then((src) => { if (!cancelled) setImage(src); }, () => undefined);
    return () => { cancelled = true; };
  }, [card.link]);
  return (
    <article className="link-card" aria-labelledby={headingId}>
      <div className="link-card__text">
        <h2 id={headingId} className="link-card__name">{card.name}</h2>
        <p className="link-card__role">{t(`role.${card.role}`)}</p>
        <p className="link-card__instruction">{t('consultation.cards.instruction', { date: amsterdamDateTime(card.closesAt, i18n.language) })}</p>
      </div>
      <div className="link-card__qr">
        {image ? <img src={image} width={132} height={132} alt={t('cards.qrAlt', { name: card.name })} /> : null}
      </div>
      <p className="link-card__link">{card.link}</p>
    </article>
  );
}
