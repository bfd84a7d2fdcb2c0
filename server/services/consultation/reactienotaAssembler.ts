// SPDX-License-Identifier: EUPL-1.2
/**
 * The reactienota assembled from plain data: the consultation's stored rows and the consulted and
 * the new vision as ProseMirror nodes. Pure work (the word comparison of the two versions is the
 * heavy part), so the dossier's export worker can run it off the server's event loop; the
 * consultation API runs the same function (reactienotaPresenter.ts).
 *
 * Structured as Dutch municipalities publish it: an account of the process (who was invited, how
 * many reacted, per role category), then every reaction numbered — one item per answer (a comment
 * or a group of similar ones), each active comment in exactly one item — with the passage quoted,
 * the reactions, the answer and the conclusion (tekst aangepast / deels / niet, and where), then
 * the changes made on the facilitator's own initiative (passages changed between the consulted
 * version and the new one that no comment or answer points at). Reactions carry role categories
 * only; names only when the workshop shows them.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Reactienota, ReactienotaItem } from '../../../shared/apiConsultation.js';
import { passageTexts } from '../../../shared/consultationPassages.js';
import type { AnswerStatus } from '../../../shared/consultationDoc.js';
import { roleCategory } from '../../../shared/roles.js';
import { diffVersions, type VersionDiff } from '../../../shared/versionDiff.js';
import type { AnswerRecord, CommentRecord, ConsultationPersonRecord, ConsultationRecord } from '../../store/consultationStore.js';
import { countsPerCategory } from './categoryCounts.js';
import { answerByComment, needsAnswer } from './commentProgress.js';

/** The stored rows a reactienota is made of (read on the main thread: cheap). */
export interface ReactienotaRows {
  consultation: ConsultationRecord;
  comments: CommentRecord[];
  answers: AnswerRecord[];
  people: ConsultationPersonRecord[];
  /** Whether the workshop shows names (then a reaction carries its author's name). */
  showNames: boolean;
}

/** The consulted version and the vision it led to (the new frozen version, else the live vision); null when missing. */
export interface ReactienotaVersions { consulted: PmNode | null; after: PmNode | null }

const CONCLUSION: Record<AnswerStatus, string> = { verwerkt: 'tekst aangepast', deels: 'tekst deels aangepast', niet: 'tekst niet aangepast' };

const iso = (ms: number): string => new Date(ms).toISOString();

function itemOf(
  number: number, comments: CommentRecord[], answer: AnswerRecord | null, people: Map<string, ConsultationPersonRecord>, names: boolean,
  passageText: (id: string) => string | null,
): ReactienotaItem {
  const anchored = comments.find((c) => c.anchor);
  const from = [...new Set(comments.map((c) => roleCategory(people.get(c.personId)?.role ?? 'ambtenaar')))];
  const where = answer?.wherePassageId ? { passageId: answer.wherePassageId, text: passageText(answer.wherePassageId) ?? '' } : null;
  return {
    number,
    commentNumbers: comments.map((c) => c.number),
    passageQuote: anchored?.anchor?.quote ?? '',
    from,
    stances: [...new Set(comments.map((c) => c.stance))],
    summary: comments.map((c) => {
      const author = names ? people.get(c.personId)?.name : undefined;
      return `${c.number}. ${c.text}${author ? ` (${author})` : ''}`;
    }),
    answer: answer?.answer ?? '',
    status: answer?.status ?? null,
    conclusion: answer ? CONCLUSION[answer.status] : 'nog niet beantwoord',
    where,
  };
}

/** One item per answer and per unanswered comment, in order of their first comment's number. */
function itemsOf(comments: CommentRecord[], answers: AnswerRecord[], people: Map<string, ConsultationPersonRecord>, names: boolean, passageText: (id: string) => string | null): ReactienotaItem[] {
  const byComment = answerByComment(answers);
  const groups = new Map<string, { comments: CommentRecord[]; answer: AnswerRecord | null }>();
  for (const c of comments.filter(needsAnswer)) {
    const answer = byComment.get(c.id) ?? null;
    const key = answer ? `a:${answer.id}` : `c:${c.id}`;
    const group = groups.get(key) ?? { comments: [], answer };
    group.comments.push(c);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.comments[0].number - b.comments[0].number)
    .map((g, i) => itemOf(i + 1, g.comments, g.answer, people, names, passageText));
}

function textOf(segments: VersionDiff['blocks'][number]['segments'], side: 'before' | 'after'): string {
  return segments.filter((s) => s.kind === 'same' || s.kind === (side === 'before' ? 'del' : 'ins')).map((s) => s.text).join('');
}

/** The reactienota of the rows and versions (draft until published). */
export function assembleReactienota(rows: ReactienotaRows, versions: ReactienotaVersions): Reactienota {
  const { consultation: c, comments, answers, people: peopleList, showNames } = rows;
  const people = new Map(peopleList.map((p) => [p.id, p]));
  const passages = versions.after ? passageTexts(versions.after) : [];
  const diff = versions.consulted && versions.after ? diffVersions(versions.consulted, versions.after, c.version, c.newVersion ?? c.version + 1) : null;
  const passageText = (id: string) => passages.find((p) => p.passageId === id)?.text ?? null;
  const items = itemsOf(comments, answers, people, showNames, passageText);
  const pointedAt = new Set([
    ...comments.map((r) => r.anchor?.passageId).filter((id): id is string => !!id),
    ...answers.map((a) => a.wherePassageId).filter((id): id is string => !!id),
  ]);
  const ownChanges = (diff?.blocks ?? [])
    .filter((b) => b.change !== 'same' && b.passageId !== null && !pointedAt.has(b.passageId))
    .map((b) => ({ passageId: b.passageId!, before: textOf(b.segments, 'before'), after: textOf(b.segments, 'after') }));
  const active = comments.filter(needsAnswer);
  return {
    published: c.publishedAt !== null,
    publishedAt: c.publishedAt === null ? null : iso(c.publishedAt),
    process: {
      version: c.version, openedAt: iso(c.openedAt), closesAt: iso(c.closesAt), invited: peopleList.length,
      reacted: new Set(comments.filter((r) => r.status === 'active').map((r) => r.personId)).size,
      comments: active.length, perCategory: countsPerCategory(peopleList, comments),
    },
    items,
    ownChanges,
    unanswered: items.filter((i) => i.status === null).reduce((n, i) => n + i.commentNumbers.length, 0),
  };
}
