// SPDX-License-Identifier: EUPL-1.2
/** What GET /metrics reports (as JSON or as Prometheus text, metricsRoute.ts). */
import type { FanoutFigures } from '../cluster/RedisFanout.js';
import type { OpsFigures } from '../ops/OpsMeter.js';

/** The figures /metrics answers. */
export interface MetricsAnswer {
  version: string;
  uptimeSeconds: number;
  rooms: number;
  connections: number;
  /** Updates, store write latency, event-loop delay. */
  ops?: OpsFigures;
  /** The fan-out between instances (with REDIS_URL). */
  fanout?: FanoutFigures | null;
}
