// SPDX-License-Identifier: EUPL-1.2
/**
 * How often one personal link may post (comments and replies together): at most
 * COMMENTS_PER_MINUTE in any minute and COMMENTS_PER_HOUR in any hour, counted in memory per person
 * (a restart forgets it, which only ever allows more). Edits and withdrawals are not counted.
 */
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

/** Most posts of one link in a minute. */
export const COMMENTS_PER_MINUTE = 5;
/** Most posts of one link in an hour. */
const COMMENTS_PER_HOUR = 60;

const postsByContext = new WeakMap<ServiceContext, Map<string, number[]>>();

/** Records a post of `personId` now, or throws too-many-comments (and records nothing). */
export function admitPost(ctx: ServiceContext, personId: string): void {
  let posts = postsByContext.get(ctx);
  if (!posts) postsByContext.set(ctx, (posts = new Map()));
  const now = ctx.now();
  const recent = (posts.get(personId) ?? []).filter((t) => t > now - 3600_000);
  const lastMinute = recent.filter((t) => t > now - 60_000).length;
  if (lastMinute >= COMMENTS_PER_MINUTE || recent.length >= COMMENTS_PER_HOUR) {
    posts.set(personId, recent);
    throw new DomainError('too-many-comments', 'Too many comments from this link in a short time: wait a minute');
  }
  recent.push(now);
  posts.set(personId, recent);
}
