// SPDX-License-Identifier: EUPL-1.2
/** The consultation of a workshop as every consultation service needs it: found, and open or closed at the server's clock. */
import { DomainError } from '../domainError.js';
import type { ConsultationRecord } from '../../store/consultationStore.js';
import type { ServiceContext } from '../serviceContext.js';

/** The workshop's consultation, or consultation-not-found. */
export async function requireConsultation(ctx: Pick<ServiceContext, 'stores'>, workshopId: string): Promise<ConsultationRecord> {
  const consultation = await ctx.stores.consultations.ofWorkshop(workshopId);
  if (!consultation) throw new DomainError('consultation-not-found', 'This workshop has no consultation');
  return consultation;
}

/** Whether comments are still taken now: every request checks the deadline itself (there is no timer job). */
export const consultationOpenNow = (ctx: ServiceContext, c: ConsultationRecord): boolean => c.closesAt > ctx.now();

/** Throws consultation-closed once the closing time has passed. */
export function requireOpen(ctx: ServiceContext, c: ConsultationRecord): void {
  if (!consultationOpenNow(ctx, c)) throw new DomainError('consultation-closed', 'The consultation has closed: comments can no longer be posted, edited or withdrawn');
}

/** Epoch ms → ISO-8601. */
export const iso = (ms: number): string => new Date(ms).toISOString();
