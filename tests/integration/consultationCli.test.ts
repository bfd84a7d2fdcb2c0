// SPDX-License-Identifier: EUPL-1.2
/** `npm run stip -- consultation open`: opens the consultation from the shell (the server may run) and prints the links as JSON. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../shared/consultationDoc.js';
import { consultationDocName } from '../../shared/docNames.js';
import { stipCliAsync } from '../helpers/stipCli.js';
import { collabClient, startTestServer, until, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, type ConsultationSetup } from './consultationFixture.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-consultation-cli-'));
const csvFile = path.join(dataDir, 'extra.csv');
let server: TestServer;
let s: ConsultationSetup;

/** Runs the CLI on the server's store without blocking this process (the server under test runs in it and keeps answering). */
function stip(args: string[]) {
  return stipCliAsync(args, server, { STIP_PUBLIC_URL: server.url });
}

beforeAll(async () => {
  server = await startTestServer({ dataDir });
  s = await consultationSetup(server);
  fs.writeFileSync(csvFile, 'naam,rol,email\nFenna,directie,fenna@voorbeeld.nl\n');
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run stip -- consultation open', () => {
  it('refuses a version that was never frozen and a closing time without offset, in Dutch', async () => {
    const notFrozen = await stip(['consultation', 'open', s.workshopId, '--version', '3', '--closes', '2099-01-01T12:00:00+01:00', '--json']);
    expect(notFrozen.code).toBe(1);
    expect(notFrozen.stderr).toContain('niet vastgezet');
    const badTime = await stip(['consultation', 'open', s.workshopId, '--version', '1', '--closes', 'morgen']);
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toContain('--closes');
    expect(await server.app.services.stores.consultations.ofWorkshop(s.workshopId)).toBeNull();
  });

  it('prints { consultationId, closesAt, people: [{ name, role, link }] } and the links work on the running server', async () => {
    const run = await stip(['consultation', 'open', s.workshopId, '--version', '1', '--closes', '2099-01-01T12:00:00+01:00', '--all', '--people', csvFile, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { consultationId: string; closesAt: string; people: { name: string; role: string; link: string }[] };
    expect(out.closesAt).toBe('2099-01-01T11:00:00.000Z');
    expect(Object.keys(out.people[0])).toEqual(['name', 'role', 'link']);
    expect(out.people.map((p) => p.name).sort()).toEqual(['Anna', 'Bert', 'Cor', 'Eva', 'Fenna']);
    const fenna = out.people.find((p) => p.name === 'Fenna')!;
    expect(fenna.role).toBe('directie');
    const cookie = (await server.openLink(fenna.link)).cookie!;
    const watcher = collabClient(server.url, consultationDocName(s.workshopId), s.facilitator);
    try {
      await watcher.synced();
      const posted = await server.api(`${s.base}/comments`, { cookie, body: { stance: 'eens', text: 'Vanuit de directie: eens.', anchor: anchorOn('p1', 'inwoners') } });
      expect(posted.status).toBe(201);
      await until([watcher.doc], () => readConsultation(watcher.doc).comments.length === 1);
      expect(readConsultation(watcher.doc).meta?.consultationId).toBe(out.consultationId);
    } finally {
      watcher.destroy();
    }
  });
});
