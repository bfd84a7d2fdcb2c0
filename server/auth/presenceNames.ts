// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether presence may carry names in a document: only when its workshop shows names ("namen
 * tonen"). Rooms read it at every presence change, synchronously (server/collab/RoomPresence.ts),
 * while the workshop store answers asynchronously, so the answers are kept in a small cache:
 *
 * - the collab authorizer loads a workshop's answer (`prime`) before it admits a socket, so a room
 *   never opens on a workshop whose answer is unknown;
 * - the services that change the setting (workshop created, updated, deleted) put the new answer
 *   in at once, so on this instance a changed setting holds from the next presence change on;
 * - an answer older than `maxAgeMs` is still used but reloaded in the background, so a change made
 *   on another instance (several instances on one PostgreSQL) holds within that time.
 *
 * An unknown workshop (or a document without one) hides names.
 */
import { parseDocName } from '../../shared/docNames.js';
import type { WorkshopStorePort } from '../store/storePorts.js';

/** How long a cached answer is used before it is reloaded in the background. */
const MAX_AGE_MS = 30_000;

/** The cached "names shown" setting of the workshops with open rooms. */
export class NamesShownCache {
  private readonly known = new Map<string, { shown: boolean; at: number }>();
  private readonly loading = new Map<string, Promise<boolean>>();
  /** Per workshop, how often a service put in an answer: a load that started before one does not overwrite it. */
  private readonly puts = new Map<string, number>();

  constructor(
    private readonly workshops: () => Pick<WorkshopStorePort, 'getWorkshop'>,
    private readonly now: () => number = Date.now,
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  /** The answer now (hidden while unknown); starts a reload when it is missing or old. */
  shown(workshopId: string): boolean {
    const entry = this.known.get(workshopId);
    if (!entry || this.now() - entry.at >= this.maxAgeMs) void this.load(workshopId).catch(() => undefined);
    return entry?.shown ?? false;
  }

  /** Makes sure the answer is known (loads it when missing or old). */
  async prime(workshopId: string): Promise<void> {
    const entry = this.known.get(workshopId);
    if (entry && this.now() - entry.at < this.maxAgeMs) return;
    await this.load(workshopId);
  }

  /** Puts in the setting a service just stored (null: the workshop is gone). */
  set(workshopId: string, shown: boolean | null): void {
    this.puts.set(workshopId, (this.puts.get(workshopId) ?? 0) + 1);
    if (shown === null) this.known.delete(workshopId);
    else this.known.set(workshopId, { shown, at: this.now() });
  }

  private load(workshopId: string): Promise<boolean> {
    let pending = this.loading.get(workshopId);
    if (!pending) {
      const puts = this.puts.get(workshopId) ?? 0;
      pending = this.workshops().getWorkshop(workshopId).then((w) => {
        const shown = w?.showNames === true;
        if ((this.puts.get(workshopId) ?? 0) !== puts) return this.known.get(workshopId)?.shown ?? false;
        this.known.set(workshopId, { shown, at: this.now() });
        return shown;
      }).finally(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, pending);
    }
    return pending;
  }
}

/** The name rule of presence, by document name, read from the cache. */
export function presenceNamesRule(cache: () => NamesShownCache): (docName: string) => boolean {
  return (docName) => {
    const ref = parseDocName(docName);
    return ref ? cache().shown(ref.workshopId) : false;
  };
}
