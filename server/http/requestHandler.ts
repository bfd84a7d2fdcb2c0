// SPDX-License-Identifier: EUPL-1.2
/** The HTTP entry: security headers, then /api → JSON API, /j/<token> → join, /collab → upgrade only, else the client. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PATH, COLLAB_PATH, isPathUnder } from '../../shared/paths.js';
import type { Log } from '../log.js';
import { createApiDispatcher } from './apiDispatcher.js';
import { buildApiRouter } from './apiRouter.js';
import type { ApiDeps } from './apiTypes.js';
import { HttpError } from './httpError.js';
import { answerJoin, joinTokenOf } from './joinRoute.js';
import type { MetricsAnswer } from './metricsAnswer.js';
import { answerMetrics, METRICS_PATH } from './metricsRoute.js';
import { answerProbe, type Readiness } from './probeRoutes.js';
import { sendError } from './respond.js';
import { contentSecurityPolicy, setSecurityHeaders } from './securityHeaders.js';
import { createStaticClient } from './staticClient.js';
import { sessionInliner } from './sessionInline.js';
import type { RateLimitGate } from './rateLimitGate.js';
import { sendApiRateLimited, sendLinkRateLimited } from './rateLimitAnswers.js';

/** What the request handler needs. */
export interface RequestHandlerDeps extends ApiDeps {
  clientDir: string | null;
  log: Log;
  /** Per-address limits of API calls and join-link openings; none when absent. */
  rateLimits?: RateLimitGate;
  /** The public URL: WebSockets may connect to its ws/wss origin (CSP connect-src); null allows the page's own origin only. */
  publicUrl?: string | null;
  /** The token of GET /metrics (STIP_METRICS_TOKEN) and its figures; /metrics is off without a token. */
  metrics?: { token: string | null; figures: () => MetricsAnswer };
  /** What GET /readyz checks (GET /livez needs nothing). */
  readiness?: Readiness;
}

function pathnameOf(req: IncomingMessage): string {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  return q < 0 ? raw : raw.slice(0, q);
}

/** Creates the `request` listener of the HTTP server. */
export function createRequestHandler(deps: RequestHandlerDeps) {
  const dispatchApi = createApiDispatcher(buildApiRouter(), deps, deps.log);
  const serveClient = createStaticClient(deps.clientDir, sessionInliner(deps.services));
  const csp = contentSecurityPolicy(deps.publicUrl ?? null);
  return function handleRequest(req: IncomingMessage, res: ServerResponse): void {
    setSecurityHeaders(res, deps.secureCookies, csp);
    const pathname = pathnameOf(req);
    const failed = (err: unknown) => {
      deps.log.error('http.error', { method: req.method, error: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) sendError(res, new HttpError('internal', 'Something went wrong on the server'));
      else res.destroy();
    };
    try {
      if (isPathUnder(pathname, API_PATH)) {
        if (deps.rateLimits && !deps.rateLimits.allowApiCall(req)) return sendApiRateLimited(res, deps.rateLimits.retryAfterSeconds('api'));
        void dispatchApi(req, res, pathname);
        return;
      }
      if (req.method === 'GET' && answerProbe(req, res, pathname, deps.readiness)) return;
      if (pathname === METRICS_PATH && deps.metrics) return answerMetrics(req, res, deps.metrics.token, deps.metrics.figures);
      const token = joinTokenOf(req, pathname);
      if (token !== null) {
        if (deps.rateLimits && !(deps.rateLimits.allowApiCall(req) && deps.rateLimits.allowLinkOpen(token))) {
          deps.log.info('join.rate-limited', {});
          return sendLinkRateLimited(res, deps.rateLimits.retryAfterSeconds('link'));
        }
        answerJoin(res, token, deps).catch(failed);
        return;
      }
      if (isPathUnder(pathname, COLLAB_PATH)) {
        sendError(res, new HttpError('not-found', 'The collaboration endpoint only answers WebSocket upgrades'));
        return;
      }
      serveClient(req, res, pathname).catch(failed);
    } catch (err) {
      failed(err);
    }
  };
}
