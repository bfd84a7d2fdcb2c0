// SPDX-License-Identifier: EUPL-1.2
/** Shows or hides the QR code of a join link (to scan with a phone), as a disclosure button. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDataURL } from 'qrcode';
import { Button } from '@utrecht/component-library-react';

/** Props of the QR code toggle. */
export interface QrCodeToggleProps { link: string; name: string }

/** A QR code disclosure. */
export function QrCodeToggle({ link, name }: QrCodeToggleProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open || image) return;
    let cancelled = false;
    toDataURL(link, { margin: 1, width: 200, errorCorrectionLevel: 'M' })
      .then((url) => { if (!cancelled) setImage(url); })
      .catch(() => undefined);
    return () => { cancelled = true; };
  }, [open, image, link]);
  useEffect(() => setImage(null), [link]);
  return (
    <span className="qr-toggle">
      <Button appearance="subtle-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('facilitator.showQr')}<span className="visually-hidden"> {name}</span>
      </Button>
      <span id={panelId} className="qr-toggle__panel" hidden={!open}>
        {open && image ? <img src={image} width={160} height={160} alt={t('facilitator.qrAlt', { name })} /> : null}
      </span>
    </span>
  );
}
