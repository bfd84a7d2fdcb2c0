// SPDX-License-Identifier: EUPL-1.2
/**
 * The flush window of the stores whose writes are synchronous (SQLite, memory): the bookkeeping
 * of WriteWindow.ts (one write per window, kept on failure, retried with backoff, logged once per
 * episode), with a write that is done when `write` returns.
 */
import { WriteWindow, type PendingUpdate, type WriteWindowSettings } from './WriteWindow.js';

/** Settings of the synchronous flush window. */
export interface PendingWritesOptions extends WriteWindowSettings {
  /** Writes all rows in one go (one transaction) or throws, writing none. */
  write(rows: PendingUpdate[]): void;
}

/** Updates appended but not yet written, and the timer that writes them. */
export class PendingWrites extends WriteWindow {
  constructor(private readonly options: PendingWritesOptions) {
    super(options);
  }

  /** Writes every kept update now; throws DocStoreWriteError (keeping them, retry armed) when that fails. */
  flush(): void {
    const rows = this.takeRows();
    if (!rows) return;
    const started = performance.now();
    try {
      this.options.write(rows);
    } catch (err) {
      throw this.writeFailed(rows, err);
    }
    this.written(rows, started);
  }

  protected flushOnTimer(): void {
    try {
      this.flush();
    } catch {
      // Logged by writeFailed(); the retry is armed.
    }
  }
}
