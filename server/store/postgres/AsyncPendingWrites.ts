// SPDX-License-Identifier: EUPL-1.2
/**
 * The flush window for a store whose writes are asynchronous (PostgreSQL): the same promises as
 * PendingWrites (appends wait at most one window and are written together; a failed write keeps
 * them, in order, and retries with backoff; one log line when a failure episode starts or a
 * document joins it, one when a write succeeds again), plus what asynchrony adds: one write at a
 * time, and the updates being written stay visible to loads until they are written.
 */
import { createLog, type Log } from '../../log.js';
import { DocStoreWriteError, type DocStoreHealth } from '../docStore.js';
import type { PendingUpdate } from '../PendingWrites.js';

/** Settings of the asynchronous flush window. */
export interface AsyncPendingWritesOptions {
  windowMs: number;
  maxRetryMs?: number;
  /** Writes all rows in one transaction, or rejects having written none. */
  write(rows: PendingUpdate[]): Promise<void>;
  log?: Log;
  onWritten?(ms: number, updates: number): void;
}

interface Episode { since: number; attempts: number; error: string; documents: Set<string> }

const DEFAULT_MAX_RETRY_MS = 2_000;

/** Updates appended but not yet written, the one write under way, and the timer. */
export class AsyncPendingWrites {
  private rows: PendingUpdate[] = [];
  private writing: PendingUpdate[] = [];
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private episode: Episode | null = null;
  private stopped = false;
  private readonly log: Log;

  constructor(private readonly options: AsyncPendingWritesOptions) {
    this.log = options.log ?? createLog({ quiet: true });
  }

  add(row: PendingUpdate): void {
    this.rows.push(row);
    this.arm(this.options.windowMs);
  }

  /** The document's unwritten updates (being written included), in id order. */
  of(docName: string): PendingUpdate[] {
    return [...this.writing, ...this.rows].filter((row) => row.docName === docName);
  }

  holdsUpTo(docName: string, upToId: number): boolean {
    return this.of(docName).some((row) => row.id <= upToId);
  }

  /** Resolves once no write is under way (its rows are then written or kept again). */
  async settled(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  drop(docName: string): void {
    this.rows = this.rows.filter((row) => row.docName !== docName);
  }

  /** Waits for the write under way, then writes every kept update; rejects with DocStoreWriteError when that fails. */
  async flush(): Promise<void> {
    // Again after each wait: another flush that waited for the same write may have started the next one.
    while (this.running) await this.settled();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.rows;
    if (rows.length === 0) return this.recovered(0);
    this.rows = [];
    this.writing = rows;
    const started = performance.now();
    const run = this.options.write(rows);
    this.running = run;
    try {
      await run;
    } catch (err) {
      this.rows = rows.concat(this.rows);
      this.failed(rows, err);
      throw new DocStoreWriteError(documentsOf(this.rows), err);
    } finally {
      this.writing = [];
      this.running = null;
    }
    this.options.onWritten?.(performance.now() - started, rows.length);
    this.recovered(rows.length);
  }

  health(): DocStoreHealth {
    if (!this.episode) return { state: 'ok' };
    const unwritten = this.writing.length + this.rows.length;
    return { state: 'failing', since: this.episode.since, unwrittenUpdates: unwritten, documents: documentsOf([...this.writing, ...this.rows]), error: this.episode.error };
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(delayMs: number): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined); // logged by failed(); the retry is armed
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
