// SPDX-License-Identifier: EUPL-1.2
/**
 * The retention rule (STIP_RETENTION_DAYS): a workshop expires when its last activity date, the
 * latest of its meeting dates (end of that day, UTC) and its creation, lies more than the
 * retention period in the past.
 */
import type { WorkshopRecord } from '../../store/workshopStore.js';
import type { ServiceContext } from '../serviceContext.js';

const DAY_MS = 24 * 3600_000;

/** A workshop that the retention rule would delete. */
export interface ExpiredWorkshop { id: string; gemeente: string; title: string; lastActivity: number }

/** Epoch ms of the end of a 'YYYY-MM-DD' day (UTC), or null for a missing or bad date. */
function endOfDay(date: string | null): number | null {
  if (!date) return null;
  const ms = Date.parse(`${date}T23:59:59.999Z`);
  return Number.isFinite(ms) ? ms : null;
}

/** The workshop's last activity: its latest meeting day or its creation, whichever is later. */
function lastActivity(w: WorkshopRecord): number {
  return Math.max(w.createdAt, endOfDay(w.meeting1) ?? 0, endOfDay(w.meeting2) ?? 0);
}

/** Every workshop whose last activity is more than `days` days before `now`, oldest first. */
export async function expiredWorkshops(ctx: ServiceContext, days: number, now: number = ctx.now()): Promise<ExpiredWorkshop[]> {
  const cutoff = now - days * DAY_MS;
  return (await ctx.stores.workshops.listWorkshops())
    .map((w) => ({ id: w.id, gemeente: w.gemeente, title: w.title, lastActivity: lastActivity(w) }))
    .filter((w) => w.lastActivity < cutoff)
    .sort((a, b) => a.lastActivity - b.lastActivity);
}
