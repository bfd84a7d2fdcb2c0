// SPDX-License-Identifier: EUPL-1.2
/**
 * What the merge view can take into the vision, as plain data: each group statement and each
 * paragraph of a group's horizon becomes a source item with the SourceRef recorded in the
 * vision's provenance, the section it belongs to, and its endorsements. Also: suggestions across
 * groups (shared/similarity), the most endorsed statements, and how a recorded source reads now
 * (its statement may have been edited or deleted since).
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Statement } from '../../../shared/groupDoc.js';
import { sourceKey, type SourceRef, type VisionSection } from '../../../shared/visionDoc.js';
import { clusterStatements, topEndorsed, type StatementCluster } from '../../../shared/similarity/statementClusters.js';

/** Something that can be taken into the vision. */
export interface SourceItem {
  /** Unique over all groups (the provenance key of its SourceRef). */
  key: string;
  ref: SourceRef;
  text: string;
  group: number;
  section: VisionSection;
  endorsements: number;
}

/** A group statement as a source item. */
export function statementItem(group: number, s: Statement): SourceItem {
  const ref: SourceRef = { kind: 'statement', group, statementId: s.id, statementKind: s.kind, quote: s.text };
  return { key: sourceKey(ref), ref, text: s.text, group, section: s.kind, endorsements: s.endorsedBy.length };
}

/** The non-empty paragraphs (and list items) of a group's horizon as source items, in order, without repeats. */
export function horizonItems(group: number, horizon: ProseMirrorNode | null): SourceItem[] {
  if (!horizon) return [];
  const texts: string[] = [];
  horizon.descendants((node) => {
    if (node.type.name === 'paragraph' || node.type.name === 'heading') {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
      return false;
    }
    return true;
  });
  const seen = new Set<string>();
  return texts.filter((t) => (seen.has(t) ? false : (seen.add(t), true))).map((quote) => {
    const ref: SourceRef = { kind: 'horizon', group, quote };
    return { key: sourceKey(ref), ref, text: quote, group, section: 'horizon' as const, endorsements: 0 };
  });
}

/** The section a set of items goes to: the first item's (the one chosen first leads). */
export function sectionFor(items: readonly SourceItem[]): VisionSection {
  return items[0]?.section ?? 'horizon';
}

/** A suggestion: statements of different groups that probably say the same. */
export interface Suggestion { id: string; label: string; groups: number[]; items: SourceItem[] }

/** Clusters of similar statements across groups (statements only; horizons are not clustered). */
export function suggestionsFor(items: readonly SourceItem[]): Suggestion[] {
  const statements = items.filter((i) => i.ref.kind === 'statement' && i.text.trim() !== '');
  const byKey = new Map(statements.map((i) => [i.key, i]));
  const { clusters } = clusterStatements(statements.map((i) => ({
    id: i.key, group: i.group, kind: i.section, text: i.text, endorsements: i.endorsements,
  })));
  return clusters.map((c: StatementCluster) => ({
    id: c.id, label: c.label, groups: c.groups, items: c.statementIds.map((id) => byKey.get(id)!).filter(Boolean),
  }));
}

/** The most endorsed statements over all groups. */
export function mostEndorsed(items: readonly SourceItem[], n: number): SourceItem[] {
  const statements = items.filter((i) => i.ref.kind === 'statement');
  const byKey = new Map(statements.map((i) => [i.key, i]));
  return topEndorsed(statements.map((i) => ({ id: i.key, group: i.group, kind: i.section, text: i.text, endorsements: i.endorsements })), n)
    .map((s) => byKey.get(s.id)!);
}

/** How a recorded source reads now. */
export type SourceNow =
  | { state: 'current'; text: string }
  | { state: 'changed'; text: string; quote: string }
  | { state: 'deleted'; quote: string }
  | { state: 'horizon'; quote: string };

/**
 * Looks a recorded source up in the groups' current statements (`statements[group - 1]`). A
 * statement that is gone reads as deleted; a group not loaded yet reads as its quote.
 */
export function sourceNow(ref: SourceRef, statements: readonly (readonly Statement[] | null)[]): SourceNow {
  if (ref.kind === 'horizon') return { state: 'horizon', quote: ref.quote };
  const list = statements[ref.group - 1];
  if (!list) return { state: 'current', text: ref.quote };
  const found = list.find((s) => s.id === ref.statementId);
  if (!found) return { state: 'deleted', quote: ref.quote };
  return found.text === ref.quote ? { state: 'current', text: found.text } : { state: 'changed', text: found.text, quote: ref.quote };
}
