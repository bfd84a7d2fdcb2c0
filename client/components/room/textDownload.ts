// SPDX-License-Identifier: EUPL-1.2
/** Saves a text as a file on the person's device. */
import { downloadBlob } from '../fileDownload.js';

/** Starts the browser's download of `text` as a UTF-8 plain-text file named `fileName`. */
export function downloadText(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'text/plain;charset=utf-8' }));
}
