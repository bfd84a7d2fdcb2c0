// SPDX-License-Identifier: EUPL-1.2
/**
 * The sources of an agreement: each must be an ambition or expectation that exists in its role
 * group's document right now (read through the document port); the server then stores it with its
 * current text as the quote, like the vision's provenance. A source that does not exist is refused
 * (`agreement-source-unknown`, naming which one), and nothing changes.
 */
import type { AgreementSourceBody } from '../../../shared/apiAgreements.js';
import type { AgreementSource } from '../../../shared/agreementsDoc.js';
import { roleGroupDocName, type RoleGroup } from '../../../shared/docNames.js';
import { readRoleGroupDoc, sourceRoleGroup, type RoleGroupSnapshot } from '../../../shared/roleGroupDoc.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

const sourceKey = (s: AgreementSourceBody) => (s.kind === 'ambition' ? `a:${s.roleGroup}:${s.statementId}` : `e:${s.from}:${s.to}:${s.statementId}`);

/** The text of the source in its group's snapshot, or null when it does not exist there. */
function quoteOf(snapshot: RoleGroupSnapshot, source: AgreementSourceBody): string | null {
  const list = source.kind === 'ambition' ? snapshot.ambitions : source.from === source.to ? [] : snapshot.expectations[source.to];
  return list.find((s) => s.id === source.statementId)?.text ?? null;
}

/** The sources (without repeats) with their quotes, or refuses the first that does not exist. */
export async function resolveSources(ctx: ServiceContext, workshopId: string, sources: readonly AgreementSourceBody[]): Promise<AgreementSource[]> {
  const unique = [...new Map(sources.map((s) => [sourceKey(s), s])).values()];
  const snapshots = new Map<RoleGroup, RoleGroupSnapshot>();
  const resolved: AgreementSource[] = [];
  for (const [index, source] of unique.entries()) {
    const group = sourceRoleGroup({ ...source, quote: '' });
    let snapshot = snapshots.get(group);
    if (!snapshot) {
      snapshot = await ctx.documents.read(roleGroupDocName(workshopId, group), (doc) => readRoleGroupDoc(doc, group));
      snapshots.set(group, snapshot);
    }
    const quote = quoteOf(snapshot, source);
    if (quote === null) {
      throw new DomainError('agreement-source-unknown', 'No such ambition or expectation', [{ path: `sources.${index}`, message: 'does not exist' }]);
    }
    resolved.push({ ...source, quote });
  }
  return resolved;
}
