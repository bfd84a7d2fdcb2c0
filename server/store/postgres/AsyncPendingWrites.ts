// SPDX-License-Identifier: EUPL-1.2
/**
 * The flush window for a store whose writes are asynchronous (PostgreSQL): the bookkeeping of
 * WriteWindow.ts (appends wait at most one window and are written together; a failed write keeps
 * them, in order, and retries with backoff; one log line when a failure episode starts or a
 * document joins it, one when a write succeeds again), plus what asynchrony adds: one write at a
 * time, and the updates being written stay visible to loads until they are written.
 */
import { WriteWindow, type PendingUpdate, type WriteWindowSettings } from '../WriteWindow.js';

/** Settings of the asynchronous flush window. */
export interface AsyncPendingWritesOptions extends WriteWindowSettings {
  /** Writes all rows in one transaction, or rejects having written none. */
  write(rows: PendingUpdate[]): Promise<void>;
}

/** Updates appended but not yet written, the one write under way, and the timer. */
export class AsyncPendingWrites extends WriteWindow {
  private running: Promise<void> | null = null;

  constructor(private readonly options: AsyncPendingWritesOptions) {
    super(options);
  }

  /** Resolves once no write is under way (its rows are then written or kept again). */
  async settled(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** Waits for the write under way, then writes every kept update; rejects with DocStoreWriteError when that fails. */
  async flush(): Promise<void> {
    // Again after each wait: another flush that waited for the same write may have started the next one.
    while (this.running) await this.settled();
    const rows = this.takeRows();
    if (!rows) return;
    this.writing = rows;
    const started = performance.now();
    const run = this.options.write(rows);
    this.running = run;
    try {
      await run;
    } catch (err) {
      throw this.writeFailed(rows, err);
    } finally {
      this.writing = [];
      this.running = null;
    }
    this.written(rows, started);
  }

  protected flushOnTimer(): void {
    this.flush().catch(() => undefined); // logged by writeFailed(); the retry is armed
  }
}
