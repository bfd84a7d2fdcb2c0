// SPDX-License-Identifier: EUPL-1.2
/**
 * Prepares a Stip server for the consultation bench: a workshop seeded by the CLI, a vision of a
 * few passages written by the facilitator's own y-websocket client, frozen as version 1, and a
 * consultation opened through the API for `people` extra people (CSV), whose personal links come back.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { ConsultationOpenAnswer } from '../shared/apiConsultation.js';
import { visionDocName } from '../shared/docNames.js';
import { visionContentOf } from '../shared/visionDoc.js';
import type { RunningServer } from './servers.js';
import { sessionCookies, type SeededWorkshop } from './stipSeeder.js';

/** The passages of the benched vision. */
export const BENCH_PASSAGES: Record<string, string> = {
  p1: 'Wij betrekken inwoners vanaf het begin bij plannen die hun buurt raken.',
  p2: 'Ambtenaren krijgen ruimte om zelf te beslissen wanneer dat de inwoner helpt.',
  p3: 'De raad stelt kaders en laat de uitvoering los.',
};

/** A y-websocket client in Node that sends a session cookie. */
export function cookieProvider(server: RunningServer, docName: string, cookie: string, doc: Y.Doc): WebsocketProvider {
  class CookieSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { Cookie: cookie }, origin: server.httpBase });
    }
  }
  return new WebsocketProvider(server.wsUrl, docName, doc, { WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket, disableBc: true });
}

const synced = (provider: WebsocketProvider) => new Promise<void>((resolve) => {
  if (provider.synced) resolve();
  else provider.on('sync', (state: boolean) => { if (state) resolve(); });
});

/** Calls the JSON API with a session cookie. */
export async function api<T>(server: RunningServer, path: string, cookie: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(server.httpBase + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Writes the passages through the facilitator's client and waits until a second client has them from the server. */
async function writeVision(server: RunningServer, workshopId: string, cookie: string): Promise<void> {
  const writer = cookieProvider(server, visionDocName(workshopId), cookie, new Y.Doc());
  const observerDoc = new Y.Doc();
  const observer = cookieProvider(server, visionDocName(workshopId), cookie, observerDoc);
  try {
    await Promise.all([synced(writer), synced(observer)]);
    writer.doc.transact(() => {
      const content = visionContentOf(writer.doc);
      content.insert(content.length, Object.entries(BENCH_PASSAGES).map(([id, text]) => {
        const p = new Y.XmlElement('paragraph');
        p.setAttribute('passage', id);
        p.insert(0, [new Y.XmlText(text)]);
        return p;
      }));
    });
    await new Promise<void>((resolve) => {
      const check = () => { if (visionContentOf(observerDoc).toString().includes('passage="p3"')) { observerDoc.off('update', check); resolve(); } };
      observerDoc.on('update', check);
      check();
    });
  } finally {
    writer.destroy();
    observer.destroy();
  }
}

/** What the setup made. */
export interface ConsultationBenchSetup { workshopId: string; facilitatorCookie: string; links: string[] }

/** Freezes version 1 and opens the consultation for `people` people. */
export async function setUpConsultation(server: RunningServer, workshop: SeededWorkshop, people: number): Promise<ConsultationBenchSetup> {
  const [facilitatorCookie] = await sessionCookies([workshop.facilitatorLink], server.httpBase);
  await writeVision(server, workshop.workshopId, facilitatorCookie);
  const frozen = await api(server, `/api/workshops/${workshop.workshopId}/versions`, facilitatorCookie, { label: 'Na bijeenkomst 1' });
  if (frozen.status !== 201) throw new Error(`freezing version 1 failed: ${frozen.status}`);
  const csv = ['naam,rol,email', ...Array.from({ length: people }, (_, i) => `Lezer ${i + 1},${['raadslid', 'ambtenaar', 'collegelid', 'griffier'][i % 4]},`)].join('\n');
  const opened = await api<ConsultationOpenAnswer>(server, `/api/workshops/${workshop.workshopId}/consultation`, facilitatorCookie, {
    version: 1, closesAt: new Date(Date.now() + 24 * 3600_000).toISOString(), absentees: false, csv,
  });
  if (opened.status !== 201) throw new Error(`opening the consultation failed: ${opened.status} ${JSON.stringify(opened.body).slice(0, 200)}`);
  return { workshopId: workshop.workshopId, facilitatorCookie, links: opened.body.people.map((p) => p.link) };
}
