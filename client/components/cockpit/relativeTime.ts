// SPDX-License-Identifier: EUPL-1.2
/** "zojuist", "3 minuten geleden": how long ago something happened, in whole minutes. */

/** Whole minutes between `then` and `now` (never negative). */
export const minutesAgo = (now: number, then: number) => Math.max(0, Math.floor((now - then) / 60_000));
