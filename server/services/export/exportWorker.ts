// SPDX-License-Identifier: EUPL-1.2
/**
 * The export worker process: reads, renders and writes dossiers off the server's event loop, one
 * message at a time, at the lowest CPU priority. A process of its own, not a thread: it shares no
 * memory map, heap helpers or locks with the server, so its large allocations (the Typst compiler
 * holds hundreds of MB) never stall the server thread, and every one of its threads runs at nice 19
 * and, on Linux, under SCHED_IDLE: it gets a core only when nothing else wants it, and the server's
 * thread takes a core from it at once when a keystroke arrives (nice 19 alone still lets it finish
 * its time slice first, which a typist's p99 sees on a 2-core machine).
 * It reads the workshop through its own read-only connection (exportSources.ts, opened on the
 * first task and kept while the process lives) and exits when the server goes away (its IPC channel closes).
 *
 *   in   { id, kind: 'render', source, request } | { id, kind: 'status', source, workshopId }
 *   out  { id, type: 'step', step } … then { id, type: 'done', file } | { id, type: 'status', status } or { id, type: 'error', message, refusal }
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { ImageWithoutAltError } from '../../../shared/dossier/richTextBlocks.js';
import { openExportSources, type ExportSources } from './exportSources.js';
import { exportToFile, partStatus, WorkshopGone } from './exportTasks.js';
import type { ExportSource, WorkerReply, WorkerTask } from './exportWorkerProtocol.js';

/** Nice 19 for every thread of this process (Linux sets it per thread; elsewhere per process), then SCHED_IDLE. */
function lowerPriority(): void {
  try {
    for (const tid of fs.readdirSync('/proc/self/task')) os.setPriority(Number(tid), 19);
  } catch {
    try { os.setPriority(19); } catch { /* not allowed here: run at normal priority */ }
  }
  idleScheduling();
}

/** SCHED_IDLE for every thread there is (threads made later inherit it), through util-linux's chrt; without chrt nice 19 stays. */
function idleScheduling(): void {
  if (process.platform !== 'linux') return;
  try {
    execFileSync('chrt', ['--idle', '--all-tasks', '--pid', '0', String(process.pid)], { stdio: 'ignore', timeout: 2000 });
  } catch { /* chrt missing or not allowed: nice 19 only */ }
}

let opened: { key: string; sources: Promise<ExportSources> } | null = null;

/** The sources of `source`, opened once (again after a failed opening). */
function sourcesOf(source: ExportSource): Promise<ExportSources> {
  const key = JSON.stringify(source);
  if (opened?.key === key) return opened.sources;
  void opened?.sources.then((s) => s.close(), () => undefined);
  const sources = openExportSources(source);
  opened = { key, sources };
  sources.catch(() => { if (opened?.sources === sources) opened = null; });
  return sources;
}

const send = process.send?.bind(process);
if (send) {
  lowerPriority();
  process.on('disconnect', () => process.exit(0));
  process.on('message', async (task: WorkerTask) => {
    const reply = (message: WorkerReply) => send(message);
    try {
      const sources = await sourcesOf(task.source);
      if (task.kind === 'status') return reply({ id: task.id, type: 'status', status: await partStatus(sources, task.workshopId) });
      const file = await exportToFile(sources, task.source.dataDir, task.request, (step) => reply({ id: task.id, type: 'step', step }));
      reply({ id: task.id, type: 'done', file });
    } catch (err) {
      const refusal = err instanceof ImageWithoutAltError || err instanceof WorkshopGone;
      reply({ id: task.id, type: 'error', message: err instanceof Error ? err.message : String(err), refusal });
    }
  });
}
