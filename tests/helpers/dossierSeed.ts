// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeds a workshop with what the dossier shows: named participants, statements with endorsements in
 * the group documents (as their real authors), horizons, a vision with provenance, and two frozen
 * versions at fixed times (so an export's bytes are the same on every run). Documents are written
 * through the server's document port, on the server's own authority.
 */
import * as Y from 'yjs';
import { groupDocName, visionDocName } from '../../shared/docNames.js';
import { addStatement, horizonOf, setEndorsement } from '../../shared/groupDoc.js';
import { addSources, visionContentOf, writeVisionSkeleton } from '../../shared/visionDoc.js';
import type { SeededWorkshop, TestServer } from './stipServer.js';

/** Texts that must come out of every format intact. */
export const NASTY = 'ë ĳ 😀 שלום <script>alert(1)</script> { MERGEFIELD naam } # $ * _ @ < [ ] \\ ` Hottentottententententoonstellingsterreinbewakersvereniging';

/** The fixed freezing times of version 1 and 2. */
export const V1_AT = Date.UTC(2026, 2, 12, 16, 0, 0);
export const V2_AT = Date.UTC(2026, 3, 20, 9, 30, 0);

function paragraph(id: string, value: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.setAttribute('passage', id);
  p.insert(0, [new Y.XmlText(value)]);
  return p;
}

/** Seeds the dossier workshop; returns the workshop and the vision's passage texts (v2). */
export async function seedDossierWorkshop(server: TestServer): Promise<SeededWorkshop> {
  const seeded = await server.seedWorkshop({
    gemeente: 'Voorbeeldië', showNames: true,
    participants: [
      { name: 'Anna de Vries', role: 'raadslid', group: 1 }, { name: 'Bram Ĳzerman', role: 'ambtenaar', group: 1 },
      { name: 'Chris Öztürk', role: 'collegelid', group: 2 }, { name: 'Dewi <b>Baas</b>', role: 'ambtenaar', group: 2 },
      { name: 'Eva Jansen', role: 'directie', group: 3 }, { name: 'Fatima 😀', role: 'griffier', group: 3 },
    ],
  });
  const { workshopId, participants: [anna, bram, chris, dewi] } = seeded;
  await server.api(`/api/workshops/${workshopId}`, { method: 'PATCH', cookie: seeded.setupCookie, body: { dates: { meeting1: '2026-03-12', meeting2: '2026-05-07' } } });
  const ids = { s1: '', s2: '' };
  await server.app.documents.change(groupDocName(workshopId, 1), (doc) => {
    ids.s1 = addStatement(doc, { kind: 'loslaten', text: `We laten regels los. ${NASTY}`, authorKey: anna.authorKey, authorRole: 'raadslid', createdAt: 1 });
    addStatement(doc, { kind: 'openStaan', text: 'Niet overgenomen uitspraak', authorKey: bram.authorKey, authorRole: 'ambtenaar', createdAt: 2 });
    for (const p of [anna, bram, chris, dewi]) setEndorsement(doc, ids.s1, p.authorKey, true);
    const h = new Y.XmlElement('paragraph');
    h.insert(0, [new Y.XmlText('Samen met inwoners, vanaf het begin.')]);
    horizonOf(doc).insert(0, [h]);
  });
  await server.app.documents.change(groupDocName(workshopId, 2), (doc) => {
    ids.s2 = addStatement(doc, { kind: 'openStaan', text: 'We luisteren eerst.', authorKey: chris.authorKey, authorRole: 'collegelid', createdAt: 3 });
    setEndorsement(doc, ids.s2, dewi.authorKey, true);
  });
  const vision = visionDocName(workshopId);
  await server.app.documents.change(vision, (doc) => {
    writeVisionSkeleton(doc, 'nl');
    const content = visionContentOf(doc);
    content.delete(1, 1);
    content.insert(1, [paragraph('p_open', 'Wij staan open voor wat inwoners inbrengen.')]);
    content.insert(3, [paragraph('p_los', `Wij laten los. ${NASTY}`)]);
    addSources(doc, 'p_los', [{ kind: 'statement', group: 1, statementId: ids.s1, statementKind: 'loslaten', quote: 'We laten regels los.' }]);
    addSources(doc, 'p_open', [{ kind: 'statement', group: 2, statementId: ids.s2, statementKind: 'openStaan', quote: 'We luisteren eerst.' }]);
  });
  const freeze = async (label: string, at: number) => {
    const state = await server.app.documents.read(vision, (doc) => Y.encodeStateAsUpdate(doc));
    await server.app.services.stores.versions.append(workshopId, label, state, at);
  };
  await freeze('na bijeenkomst 1', V1_AT);
  await server.app.documents.change(vision, (doc) => {
    const content = visionContentOf(doc);
    const open = content.get(1) as Y.XmlElement;
    (open.get(0) as Y.XmlText).insert((open.get(0) as Y.XmlText).length, ' Ook als het schuurt.');
    content.insert(content.length, [paragraph('p_new', 'Elk jaar kijken we samen terug.')]);
  });
  await freeze('na consultatie', V2_AT);
  return seeded;
}
