// SPDX-License-Identifier: EUPL-1.2
/**
 * Fills the large bench workshop (bench/exportSeeder.ts) with the dossier's later parts, straight
 * into its SQLite store before the server starts: a consultation on version 1 for every participant
 * with `comments` comments (each on a passage of the vision or general, answered in groups of up to
 * three, the reactienota published), meeting 2's ambitions and expectations in the three role-group
 * documents (by real participants' author keys), and `agreements` agreements made from them, each
 * with review moments and progress. Deterministic (a fixed-seed PRNG and fixed times).
 */
import * as Y from 'yjs';
import { agreementsDocName, consultationDocName, roleGroupDocName, ROLE_GROUPS, type RoleGroup } from '../shared/docNames.js';
import { appendProgress, putAgreement, PROGRESS_STATES } from '../shared/agreementsDoc.js';
import { writeConsultationAnswers, writeConsultationComment, writeConsultationMeta, type ConsultationAnswer, type ConsultationComment } from '../shared/consultationDoc.js';
import { addAmbition, addExpectation, otherRoleGroups } from '../shared/roleGroupDoc.js';
import { roleGroupOf } from '../shared/roleGroups.js';
import { roleCategory } from '../shared/roles.js';
import { passageTexts } from '../shared/consultationPassages.js';
import { fragmentToNode } from '../shared/editor/schema.js';
import { visionContentOf } from '../shared/visionDoc.js';
import { openDatabase } from '../server/store/database.js';
import type { AnswerRecord, CommentRecord } from '../server/store/consultationStore.js';
import { createSqliteDocStore } from '../server/store/sqlite/SqliteDocStore.js';
import { openSqliteWorkshopStorage } from '../server/store/sqlite/sqliteWorkshopStorage.js';
import { mulberry32 } from '../tests/fuzz/prng.js';

const WORDS = 'we vragen inwoners eerder om mee te denken en leggen dilemma’s op tijd voor aan de raad die kaders stelt en loslaat'.split(' ');
const T0 = 1_700_150_000_000;
const DAY = 86_400_000;

