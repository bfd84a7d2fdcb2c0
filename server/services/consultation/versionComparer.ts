// SPDX-License-Identifier: EUPL-1.2
/** Compares two frozen versions of a workshop's vision word by word (shared/versionDiff.ts). */
import type { VersionDiffAnswer } from '../../../shared/apiConsultation.js';
import type { ServiceContext } from '../serviceContext.js';
import { frozenVersion } from './versionReader.js';

/** The comparison, or null when either version does not exist. */
export async function compareVersions(ctx: ServiceContext, workshopId: string, from: number, to: number): Promise<VersionDiffAnswer | null> {
  const { diffVersions } = await import('../../../shared/versionDiff.js');
  const before = await frozenVersion(ctx, workshopId, from);
  const after = await frozenVersion(ctx, workshopId, to);
  return before && after ? diffVersions(before.node, after.node, from, to) : null;
}
