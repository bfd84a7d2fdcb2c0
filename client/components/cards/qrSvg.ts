// SPDX-License-Identifier: EUPL-1.2
/** A join link as a QR code image (SVG as a data URL: sharp when printed, no script, allowed by the CSP). */
import { toString as qrToString } from 'qrcode';

/** The QR code of `link` as an `img` source. */
export async function qrImageSource(link: string): Promise<string> {
  const svg = await qrToString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
