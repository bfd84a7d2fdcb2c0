// SPDX-License-Identifier: EUPL-1.2
/**
 * Runs one API request: route (from the contract) → CSRF checks and body (writes) → session →
 * screen rule and access → handler → JSON answer or error answer; the route's audit entries on the way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { screenMayCall } from '../../shared/api/routeContract.js';
import { actorOf, type Actor } from '../auth/actor.js';
import type { Log } from '../log.js';
import type { RoutedApi } from './apiRouter.js';
import type { ApiDeps, ApiRequest } from './apiTypes.js';
import { recordRouteAudit } from './routeAudit.js';
import { checkWriteRequest, WRITE_METHODS } from './csrfGuard.js';
import { HttpError, toHttpError } from './httpError.js';
import { readJsonBody } from './jsonBody.js';
import { sendError, sendJson } from './respond.js';
import { checkRouteAccess } from './routeAccess.js';
import type { Router } from './router.js';

/** Creates the function that answers /api requests. */
export function createApiDispatcher(router: Router<RoutedApi>, deps: ApiDeps, log: Log) {
  return async function dispatchApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    let body: unknown;
    let actor: Actor | null = null;
    let routed: { api: RoutedApi; params: Record<string, string> } | null = null;
    try {
      const match = router.match(method, pathname);
      if (match === null) throw new HttpError('not-found', 'No such route');
      if (match === 'method-not-allowed') throw new HttpError('not-found', `${method} is not supported on this route`);
      routed = { api: match.handler, params: match.params };
      const { route, handler } = match.handler;
      if (WRITE_METHODS.has(method)) {
        checkWriteRequest(req);
        body = await readJsonBody(req);
      }
      actor = await actorOf(deps.services.stores, req, deps.services.now());
      if (actor?.kind === 'screen' && !screenMayCall(route)) throw new HttpError('forbidden', 'The plenary screen can only read');
      const request: ApiRequest = { req, res, params: match.params, body, actor, deps };
      await checkRouteAccess(route.access, request);
      await recordRouteAudit(deps.services, 'granted', { route, params: match.params, actor, body });
      const answer = await handler(request);
      await recordRouteAudit(deps.services, 'ok', { route, params: match.params, actor, body, answer: answer.body, notes: answer.notes });
      sendJson(res, answer.status, answer.body, answer.headers);
      if (WRITE_METHODS.has(method)) log.info('api.write', { method, path: pathname, status: answer.status });
    } catch (err) {
      const httpError = toHttpError(err);
      if (httpError.id === 'internal') log.error('api.error', { method, path: pathname, error: err instanceof Error ? err.message : String(err) });
      else if (WRITE_METHODS.has(method)) log.info('api.refused', { method, path: pathname, status: httpError.status, error: httpError.id });
      if (routed && httpError.id !== 'internal') {
        await recordRouteAudit(deps.services, 'refused', { route: routed.api.route, params: routed.params, actor, body, error: httpError.id });
      }
      sendError(res, httpError);
    }
  };
}