/** Seeds consultation, meeting 2 and agreements into the workshop in dataDir. */
export async function seedDossierParts(dataDir: string, workshopId: string, comments: number, agreements: number): Promise<void> {
  const random = mulberry32(14);
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + '.';
  const db = openDatabase(dataDir);
  const store = createSqliteDocStore(db);
  try {
    const stores = openSqliteWorkshopStorage(db);
    const people = (await stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator');
    const v1 = (await stores.versions.get(workshopId, 1))!;
    const vision = new Y.Doc();
    Y.applyUpdate(vision, v1.state);
    const passages = passageTexts(fragmentToNode(visionContentOf(vision))).filter((p) => p.text.length >= 12);

    // The consultation: everyone invited, `comments` comments, answered in groups, published.
    const consultations = stores.consultations;
    const consultationId = 'c_bench';
    await consultations.insertConsultation({ id: consultationId, workshopId, version: 1, intro: '', closesAt: T0 + 14 * DAY, closedEarly: false, repliesAllowed: true, openedAt: T0, publishedAt: T0 + 20 * DAY, newVersion: null });
    const persons = people.map((p, i) => ({ id: `cp_bench${i}`, consultationId, workshopId, participantId: p.id, name: p.name, role: p.role, email: null, source: 'participant' as const, createdAt: T0, openedAt: T0 + i }));
    for (const p of persons) await consultations.insertPerson(p);
    const doc = new Y.Doc();
    writeConsultationMeta(doc, { consultationId, version: 1, intro: '', closesAt: new Date(T0 + 14 * DAY).toISOString(), closedEarly: false, repliesAllowed: true, showNames: false, publishedAt: new Date(T0 + 20 * DAY).toISOString(), newVersion: null });
    const records: CommentRecord[] = [];
    for (let n = 1; n <= comments; n++) {
      const person = persons[Math.floor(random() * persons.length)];
      const passage = n % 5 === 0 ? null : passages[Math.floor(random() * passages.length)];
      const quote = passage ? passage.text.slice(0, 12) : '';
      const anchor = passage ? { version: 1, passageId: passage.passageId, start: 0, end: quote.length, quote, prefix: '', suffix: passage.text.slice(12, 44) } : null;
      const record: CommentRecord = { id: `cm_bench${n}`, consultationId, workshopId, personId: person.id, number: n, parentId: null, stance: passage ? 'aanvulling' : 'algemeen', text: sentence(10 + Math.floor(random() * 30)), anchor, status: 'active', createdAt: T0 + n * 60_000, editedAt: null };
      await consultations.insertComment(record);
      records.push(record);
      const comment: ConsultationComment = { id: record.id, number: n, parentId: null, stance: record.stance, text: record.text, role: person.role, roleCategory: roleCategory(person.role), authorName: null, anchor, status: 'active', createdAt: new Date(record.createdAt).toISOString(), editedAt: null };
      writeConsultationComment(doc, comment);
    }
    const answers: AnswerRecord[] = [];
    for (let i = 0; i < records.length; i += 3) {
      const group = records.slice(i, i + 3);
      const status = (['verwerkt', 'deels', 'niet'] as const)[answers.length % 3];
      const answer: AnswerRecord = { id: `an_bench${answers.length}`, consultationId, workshopId, commentIds: group.map((c) => c.id), answer: sentence(25), status, wherePassageId: status === 'niet' ? null : group[0].anchor?.passageId ?? null, answeredAt: T0 + 18 * DAY };
      await consultations.putAnswer(answer);
      answers.push(answer);
    }
    writeConsultationAnswers(doc, answers.map((a): ConsultationAnswer => ({ id: a.id, commentIds: a.commentIds, answer: a.answer, status: a.status, wherePassageId: a.wherePassageId, answeredAt: new Date(a.answeredAt).toISOString() })));
    store.append(consultationDocName(workshopId), Y.encodeStateAsUpdate(doc));

    // Meeting 2: ambitions and expectations by the members of each role group.
    const sources: { ambition: { roleGroup: RoleGroup; id: string; text: string }[]; expectation: { from: RoleGroup; to: RoleGroup; id: string; text: string }[] } = { ambition: [], expectation: [] };
    for (const group of ROLE_GROUPS) {
      const members = people.filter((p) => roleGroupOf(p.role) === group);
      if (members.length === 0) continue;
      const roleDoc = new Y.Doc();
      for (let i = 0; i < 12; i++) {
        const m = members[i % members.length];
        const text = sentence(12);
        sources.ambition.push({ roleGroup: group, id: addAmbition(roleDoc, { authorKey: m.authorKey, authorRole: m.role, text, createdAt: T0 + i }), text });
        for (const to of otherRoleGroups(group)) {
          const wish = sentence(10);
          sources.expectation.push({ from: group, to, id: addExpectation(roleDoc, { authorKey: m.authorKey, authorRole: m.role, to, text: wish, createdAt: T0 + i }), text: wish });
        }
      }
      store.append(roleGroupDocName(workshopId, group), Y.encodeStateAsUpdate(roleDoc));
    }

    // The register: agreements from those sources, each with two review moments and progress.
    const register = new Y.Doc();
    for (let n = 1; n <= agreements; n++) {
      const ambition = sources.ambition[n % sources.ambition.length];
      const expectation = sources.expectation[n % sources.expectation.length];
      const id = `a_bench${n}`;
      const reviewMoments = ['2027-03-01', '2027-09-01'];
      putAgreement(register, {
        id, number: n, text: sentence(20), owners: [ambition.roleGroup], reviewMoments, status: n % 4 === 0 ? 'concept' : 'vastgesteld',
        sources: [
          { kind: 'ambition', roleGroup: ambition.roleGroup, statementId: ambition.id, quote: ambition.text },
          { kind: 'expectation', from: expectation.from, to: expectation.to, statementId: expectation.id, quote: expectation.text },
        ],
        createdAt: T0, updatedAt: T0,
      });
      const owner = people.find((p) => roleGroupOf(p.role) === ambition.roleGroup) ?? people[0];
      for (const [i, moment] of reviewMoments.entries()) {
        appendProgress(register, id, { id: `v_bench${n}_${i}`, at: Date.parse(`${moment}T10:00:00Z`), reviewMoment: moment, state: PROGRESS_STATES[(n + i) % 3], note: sentence(8), byKey: owner.authorKey, byRole: owner.role });
      }
    }
    store.append(agreementsDocName(workshopId), Y.encodeStateAsUpdate(register));
  } finally {
    await store.close();
    db.close();
  }
}
