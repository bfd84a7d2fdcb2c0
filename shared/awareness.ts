/** The awareness state of a collaboration client; `user` is overwritten by the server from the session. */
import type { Role } from './roles.js';

/** Who a connection is, as others see it. */
export interface AwarenessUser { name: string; role: Role; color: string }

/** A readable caret colour per person, from a small palette with enough contrast on white. */
export function colorFor(seed: string): string {
  const palette = ['#b3261e', '#1b5e20', '#0d47a1', '#6a1b9a', '#e65100', '#004d40', '#880e4f', '#3e2723'];
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palette[h % palette.length];
}
