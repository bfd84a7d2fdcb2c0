// SPDX-License-Identifier: EUPL-1.2
/**
 * The figures of GET /metrics in the Prometheus text exposition format (version 0.0.4): one
 * `# HELP`, one `# TYPE` and one sample per figure, names prefixed `stip_`.
 */
import type { MetricsAnswer } from './metricsAnswer.js';

type Kind = 'gauge' | 'counter';

/** Renders the figures as Prometheus text. */
export function toPrometheusText(m: MetricsAnswer): string {
  const lines: string[] = [];
  const add = (name: string, kind: Kind, help: string, value: number | undefined, labels = '') => {
    if (value === undefined || !Number.isFinite(value)) return;
    lines.push(`# HELP stip_${name} ${help}`, `# TYPE stip_${name} ${kind}`, `stip_${name}${labels} ${value}`);
  };
  add('info', 'gauge', 'Version of this Stip instance.', 1, `{version="${m.version.replace(/["\\\n]/g, '')}"}`);
  add('uptime_seconds', 'gauge', 'Seconds since this instance started.', m.uptimeSeconds);
  add('open_sockets', 'gauge', 'Open collaboration WebSockets.', m.connections);
  add('rooms_loaded', 'gauge', 'Documents loaded in memory.', m.rooms);
  const ops = m.ops;
  if (ops) {
    add('updates_total', 'counter', 'Document updates accepted by this instance.', ops.updatesTotal);
    add('updates_per_second', 'gauge', 'Document updates accepted per second (last ten seconds).', ops.updatesPerSecond);
    add('store_writes_total', 'counter', 'Batches written by the document store.', ops.storeWrites);
    add('store_write_seconds_sum', 'counter', 'Total seconds the document store spent writing batches.', ops.storeWriteSecondsSum);
    add('store_write_seconds_max', 'gauge', 'Longest batch write of the document store, in seconds.', ops.storeWriteSecondsMax);
    add('event_loop_delay_p99_seconds', 'gauge', 'Event-loop delay, 99th percentile since start, in seconds.', ops.eventLoopDelayP99Seconds);
    add('event_loop_delay_max_seconds', 'gauge', 'Longest event-loop delay since start, in seconds.', ops.eventLoopDelayMaxSeconds);
  }
  const fanout = m.fanout;
  if (fanout) {
    add('redis_lag_seconds', 'gauge', 'Seconds between another instance writing an entry to Redis and its delivery here (last entry).', fanout.lagMs / 1000);
    add('redis_connected', 'gauge', 'Whether the fan-out reader is connected to Redis (1) or not (0).', fanout.connected ? 1 : 0);
    add('fanout_published_total', 'counter', 'Committed updates written to the Redis streams.', fanout.published);
    add('fanout_publish_failed_total', 'counter', 'Committed updates not written to Redis (others catch up from PostgreSQL).', fanout.publishFailed);
    add('fanout_delivered_total', 'counter', 'Other instances\' updates delivered from Redis.', fanout.delivered);
    add('fanout_caught_up_total', 'counter', 'Other instances\' updates read from PostgreSQL after a gap or a reconnect.', fanout.caughtUp);
  }
  return lines.join('\n') + '\n';
}
