// SPDX-License-Identifier: EUPL-1.2
/**
 * A workshop ready for consultation tests: four participants (Anna and Bert absent at meeting 1), a
 * vision of five passages frozen as version 1, and (optionally) a consultation opened on it for the
 * absentees plus Dirk from a CSV, every personal link really opened.
 */
import * as Y from 'yjs';
import type { ConsultationOpenAnswer } from '../../shared/apiConsultation.js';
import { visionDocName } from '../../shared/docNames.js';
import { visionContentOf } from '../../shared/visionDoc.js';
import type { SeededWorkshop, TestServer } from '../helpers/stipServer.js';

/** The passages of version 1 (id → text). */
export const PASSAGES: Record<string, string> = {
  p1: 'Wij betrekken inwoners vanaf het begin bij plannen die hun buurt raken.',
  p2: 'Ambtenaren krijgen ruimte om zelf te beslissen wanneer dat de inwoner helpt.',
  p3: 'De raad stelt kaders en laat de uitvoering los.',
  p4: 'We leren van fouten en delen wat we leren, ook als het pijn doet.',
  p5: 'Over vier jaar weet elke inwoner hoe hij mee kan praten.',
};

/** One commenter: their personal link, session and person id. */
export interface Commenter { name: string; link: string; cookie: string; personId: string }

/** What the fixture made. */
export interface ConsultationSetup {
  seeded: SeededWorkshop;
  workshopId: string;
  /** API path of the consultation. */
  base: string;
  facilitator: string;
  opened: ConsultationOpenAnswer | null;
  commenters: Record<string, Commenter>;
}

function paragraph(passage: string, text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.setAttribute('passage', passage);
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

/** Replaces the vision's content by a heading and the given passages (the server's own write, as set-up). */
export async function writeVision(server: TestServer, workshopId: string, passages: Record<string, string>): Promise<void> {
  await server.app.documents.change(visionDocName(workshopId), (doc) => {
    const content = visionContentOf(doc);
    content.delete(0, content.length);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 2 as unknown as string);
    heading.insert(0, [new Y.XmlText('Open staan')]);
    content.insert(0, [heading, ...Object.entries(passages).map(([id, text]) => paragraph(id, text))]);
  });
}

/** Seeds the workshop and version 1; with `open`, opens the consultation and every link. */
export async function consultationSetup(server: TestServer, options: { open?: boolean; gemeente?: string; showNames?: boolean } = {}): Promise<ConsultationSetup> {
  const seeded = await server.seedWorkshop({
    gemeente: options.gemeente ?? 'Consultatiedorp', showNames: options.showNames,
    participants: [
      { name: 'Anna', role: 'raadslid', group: 1 }, { name: 'Bert', role: 'ambtenaar', group: 2 },
      { name: 'Cor', role: 'collegelid', group: 3 }, { name: 'Eva', role: 'griffier', group: 1 },
    ],
  });
  const workshopId = seeded.workshopId;
  const facilitator = seeded.facilitator.cookie;
  for (const p of seeded.participants.filter((x) => x.name === 'Anna' || x.name === 'Bert')) {
    const res = await server.api(`/api/workshops/${workshopId}/participants/${p.id}/attendance`, { method: 'PUT', cookie: facilitator, body: { meeting: 1, status: 'absent' } });
    if (res.status !== 200) throw new Error(`attendance: ${res.status}`);
  }
  await writeVision(server, workshopId, PASSAGES);
  const frozen = await server.api(`/api/workshops/${workshopId}/versions`, { cookie: facilitator, body: { label: 'Na bijeenkomst 1' } });
  if (frozen.status !== 201) throw new Error(`freeze: ${frozen.status}`);
  const base = `/api/workshops/${workshopId}/consultation`;
  const setup: ConsultationSetup = { seeded, workshopId, base, facilitator, opened: null, commenters: {} };
  if (!options.open) return setup;
  const opened = await server.api<ConsultationOpenAnswer>(base, {
    cookie: facilitator,
    body: { version: 1, intro: 'Wat vindt u van de visie?', closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(), csv: 'naam,rol,email\nDirk,ambtenaar,dirk@voorbeeld.nl\n' },
  });
  if (opened.status !== 201) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
  setup.opened = opened.body;
  for (const person of opened.body.people) {
    const opening = await server.openLink(person.link);
    if (!opening.cookie) throw new Error(`link of ${person.name}: ${opening.status} ${opening.location}`);
    setup.commenters[person.name] = { name: person.name, link: person.link, cookie: opening.cookie, personId: person.id };
  }
  return setup;
}

/** A body anchoring on `quote` inside passage `passageId` of version 1. */
export function anchorOn(passageId: string, quote: string) {
  const start = PASSAGES[passageId].indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${passageId}`);
  return { passageId, start, end: start + quote.length, quote };
}
