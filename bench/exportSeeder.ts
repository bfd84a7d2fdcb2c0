// SPDX-License-Identifier: EUPL-1.2
/**
 * Fills a seeded bench workshop with what the dossier shows, straight into its SQLite store before
 * the server starts: 600 statements over the three groups (each by a real participant's author
 * key, with endorsements), a horizon per group, a vision of 120 passages with provenance, and two
 * frozen versions. Deterministic (a fixed-seed PRNG). The consultation, meeting 2 and the agreements
 * are seeded by bench/exportPartsSeeder.ts.
 */
import * as Y from 'yjs';
import { GROUP_COUNT, groupDocName, visionDocName } from '../shared/docNames.js';
import { addStatement, horizonOf, setEndorsement } from '../shared/groupDoc.js';
import { STATEMENT_KINDS } from '../shared/statementKinds.js';
import { addSources, visionContentOf, writeVisionSkeleton } from '../shared/visionDoc.js';
import { openDatabase } from '../server/store/database.js';
import { createSqliteDocStore } from '../server/store/sqlite/SqliteDocStore.js';
import { openSqliteWorkshopStorage } from '../server/store/sqlite/sqliteWorkshopStorage.js';
import { mulberry32 } from '../tests/fuzz/prng.js';

const WORDS = 'we willen samen met inwoners en ondernemers open staan voor nieuwe ideeën loslaten waar het kan vertrouwen geven ruimte maken luisteren eerst besluiten later'.split(' ');

function paragraph(value: string, passage?: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  if (passage) p.setAttribute('passage', passage);
  p.insert(0, [new Y.XmlText(value)]);
  return p;
}

/** Seeds `statements` statements and a vision into the workshop in dataDir. */
export async function seedDossierContent(dataDir: string, workshopId: string, statements: number): Promise<void> {
  const random = mulberry32(13);
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + '.';
  const db = openDatabase(dataDir);
  try {
    const stores = openSqliteWorkshopStorage(db);
    const people = (await stores.workshops.listParticipants(workshopId)).filter((p) => p.group !== null);
    const store = createSqliteDocStore(db);
    const taken: { group: number; id: string; kind: (typeof STATEMENT_KINDS)[number]; text: string }[] = [];
    for (let g = 1; g <= GROUP_COUNT; g++) {
      const members = people.filter((p) => p.group === g);
      const doc = new Y.Doc();
      for (let i = 0; i < statements / GROUP_COUNT; i++) {
        const author = members[i % members.length];
        const kind = STATEMENT_KINDS[i % STATEMENT_KINDS.length];
        const text = sentence(8 + Math.floor(random() * 20));
        const id = addStatement(doc, { kind, text, authorKey: author.authorKey, authorRole: author.role, createdAt: 1_700_000_000_000 + i });
        for (const m of members) if (random() < 0.2) setEndorsement(doc, id, m.authorKey, true);
        if (i % 5 === 0) taken.push({ group: g, id, kind, text });
      }
      horizonOf(doc).insert(0, Array.from({ length: 4 }, () => paragraph(sentence(30))));
      store.append(groupDocName(workshopId, g), Y.encodeStateAsUpdate(doc));
    }
    const vision = new Y.Doc();
    writeVisionSkeleton(vision, 'nl');
    taken.forEach((s, i) => {
      const id = `p_bench${i}`;
      visionContentOf(vision).insert(1 + (i % 4) * 2, [paragraph(sentence(25), id)]);
      addSources(vision, id, [{ kind: 'statement', group: s.group, statementId: s.id, statementKind: s.kind, quote: s.text.slice(0, 40) }]);
    });
    const versions = stores.versions;
    await versions.append(workshopId, 'na bijeenkomst 1', Y.encodeStateAsUpdate(vision), 1_700_100_000_000);
    visionContentOf(vision).insert(visionContentOf(vision).length, [paragraph(sentence(20), 'p_bench_new')]);
    await versions.append(workshopId, 'na consultatie', Y.encodeStateAsUpdate(vision), 1_700_200_000_000);
    store.append(visionDocName(workshopId), Y.encodeStateAsUpdate(vision));
    await store.close();
  } finally {
    db.close();
  }
}
