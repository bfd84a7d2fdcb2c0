// SPDX-License-Identifier: EUPL-1.2
/**
 * The export worker process: renders dossiers off the server's event loop, one message at a time,
 * at the lowest CPU priority. A process of its own, not a thread: it shares no memory map, heap
 * helpers or locks with the server, so its large allocations (the Typst compiler holds hundreds of
 * MB) never stall the server thread, and every one of its threads runs at nice 19. It exits when
 * the server goes away (its IPC channel closes).
 *
 *   in   { id, kind: 'render', input, format } | { id, kind: 'status', input }
 *   out  { id, type: 'step', step } … then { id, type: 'done', file | status } or { id, type: 'error', message }
 */
import fs from 'node:fs';
import os from 'node:os';
import { dossierStatus, renderDossier } from './dossierRenderer.js';
import type { WorkerReply, WorkerTask } from './exportWorkerProtocol.js';

/** Nice 19 for every thread of this process (Linux sets it per thread; elsewhere per process). */
function lowerPriority(): void {
  try {
    for (const tid of fs.readdirSync('/proc/self/task')) os.setPriority(Number(tid), 19);
  } catch {
    try { os.setPriority(19); } catch { /* not allowed here: run at normal priority */ }
  }
}

const send = process.send?.bind(process);
if (send) {
  lowerPriority();
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (task: WorkerTask) => {
    const reply = (message: WorkerReply) => send(message);
    try {
      if (task.kind === 'status') return reply({ id: task.id, type: 'status', status: dossierStatus(task.input) });
      const file = await renderDossier(task.input, task.format, (step) => reply({ id: task.id, type: 'step', step }));
      reply({ id: task.id, type: 'done', file });
    } catch (err) {
      reply({ id: task.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  });
}
