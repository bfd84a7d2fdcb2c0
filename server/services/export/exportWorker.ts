/**
 * The export worker thread: renders dossiers off the server's event loop, one message at a time.
 *
 *   in   { id, kind: 'render', input, format } | { id, kind: 'status', input }
 *   out  { id, type: 'step', step } … then { id, type: 'done', file | status } or { id, type: 'error', message }
 */
import { parentPort } from 'node:worker_threads';
import { dossierStatus, renderDossier } from './dossierRenderer.js';
import type { WorkerReply, WorkerTask } from './exportWorkerProtocol.js';

const port = parentPort;
if (port) {
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
