// SPDX-License-Identifier: EUPL-1.2
/**
 * The daily retention sweep of a running server: deletes every expired workshop (retentionPolicy)
 * whose agreements are not in use either (agreementsRetention) with workshopDeleter, so open
 * sockets close and rooms are dropped. Runs once shortly after start
 * and then every `intervalMs` (a day); its timers never keep the process alive.
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

/** Starts the sweep; returns the function that stops it. */
export function startRetentionSweep(options: RetentionSweepOptions): () => void {
  let running: Promise<unknown> | null = null;
  const run = () => {
    running ??= sweepRetention(options.ctx, options.days)
      .catch((err) => options.ctx.log.error('retention.sweep-failed', { error: err instanceof Error ? err.message : String(err) }))
      .finally(() => { running = null; });
  };
  const first = setTimeout(run, options.firstAfterMs ?? 0);
  const every = setInterval(run, options.intervalMs ?? 24 * 3600_000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
