// SPDX-License-Identifier: EUPL-1.2
/**
 * `GET /metrics`: the internal figures that /api/health no longer tells anyone (version, uptime,
 * open rooms and sockets), for operators and the soak run. Off (404) unless STIP_METRICS_TOKEN is
 * set; then only answered to `Authorization: Bearer <token>`.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './httpError.js';
import type { MetricsAnswer } from './metricsAnswer.js';
import { toPrometheusText } from './prometheusText.js';
import { sendError, sendJson } from './respond.js';

/** The path of the metrics endpoint. */
export const METRICS_PATH = '/metrics';


function bearerMatches(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Answers /metrics: the figures with the right token (Prometheus text; JSON for `Accept:
 * application/json`, as the soak reads them), else 404 as if there were no such path.
 */
export function answerMetrics(req: IncomingMessage, res: ServerResponse, token: string | null, metrics: () => MetricsAnswer): void {
  if (!token || req.method !== 'GET' || !bearerMatches(req, token)) return sendError(res, new HttpError('not-found', 'No such route'));
  if ((req.headers.accept ?? '').includes('application/json')) return sendJson(res, 200, metrics(), { 'Cache-Control': 'no-store' });
  res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(toPrometheusText(metrics()));
}
