// SPDX-License-Identifier: EUPL-1.2
/**
 * The export worker thread: renders dossiers off the server's event loop, one message at a time,
 * at the lowest CPU priority (nice 19, for this thread only on Linux).
 *
 *   in   { id, kind: 'render', input, format } | { id, kind: 'status', input }
 *   out  { id, type: 'step', step } … then { id, type: 'done', file | status } or { id, type: 'error', message }
 */
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { dossierStatus, renderDossier } from './dossierRenderer.js';
import type { WorkerReply, WorkerTask } from './exportWorkerProtocol.js';

const port = parentPort;
if (port) {
  // On Linux the nice value is per thread: this lowers only the export's thread (and the threads it
  // starts), so the server's own thread keeps the CPU first when both want it.
  try { os.setPriority(19); } catch { /* not allowed here: run at normal priority */ }
  port.on('message', async (task: WorkerTask) => {
    const reply = (message: WorkerReply) => port.postMessage(message);
    try {
      if (task.kind === 'status') return reply({ id: task.id, type: 'status', status: dossierStatus(task.input) });
      const file = await renderDossier(task.input, task.format, (step) => reply({ id: task.id, type: 'step', step }));
      port.postMessage({ id: task.id, type: 'done', file } satisfies WorkerReply, [file.bytes.buffer as ArrayBuffer]);
    } catch (err) {
      reply({ id: task.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  });
}
