// SPDX-License-Identifier: EUPL-1.2
/**
 * Who may export what, and exports of a workshop with nothing in it yet: participants get 403 until
 * the facilitator allows downloads and then only the published parts; an empty workshop gives a
 * complete document with placeholders in every format; the CLI writes the same Markdown as the API;
 * an image without alt text stops the export with a clear message.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageWithoutAltError, richBlocks } from '../../shared/dossier/richTextBlocks.js';
import { seedDossierWorkshop } from '../helpers/dossierSeed.js';
import { exportThroughApi } from '../helpers/exportDownload.js';
import { stipCli } from '../helpers/stipCli.js';
import { startTestServer, type SeededWorkshop, type TestServer } from '../helpers/stipServer.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-export-access-'));
let server: TestServer;
let seeded: SeededWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedDossierWorkshop(server);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('who may export', () => {
  it('refuses participants until the facilitator allows it, then allows only the published parts', async () => {
    const [anna, bram] = seeded.participants;
    const exports = `/api/workshops/${seeded.workshopId}/exports`;
    const settings = `/api/workshops/${seeded.workshopId}/dossier/settings`;
    expect((await server.api(settings, { cookie: anna.cookie })).body).toEqual({ participantsMayDownload: false });
    const refused = await server.api<{ error: string }>(exports, { cookie: anna.cookie, body: { format: 'md', parts: ['vision'] } });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('forbidden');
    expect((await server.api(settings, { method: 'PUT', cookie: anna.cookie, body: { participantsMayDownload: true } })).status).toBe(403);
    expect((await server.api(settings, { method: 'PUT', cookie: seeded.facilitator.cookie, body: { participantsMayDownload: true } })).status).toBe(200);
    for (const parts of [['origin'], ['vision', 'participants'], ['diff']]) {
      expect((await server.api(exports, { cookie: anna.cookie, body: { format: 'md', parts } })).status, parts.join()).toBe(403);
    }
    const published = await exportThroughApi(server, seeded.workshopId, anna.cookie, { format: 'md' });
    const text = published.bytes.toString('utf8');
    expect(text).toContain('# De OverheidsParticipatie-visie');
    expect(text).toContain('# Het afsprakenregister');
    expect(text).not.toContain('# Hoe de visie tot stand kwam');
    expect(text).not.toContain('Anna de Vries');
    const started = await server.api<{ jobId: string }>(exports, { cookie: anna.cookie, body: { format: 'md', parts: ['vision'] } });
    expect((await server.api(`${exports}/${started.body.jobId}`, { cookie: bram.cookie })).status).toBe(404);
    expect((await server.api(`/api/workshops/${seeded.workshopId}/dossier`, { cookie: anna.cookie })).status).toBe(403);
  });

  it('refuses bad bodies with invalid-body and an unknown version with not-found', async () => {
    const exports = `/api/workshops/${seeded.workshopId}/exports`;
    const cookie = seeded.facilitator.cookie;
    for (const body of [{ format: 'html' }, { format: 'md', parts: ['secrets'] }, { format: 'md', parts: [] }, { format: 'md', version: 0 }, { format: 'md', extra: 1 }]) {
      const answer = await server.api<{ error: string }>(exports, { cookie, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toBe('invalid-body');
    }
    expect((await server.api<{ error: string }>(exports, { cookie, body: { format: 'md', version: 9 } })).body.error).toBe('not-found');
  });
});

describe('an empty workshop', () => {
  it('gives a complete document with "nog niet ingevuld" in every part and format, and an overview of what is empty', async () => {
    const empty = await server.seedWorkshop({ gemeente: 'Leegdorp', participants: [] });
    const cookie = empty.facilitator.cookie;
    const overview = await server.api<{ parts: { id: string; empty: boolean }[]; versions: unknown[] }>(`/api/workshops/${empty.workshopId}/dossier`, { cookie });
    expect(overview.status).toBe(200);
    expect(overview.body.parts.every((p) => p.empty)).toBe(true);
    expect(overview.body.versions).toEqual([]);
    const all = ['vision', 'origin', 'consultation', 'diff', 'meeting2', 'agreements', 'participants'];
    const md = (await exportThroughApi(server, empty.workshopId, cookie, { format: 'md', parts: all })).bytes.toString('utf8');
    const sections = md.split(/^# /m).slice(2);
    expect(sections).toHaveLength(7);
    for (const section of sections) expect(section.toLowerCase()).toContain('nog niet ingevuld');
    const docx = await exportThroughApi(server, empty.workshopId, cookie, { format: 'docx', parts: all });
    expect(docx.job.state).toBe('done');
    fs.writeFileSync(path.join(tmp, 'empty.docx'), docx.bytes);
    expect(execFileSync('unzip', ['-p', path.join(tmp, 'empty.docx'), 'word/document.xml'], { encoding: 'utf8' })).toContain('<w:tblHeader/>');
    const pdf = await exportThroughApi(server, empty.workshopId, cookie, { format: 'pdf', parts: all });
    fs.writeFileSync(path.join(tmp, 'empty.pdf'), pdf.bytes);
    expect(execFileSync('pdfinfo', [path.join(tmp, 'empty.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).toMatch(/^Tagged:\s+yes$/m);
  });
});

describe('npm run stip -- export', () => {
  it('writes the same Markdown as the API for the same version, and explains bad arguments in Dutch', async () => {
    const cookie = seeded.facilitator.cookie;
    const api = await exportThroughApi(server, seeded.workshopId, cookie, { format: 'md', version: 1 });
    const stip = (args: string[]) => stipCli(['export', ...args], server);
    const out = path.join(tmp, 'cli.md');
    const run = stip([seeded.workshopId, '--format', 'md', '--version', '1', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.readFileSync(out).equals(api.bytes)).toBe(true);
    const pdfOut = path.join(tmp, 'cli.pdf');
    expect(stip([seeded.workshopId, '--format', 'pdf', '--out', pdfOut]).code).toBe(0);
    expect(fs.readFileSync(pdfOut).subarray(0, 5).toString()).toBe('%PDF-');
    for (const [args, message] of [
      [[seeded.workshopId, '--format', 'html', '--out', out], '--format moet docx, pdf of md zijn.'],
      [[seeded.workshopId, '--format', 'md', '--version', '7', '--out', out], 'Versie 7 van de visie bestaat niet.'],
      [['onbekend-id-123', '--format', 'md', '--out', out], 'Er is geen workshop met id onbekend-id-123.'],
      [[seeded.workshopId, '--format', 'md'], 'Geef met --out op waar het bestand moet komen.'],
    ] as const) {
      const bad = stip([...args]);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim()).toBe(message);
    }
  });
});

describe('images', () => {
  it('stop the export with a clear message when they have no alt text', () => {
    expect(() => richBlocks([{ type: 'image', attrs: { src: 'x.png' } }])).toThrow(ImageWithoutAltError);
    expect(() => richBlocks([{ type: 'image', attrs: { src: 'x.png', alt: ' ' } }])).toThrow(/geen beschrijving \(alt-tekst\)/);
    expect(richBlocks([{ type: 'image', attrs: { src: 'x.png', alt: 'Kaart van de wijk' } }])).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Afbeelding: Kaart van de wijk', marks: ['italic'] }] },
    ]);
  });
});
