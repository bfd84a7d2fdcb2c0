// SPDX-License-Identifier: EUPL-1.2
/** GET /api/health: 200 once the server listens, with collab figures; 503 while the document store cannot write. */
import type { ApiHandler } from '../apiTypes.js';

/** GET /api/health. */
export const getHealth: ApiHandler = (r) => {
  const health = r.deps.health();
  return { status: health.ok ? 200 : 503, body: health };
};
