// SPDX-License-Identifier: EUPL-1.2
/**
 * Atomic service work: `inTransaction(ctx, work)` runs `work` with a context whose stores are bound
 * to one unit of work (store/storePorts.ts UnitOfWork), so helpers that take a context (issuing a
 * link, placing people in groups) write inside it. Called again inside, it joins the outer unit,
 * as nested transactions did. The work awaits only the stores of the context it is given (no
 * documents, sockets or files: do those before or after).
 */
import type { WorkshopStorage, WorkshopStorePorts } from '../store/storePorts.js';
import type { ServiceContext } from './serviceContext.js';

/** Stores bound to a unit of work whose `transaction` joins that same unit (`rows` and `jobs` are never used inside one). */
function joined(tx: WorkshopStorePorts, outer: WorkshopStorage): WorkshopStorage {
  return { ...tx, rows: outer.rows, jobs: outer.jobs, transaction: (work) => work(tx) };
}

/** Runs `work` atomically on the workshop stores; resolves with its result, or rejects (nothing kept). */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.stores.transaction((tx) => work({ ...ctx, stores: joined(tx, ctx.stores) }));
}
