/**
 * The sources of an agreement: each must be an ambition or expectation that exists in its role
 * group's document right now; the server then stores it with its current text as the quote (like
 * the vision's provenance). A source that does not exist is refused (`agreement-source-unknown`).
 */
import type { AgreementSourceBody } from '../../../shared/apiAgreements.js';
import type { AgreementSource } from '../../../shared/agreementsDoc.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

/**
 * The sources with their quotes, or refuses the first that does not exist. Meeting 2's role-group
 * documents have no home in shared/ yet, so no source can exist: any source is refused.
 */
export async function resolveSources(_ctx: ServiceContext, _workshopId: string, sources: readonly AgreementSourceBody[]): Promise<AgreementSource[]> {
  if (sources.length > 0) {
    throw new DomainError('agreement-source-unknown', 'No such ambition or expectation', [{ path: 'sources.0', message: 'does not exist' }]);
  }
  return [];
}
