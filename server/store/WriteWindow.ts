// SPDX-License-Identifier: EUPL-1.2
/**
 * The bookkeeping of a flush window, shared by the synchronous one (PendingWrites.ts: SQLite,
 * memory) and the asynchronous one (postgres/AsyncPendingWrites.ts): appended updates wait here
 * and are handed to the store's write together, once per window. A failed write keeps the updates
 * (in order, before newer ones), starts a failure episode and retries with backoff; the episode is
 * logged once when it starts (with the document names), again only for documents that join it,
 * and once when a write succeeds again. Subclasses say how a write runs (`flushOnTimer`).
 */
import { createLog, type Log } from '../log.js';
import { DocStoreWriteError, type DocStoreHealth } from './docStore.js';

/** One appended update, with the id the store gave it. */
export interface PendingUpdate { id: number; docName: string; data: Uint8Array }

/** Settings every flush window has. */
export interface WriteWindowSettings {
  /** Milliseconds an update may wait before it is written (STIP_FLUSH_MS). */
  windowMs: number;
  /** Longest wait between retries of a failing write (default 2 000). */
  maxRetryMs?: number;
  /** Where failures and recoveries are logged (default: errors to stderr). */
  log?: Log;
  /** Told after each successful write: how long it took and how many updates it wrote (/metrics). */
  onWritten?(ms: number, updates: number): void;
}

interface Episode { since: number; attempts: number; error: string; documents: Set<string> }

const DEFAULT_MAX_RETRY_MS = 2_000;

/** Updates appended but not yet written, those being written, the timer and the failure episode. */
export abstract class WriteWindow {
  /** Kept, not yet handed to a write. */
  protected rows: PendingUpdate[] = [];
  /** Handed to a write that has not finished (only an asynchronous write leaves any). */
  protected writing: PendingUpdate[] = [];
  private timer: NodeJS.Timeout | null = null;
  private episode: Episode | null = null;
  private stopped = false;
  private readonly log: Log;

  constructor(private readonly settings: WriteWindowSettings) {
    this.log = settings.log ?? createLog({ quiet: true });
  }

  /** Keeps an update and makes sure it is written within the window (or at the next retry). */
  add(row: PendingUpdate): void {
    this.rows.push(row);
    this.arm(this.settings.windowMs);
  }

  /** The document's unwritten updates (being written included), in id order. */
  of(docName: string): PendingUpdate[] {
    return [...this.writing, ...this.rows].filter((row) => row.docName === docName);
  }

  /** True when an update of the document with id ≤ upToId is still unwritten. */
  holdsUpTo(docName: string, upToId: number): boolean {
    return this.of(docName).some((row) => row.id <= upToId);
  }

  /** Forgets the document's kept updates (the document is deleted). */
  drop(docName: string): void {
    this.rows = this.rows.filter((row) => row.docName !== docName);
  }

  /** Whether the last write succeeded, and what is waiting if not. */
  health(): DocStoreHealth {
    if (!this.episode) return { state: 'ok' };
    const unwritten = [...this.writing, ...this.rows];
    return { state: 'failing', since: this.episode.since, unwrittenUpdates: unwritten.length, documents: documentsOf(unwritten), error: this.episode.error };
  }

  /** Stops the timers; what is still kept is not written any more. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Runs a flush when the window (or a retry's backoff) has passed; failures are logged by `writeFailed`. */
  protected abstract flushOnTimer(): void;

  /** Clears the timer and takes every kept update for a write, or null (nothing to write: a failure episode ends). */
  protected takeRows(): PendingUpdate[] | null {
    this.clearTimer();
    const rows = this.rows;
    if (rows.length === 0) {
      this.recovered(0);
      return null;
    }
    this.rows = [];
    return rows;
  }

  /** A write of these rows succeeded, having started at `started` (performance.now()). */
  protected written(rows: PendingUpdate[], started: number): void {
    this.settings.onWritten?.(performance.now() - started, rows.length);
    this.recovered(rows.length);
  }

  /** A write of these rows failed: keeps them before newer ones, logs, arms the retry; the error to throw. */
  protected writeFailed(rows: PendingUpdate[], err: unknown): DocStoreWriteError {
    this.rows = rows.concat(this.rows);
    const error = err instanceof Error ? err.message : String(err);
    const known = this.episode?.documents ?? new Set<string>();
    const joined = documentsOf(rows).filter((name) => !known.has(name));
    if (!this.episode) this.episode = { since: Date.now(), attempts: 0, error, documents: known };
    this.episode.attempts++;
    this.episode.error = error;
    for (const name of joined) known.add(name);
    if (joined.length > 0) this.log.error('store.write-failed', { documents: joined.join(','), updates: rows.length, error });
    const backoff = this.settings.windowMs * 2 ** this.episode.attempts;
    this.arm(Math.max(10, Math.min(backoff, this.settings.maxRetryMs ?? DEFAULT_MAX_RETRY_MS)));
    return new DocStoreWriteError(documentsOf([...this.writing, ...this.rows]), err);
  }

  private arm(delayMs: number): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushOnTimer();
    }, delayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
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
