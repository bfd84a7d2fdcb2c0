// SPDX-License-Identifier: EUPL-1.2
/**
 * The daily retention sweep of a running server: deletes every expired workshop (retentionPolicy)
 * whose agreements are not in use either (agreementsRetention) with workshopDeleter, so open
 * sockets close and rooms are dropped. Runs once shortly after start
 * and then every `intervalMs` (a day); its timers never keep the process alive.
 *
 * Several instances on one PostgreSQL share the workshops: each run first takes the job lease
 * `retention` (ctx.stores.jobs) for one interval, so one instance sweeps per interval for all of
 * them (renewing it at its next run) and another takes over once that lease lapses. No fencing: a
 * sweep takes seconds, the lease a day. On SQLite (one instance) the lease is always granted.
 */
import { agreementsLastActivity } from './agreementsRetention.js';
import { expiredWorkshops } from './retentionPolicy.js';
import type { ServiceContext } from '../serviceContext.js';
import { deleteWorkshop } from './workshopDeleter.js';

/** Settings of the sweep. */
export interface RetentionSweepOptions {
  ctx: ServiceContext;
  days: number;
  /** Milliseconds between sweeps (default one day). */
  intervalMs?: number;
  /** Milliseconds before the first sweep (default 0: right after start). */
  firstAfterMs?: number;
}

/** Deletes every expired workshop now, logging to ctx.log; returns their ids. */
export async function sweepRetention(ctx: ServiceContext, days: number): Promise<string[]> {
  const log = ctx.log;
  const deleted: string[] = [];
  const cutoff = ctx.now() - days * 24 * 3600_000;
  for (const w of await expiredWorkshops(ctx, days)) {
    try {
      if (await agreementsLastActivity(ctx, w.id) >= cutoff) continue;
      await deleteWorkshop(ctx, w.id, 'system');
      deleted.push(w.id);
    } catch (err) {
      log.error('retention.delete-failed', { error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (deleted.length > 0) log.info('retention.swept', { deleted: deleted.length, days });
  return deleted;
}

/** The name of the retention sweep's job lease. */
const RETENTION_JOB = 'retention';

/** Sweeps when this instance holds the retention lease (taken or renewed for `leaseMs`); null when another instance holds it. */
export async function sweepRetentionUnderLease(ctx: ServiceContext, days: number, leaseMs: number): Promise<string[] | null> {
  if (!(await ctx.stores.jobs.acquire(RETENTION_JOB, leaseMs))) {
    ctx.log.info('retention.held-elsewhere', { days });
    return null;
  }
  return sweepRetention(ctx, days);
}

/** Starts the sweep; returns the function that stops it. */
export function startRetentionSweep(options: RetentionSweepOptions): () => void {
  let running: Promise<unknown> | null = null;
  const intervalMs = options.intervalMs ?? 24 * 3600_000;
  const run = () => {
    running ??= sweepRetentionUnderLease(options.ctx, options.days, intervalMs)
      .catch((err) => options.ctx.log.error('retention.sweep-failed', { error: err instanceof Error ? err.message : String(err) }))
      .finally(() => { running = null; });
  };
  const first = setTimeout(run, options.firstAfterMs ?? 0);
  const every = setInterval(run, intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
