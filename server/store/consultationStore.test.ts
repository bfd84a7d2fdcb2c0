// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentEntry } from '../services/consultation/consultationDocWriter.js';
import { openDatabase, type Db } from './database.js';
import { openWorkshopStores, type WorkshopStores } from './workshopStores.js';
import type { CommentRecord, ConsultationPersonRecord } from './consultationStore.js';

describe('the consultation store', () => {
  let dir: string;
  let db: Db;
  let stores: WorkshopStores;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stip-consultation-store-'));
    db = openDatabase(dir);
    stores = openWorkshopStores(db);
    db.prepare("INSERT INTO workshops (id, gemeente, title, show_names, created_at) VALUES ('w1', 'G', 'T', 0, 0)").run();
    stores.consultations.insertConsultation({ id: 'c1', workshopId: 'w1', version: 1, intro: '', closesAt: 10, closedEarly: false, repliesAllowed: true, openedAt: 0, publishedAt: null, newVersion: null });
    stores.consultations.insertPerson(person);
    for (const id of ['a', 'b', 'c']) stores.consultations.insertComment(comment(id));
  });
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const person: ConsultationPersonRecord = { id: 'p1', consultationId: 'c1', workshopId: 'w1', participantId: null, name: 'Dirk', role: 'ambtenaar', email: null, source: 'extra', createdAt: 0, openedAt: null };
  let number = 0;
  const comment = (id: string): CommentRecord => ({
    id, consultationId: 'c1', workshopId: 'w1', personId: 'p1', number: ++number, parentId: null, stance: 'eens', text: `Tekst ${id}`,
    anchor: null, status: 'active', createdAt: 0, editedAt: null,
  });
  const answer = (id: string, commentIds: string[]) => ({ id, consultationId: 'c1', workshopId: 'w1', commentIds, answer: id, status: 'verwerkt' as const, wherePassageId: null, answeredAt: 0 });

  it('gives a comment at most one answer: a new answer takes its comments out of older ones, dropping an emptied one', () => {
    stores.consultations.putAnswer(answer('x', ['a', 'b']));
    stores.consultations.putAnswer(answer('y', ['b']));
    expect(stores.consultations.answers('c1').map((a) => [a.id, a.commentIds])).toEqual([['x', ['a']], ['y', ['b']]]);
    stores.consultations.putAnswer(answer('z', ['a', 'b', 'c']));
    expect(stores.consultations.answers('c1').map((a) => [a.id, a.commentIds])).toEqual([['z', ['a', 'b', 'c']]]);
  });

  it('shows a comment by role only, with the name when the workshop shows names, and no text once withdrawn', () => {
    const c = stores.consultations.comment('a')!;
    expect(commentEntry(c, person, false)).toMatchObject({ role: 'ambtenaar', roleCategory: 'ambtenaren', authorName: null, text: 'Tekst a' });
    expect(commentEntry(c, person, true).authorName).toBe('Dirk');
    expect(commentEntry({ ...c, status: 'withdrawn' }, person, true).text).toBe('');
  });
});
