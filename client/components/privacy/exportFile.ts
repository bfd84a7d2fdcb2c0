// SPDX-License-Identifier: EUPL-1.2
/**
 * The export as a file on the facilitator's device: its name (`stip-<gemeente>-<yyyy-mm-dd>.json`)
 * and the download itself, through a Blob and an object URL (no inline script, no new window).
 */
import { downloadBlob } from '../fileDownload.js';

/** The gemeente's name made safe for a file name: lower case, no accents, words joined by '-'. */
export function gemeenteSlug(gemeente: string): string {
  const slug = gemeente.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'workshop';
}

/** The local date as yyyy-mm-dd. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file name of an export made on `date` ("stip-middelstad-2026-05-03.json"). */
export function exportFileName(gemeente: string, date: Date): string {
  return `stip-${gemeenteSlug(gemeente)}-${localDate(date)}.json`;
}


/** Saves `data` as a JSON file with that name, through the browser's download. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}
