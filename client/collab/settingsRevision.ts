// SPDX-License-Identifier: EUPL-1.2
/**
 * When a screen must reload its workshop's settings, from the live document's `settingsRevision`
 * (shared/liveDoc.ts): whenever it differs from the revision this tab last acted on, and at the
 * first sight of a raised revision (the settings may have changed between loading /api/me and the
 * live document arriving). Pure, so the rule is tested apart from React and the sockets.
 */

/** Whether to reload, given the revision this tab knew (undefined: none yet) and the one the live document shows. */
export function settingsReloadNeeded(known: number | undefined, seen: number): boolean {
  return known === undefined ? seen > 0 : known !== seen;
}

/** The revision this tab last acted on, per workshop (kept across screens, so moving between them reloads nothing). */
export class SettingsRevisions {
  private readonly known = new Map<string, number>();

  /** Notes the revision the live document shows; answers whether the settings must be reloaded. */
  see(workshopId: string, seen: number): boolean {
    const known = this.known.get(workshopId);
    this.known.set(workshopId, seen);
    return settingsReloadNeeded(known, seen);
  }
}
