// SPDX-License-Identifier: EUPL-1.2
/**
 * The awareness state of a collaboration client; `user` is overwritten by the server from the session.
 * When a workshop hides names, the server sends `name: ''`: others see role and colour only.
 */
import type { Role } from './roles.js';

/**
 * Who a connection is, as others see it. `key` tells one person from another (tabs of one person
 * share it) without naming them: a hash of the same seed as the colour (personKeyFor).
 */
export interface AwarenessUser { name: string; role: Role; color: string; key?: string }

/**
 * Caret colours: dark enough for white label text (WCAG AA) and far enough apart to tell people
 * apart. The first eight are the original colours, so a person keeps their colour unless it clashes.
 */
export const CARET_PALETTE = [
  '#b3261e', '#1b5e20', '#0d47a1', '#6a1b9a', '#e65100', '#004d40', '#880e4f', '#3e2723',
  '#37474f', '#1a237e', '#00695c', '#4a148c', '#bf360c', '#33691e', '#ad1457', '#01579b',
] as const;

/** A 32-bit string hash of a seed (the base of a person's colour and presence key). */
function seedHash(seed: string): number {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** A person's presence key: the same on every screen and in every tab, naming nobody. */
export function personKeyFor(seed: string): string {
  return `p${seedHash(`key\u0000${seed}`).toString(36)}`;
}

/** The first eight colours: a person's own colour is one of these (hash of a stable seed). */
const HOME_COLORS = CARET_PALETTE.slice(0, 8);

/** A readable caret colour per person, from a small palette with enough contrast on white. */
export function colorFor(seed: string): string {
  return HOME_COLORS[seedHash(seed) % HOME_COLORS.length];
}

/** One person present in a document, for colour assignment: a stable key and their own colour. */
export interface ColorClaim { key: string; color: string }

/**
 * Gives everyone present in one document a different colour. Every screen sees the same set of
 * people, so every screen comes to the same answer: in key order, each person keeps their own colour
 * when it is still free, else takes the first free colour of the palette. Only when there are more
 * people than colours do colours repeat. Returns key → colour.
 */
export function distinctColors(claims: readonly ColorClaim[]): Map<string, string> {
  const sorted = [...new Map(claims.map((c) => [c.key, c])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const taken = new Set<string>();
  const result = new Map<string, string>();
  const wanting: ColorClaim[] = [];
  for (const claim of sorted) {
    if (!taken.has(claim.color)) { taken.add(claim.color); result.set(claim.key, claim.color); } else wanting.push(claim);
  }
  for (const claim of wanting) {
    const free = CARET_PALETTE.find((c) => !taken.has(c));
    const color = free ?? claim.color;
    taken.add(color);
    result.set(claim.key, color);
  }
  return result;
}
