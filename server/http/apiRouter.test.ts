// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { API_ROUTES, type RouteKey } from '../../shared/api/routes.js';
import { buildPath, type PathParams } from '../../shared/api/routeContract.js';
import { API_HANDLERS, buildApiRouter } from './apiRouter.js';

const sample = (path: string): string => buildPath(path, { id: 'AbCdEfGhIjKl', pid: 'p1', n: '2' } as PathParams<string>);

describe('the API router', () => {
  const router = buildApiRouter();

  it('routes every route of the contract to its own handler', () => {
    for (const key of Object.keys(API_ROUTES) as RouteKey[]) {
      const route = API_ROUTES[key];
      const match = router.match(route.method, sample(route.path));
      expect(match !== null && match !== 'method-not-allowed' && match.handler.key, key).toBe(key);
      if (match === null || match === 'method-not-allowed') continue;
      expect(match.handler.handler).toBe(API_HANDLERS[key]);
    }
  });

  it('decodes path parameters and tells an unknown method from an unknown path', () => {
    const match = router.match('PATCH', '/api/workshops/AbC/participants/p%201');
    expect(match !== null && match !== 'method-not-allowed' && match.params).toEqual({ id: 'AbC', pid: 'p 1' });
    expect(router.match('PUT', '/api/workshops')).toBe('method-not-allowed');
    expect(router.match('GET', '/api/nothing')).toBeNull();
  });
});
