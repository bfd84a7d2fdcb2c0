// SPDX-License-Identifier: EUPL-1.2
/**
 * The finished dossier files on disk: the export process writes each into `<data folder>/exports/`
 * (mode 0600, a random name), the server streams it to the browser and removes it when its job
 * ends (kept ten minutes, failed, or the server stops); files a stopped server left are removed
 * when it starts again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The folder of the finished files in a data folder. */
function exportFolder(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

/** Writes a finished file (readable by the server's user only); returns its path. */
export function writeExportFile(dataDir: string, bytes: Uint8Array): string {
  const folder = exportFolder(dataDir);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, `${crypto.randomBytes(12).toString('hex')}.dossier`);
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    removeExportFile(file);
    throw err;
  }
  return file;
}

/** Removes a finished file (gone already: fine). */
export function removeExportFile(file: string): void {
  fs.rm(file, { force: true }, () => undefined);
}

/** Removes every finished file a stopped server left behind. */
export function removeLeftoverExportFiles(dataDir: string): void {
  fs.rmSync(exportFolder(dataDir), { recursive: true, force: true });
}
