/** GET /api/health: 200 once the server listens, with collab figures. */
import type { ApiHandler } from '../apiTypes.js';

/** GET /api/health. */
export const getHealth: ApiHandler = (r) => ({ status: 200, body: r.deps.health() });
