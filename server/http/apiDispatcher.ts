/** Runs one API request: route → CSRF checks and body (writes) → session → handler → JSON answer or error answer. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { actorOf, type Actor } from '../auth/actor.js';
import { screenMayCall } from '../auth/screenPermissions.js';
import type { Log } from '../log.js';
import type { ApiDeps, ApiHandler } from './apiTypes.js';
import { auditApiWrite } from './auditWrites.js';
import { checkWriteRequest, WRITE_METHODS } from './csrfGuard.js';
import { HttpError, toHttpError } from './httpError.js';
import { readJsonBody } from './jsonBody.js';
import { sendError, sendJson } from './respond.js';
import type { Router } from './router.js';

/** Creates the function that answers /api requests. */
export function createApiDispatcher(router: Router<ApiHandler>, deps: ApiDeps, log: Log) {
  return async function dispatchApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    let body: unknown;
    let actor: Actor | null = null;
    try {
      const match = router.match(method, pathname);
      if (match === null) throw new HttpError('not-found', 'No such route');
      if (match === 'method-not-allowed') throw new HttpError('not-found', `${method} is not supported on this route`);
      if (WRITE_METHODS.has(method)) {
        checkWriteRequest(req);
        body = await readJsonBody(req);
      }
      actor = actorOf(deps.services.stores, req, deps.services.now());
      if (actor?.kind === 'screen' && !screenMayCall(method, pathname)) throw new HttpError('forbidden', 'The plenary screen can only read');
      const answer = await match.handler({ req, res, params: match.params, body, actor, deps });
      sendJson(res, answer.status, answer.body, answer.headers);
      if (WRITE_METHODS.has(method)) {
        log.info('api.write', { method, path: pathname, status: answer.status });
        auditApiWrite(deps.services, { method, pathname, actor, body, answerBody: answer.body });
      }
    } catch (err) {
      const httpError = toHttpError(err);
      if (httpError.id === 'internal') log.error('api.error', { method, path: pathname, error: err instanceof Error ? err.message : String(err) });
      else if (WRITE_METHODS.has(method)) {
        log.info('api.refused', { method, path: pathname, status: httpError.status, error: httpError.id });
        auditApiWrite(deps.services, { method, pathname, actor, body, error: httpError.id });
      }
      sendError(res, httpError);
    }
  };
}
