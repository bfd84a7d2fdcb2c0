// SPDX-License-Identifier: EUPL-1.2
/** Saves a Blob as a file on the person's device, through the browser's download (no new window). */

const REVOKE_AFTER_MS = 40_000;

/** Starts the browser's download of `blob` as a file named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Some browsers still read the URL after click() returns: free the memory a little later.
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
