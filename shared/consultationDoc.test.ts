// SPDX-License-Identifier: EUPL-1.2
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD } from './consultationAnchor.js';
import {
  CONSULTATION_FIELDS, MAX_ANSWER_CHARS, MAX_COMMENT_CHARS, consultationAnswersOf, consultationCommentsOf, consultationIsOpen,
  consultationMetaOf, readConsultation, writeConsultationAnswers, writeConsultationComment, writeConsultationMeta, type ConsultationComment,
} from './consultationDoc.js';
import { passageTexts } from './consultationPassages.js';
import { rulesOfDocName } from './docRulesByKind.js';
import { editorSchema } from './editor/schema.js';

const comment = (id: string, number: number): ConsultationComment => ({
  id, number, parentId: null, stance: 'eens', text: `Reactie ${number}`, role: 'ambtenaar', roleCategory: 'ambtenaren',
  authorName: null, anchor: null, status: 'active', createdAt: '2026-01-01T10:00:00.000Z', editedAt: null,
});

describe('the consultation document', () => {
  it('is written by the server only, with exactly its three maps', () => {
    const rules = rulesOfDocName('w/abcdefghij/consultation');
    expect(rules?.serverOnly).toBe(true);
    expect(Object.keys(rules!.fields).sort()).toEqual(Object.values(CONSULTATION_FIELDS).sort());
  });

  it('reads back its meta, its comments by number and the published answers', () => {
    const doc = new Y.Doc();
    expect(readConsultation(doc)).toEqual({ meta: null, comments: [], answers: [] });
    writeConsultationMeta(doc, { consultationId: 'c1', version: 1, intro: 'Graag uw reactie', closesAt: '2030-01-01T12:00:00.000Z', repliesAllowed: true, showNames: false, publishedAt: null, newVersion: null, closedEarly: false });
    writeConsultationComment(doc, comment('b', 2));
    writeConsultationComment(doc, comment('a', 1));
    writeConsultationAnswers(doc, [{ id: 'x', commentIds: ['a', 'b'], answer: 'Overgenomen', status: 'verwerkt', wherePassageId: null, answeredAt: '2030-01-02T00:00:00.000Z' }]);
    const snap = readConsultation(doc);
    expect(snap.meta).toMatchObject({ consultationId: 'c1', version: 1, repliesAllowed: true, publishedAt: null });
    expect(snap.comments.map((c) => c.id)).toEqual(['a', 'b']);
    expect(snap.answers).toHaveLength(1);
    expect(consultationMetaOf(doc).get('intro')).toBe('Graag uw reactie');
    expect(consultationCommentsOf(doc).size).toBe(2);
    expect(consultationAnswersOf(doc).size).toBe(1);
    expect(consultationIsOpen(snap.meta!, Date.parse('2029-12-31T00:00:00Z'))).toBe(true);
    expect(consultationIsOpen(snap.meta!, Date.parse('2030-01-01T12:00:00Z'))).toBe(false);
  });

  it('has the limits the issue names and a confidence threshold between 0 and 1', () => {
    expect(MAX_COMMENT_CHARS).toBe(2000);
    expect(MAX_ANSWER_CHARS).toBeGreaterThan(MAX_COMMENT_CHARS);
    expect(CONFIDENCE_THRESHOLD).toBeGreaterThan(0.5);
    expect(CONFIDENCE_THRESHOLD).toBeLessThan(1);
  });
});

describe('the passages of a version', () => {
  it('joins the halves of a split passage and skips headings', () => {
    const doc = editorSchema.node('doc', null, [
      editorSchema.node('heading', { level: 2 }, [editorSchema.text('Open staan')]),
      editorSchema.node('paragraph', { passage: 'p1' }, [editorSchema.text('Eerste helft.')]),
      editorSchema.node('paragraph', { passage: 'p2' }, [editorSchema.text('Ander.')]),
      editorSchema.node('paragraph', { passage: 'p1' }, [editorSchema.text('Tweede helft.')]),
    ]);
    expect(passageTexts(doc)).toEqual([
      { passageId: 'p1', text: 'Eerste helft.\nTweede helft.', nodeType: 'paragraph', heading: 'Open staan' },
      { passageId: 'p2', text: 'Ander.', nodeType: 'paragraph', heading: 'Open staan' },
    ]);
  });
});
