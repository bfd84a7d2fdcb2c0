// SPDX-License-Identifier: EUPL-1.2
/**
 * The flush window shared by the document store implementations: appended updates wait here and
 * are handed to the implementation's `write` together, once per window. A failed write keeps the
 * updates (in order, before newer ones), starts a failure episode and retries with backoff; the
 * episode is logged once when it starts (with the document names), again only for documents that
 * join it, and once when a write succeeds again.
 */
import { createLog, type Log } from '../log.js';
import { DocStoreWriteError, type DocStoreHealth } from './docStore.js';

/** One appended update, with the id the store gave it. */
export interface PendingUpdate { id: number; docName: string; data: Uint8Array }

/** Settings of the flush window. */
export interface PendingWritesOptions {
  /** Milliseconds an update may wait before it is written (STIP_FLUSH_MS). */
  windowMs: number;
  /** Longest wait between retries of a failing write (default 2 000). */
  maxRetryMs?: number;
  /** Writes all rows in one go (one transaction) or throws, writing none. */
  write(rows: PendingUpdate[]): void;
  /** Where failures and recoveries are logged (default: errors to stderr). */
  log?: Log;
  /** Told after each successful write: how long it took and how many updates it wrote (/metrics). */
  onWritten?(ms: number, updates: number): void;
}

interface Episode { since: number; attempts: number; error: string; documents: Set<string> }

const DEFAULT_MAX_RETRY_MS = 2_000;

/** Updates appended but not yet written, and the timer that writes them. */
export class PendingWrites {
  private rows: PendingUpdate[] = [];
  private timer: NodeJS.Timeout | null = null;
  private episode: Episode | null = null;
  private stopped = false;
  private readonly log: Log;

  constructor(private readonly options: PendingWritesOptions) {
    this.log = options.log ?? createLog({ quiet: true });
  }

  /** Keeps an update and makes sure it is written within the window (or at the next retry). */
  add(row: PendingUpdate): void {
    this.rows.push(row);
    this.arm(this.options.windowMs);
  }

  /** The document's unwritten updates, in id order. */
  of(docName: string): PendingUpdate[] {
    return this.rows.filter((row) => row.docName === docName);
  }

  /** True when an update of the document with id ≤ upToId is still unwritten. */
  holdsUpTo(docName: string, upToId: number): boolean {
    return this.rows.some((row) => row.docName === docName && row.id <= upToId);
  }

  /** Forgets the document's unwritten updates (the document is deleted). */
  drop(docName: string): void {
    this.rows = this.rows.filter((row) => row.docName !== docName);
  }

  /** Writes every kept update now; throws DocStoreWriteError (keeping them, retry armed) when that fails. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.rows;
    if (rows.length === 0) return this.recovered(0);
    this.rows = [];
    const started = performance.now();
    try {
      this.options.write(rows);
    } catch (err) {
      this.rows = rows.concat(this.rows);
      this.failed(rows, err);
      throw new DocStoreWriteError(documentsOf(this.rows), err);
    }
    this.options.onWritten?.(performance.now() - started, rows.length);
    this.recovered(rows.length);
  }

  /** Whether the last write succeeded, and what is waiting if not. */
  health(): DocStoreHealth {
    if (!this.episode) return { state: 'ok' };
    return { state: 'failing', since: this.episode.since, unwrittenUpdates: this.rows.length, documents: documentsOf(this.rows), error: this.episode.error };
  }

  /** Stops the timers; what is still kept is not written any more. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(delayMs: number): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.flush();
      } catch {
        // Logged by failed(); the retry is armed.
      }
    }, delayMs);
  }

  private failed(rows: PendingUpdate[], err: unknown): void {
    const error = err instanceof Error ? err.message : String(err);
    const names = documentsOf(rows);
    const known = this.episode?.documents ?? new Set<string>();
    const joined = names.filter((name) => !known.has(name));
    if (!this.episode) this.episode = { since: Date.now(), attempts: 0, error, documents: known };
    this.episode.attempts++;
    this.episode.error = error;
    for (const name of joined) known.add(name);
    if (joined.length > 0) this.log.error('store.write-failed', { documents: joined.join(','), updates: rows.length, error });
    const backoff = this.options.windowMs * 2 ** this.episode.attempts;
    this.arm(Math.max(10, Math.min(backoff, this.options.maxRetryMs ?? DEFAULT_MAX_RETRY_MS)));
  }

  private recovered(written: number): void {
    const episode = this.episode;
    if (!episode) return;
    this.episode = null;
    this.log.info('store.write-recovered', { documents: [...episode.documents].join(','), updates: written, attempts: episode.attempts, failedMs: Date.now() - episode.since });
  }
}

function documentsOf(rows: PendingUpdate[]): string[] {
  return [...new Set(rows.map((row) => row.docName))];
}
