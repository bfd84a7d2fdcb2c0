// SPDX-License-Identifier: EUPL-1.2
/**
 * Same-origin JSON requests to the Stip API. Every error answer of the server is
 * `{ error, message, issues? }` (shared/apiErrors.ts); it becomes an ApiError with that id, so a
 * screen can show its own Dutch text per id. A request that never reached the server gets the
 * id `network`.
 */
import type { ApiErrorBody, ApiErrorId } from '../../shared/apiErrors.js';
import { buildPath, type AnswerOf, type ApiRoute, type BodyInputOf, type PathParams } from '../../shared/api/routeContract.js';

/** An error id of the API, or `network` (no answer) or `unknown` (an answer we cannot read). */
export type ClientErrorId = ApiErrorId | 'network' | 'unknown';

/** A failed API call. */
export class ApiError extends Error {
  /** Creates an error from a status and the parsed error body. */
  constructor(
    readonly status: number,
    readonly id: ClientErrorId,
    message: string,
    readonly issues: ApiErrorBody['issues'] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    if (typeof body.error === 'string') return new ApiError(response.status, body.error, body.message ?? '', body.issues ?? []);
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status, 'unknown', `HTTP ${response.status}`);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Calls one route of the contract (shared/api/routes.ts): its method, its path with these
 * parameters (and an optional query), this body; the answer is typed from the route.
 */
export function callApi<R extends ApiRoute>(
  route: R,
  params: PathParams<R['path']>,
  body?: BodyInputOf<R>,
  query?: URLSearchParams,
): Promise<AnswerOf<R>> {
  const path = buildPath(route.path, params);
  return request<AnswerOf<R>>(route.method, query ? `${path}?${query.toString()}` : path, body);
}
