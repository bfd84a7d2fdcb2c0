// SPDX-License-Identifier: EUPL-1.2
/** Test helper: starts a dossier export through the API, waits for it and downloads the file. */
import { expect } from 'vitest';
import type { ExportJobView, ExportStarted } from '../../shared/apiExport.js';
import type { TestServer } from './stipServer.js';

/** Starts an export as `cookie`, polls until it is no longer running and returns the job, the file's bytes and its address. */
export async function exportThroughApi(server: TestServer, workshopId: string, cookie: string, body: Record<string, unknown>): Promise<{ job: ExportJobView; bytes: Buffer; contentType: string | null; disposition: string | null; fileUrl: string }> {
  const started = await server.api<ExportStarted>(`/api/workshops/${workshopId}/exports`, { cookie, body });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const jobPath = `/api/workshops/${workshopId}/exports/${started.body.jobId}`;
  let job: ExportJobView | null = null;
  await expect.poll(async () => {
    job = (await server.api<ExportJobView>(jobPath, { cookie })).body;
    return job.state;
  }, { timeout: 60_000 }).not.toBe('running');
  const fileUrl = `${server.url}${jobPath}/file`;
  const res = await fetch(fileUrl, { headers: { cookie } });
  return { job: job!, bytes: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), fileUrl };
}
