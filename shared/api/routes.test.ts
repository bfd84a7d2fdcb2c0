// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { API_PATH, COLLAB_PATH, isPathUnder } from '../paths.js';
import { buildPath, screenMayCall, type ApiRoute } from './routeContract.js';
import { API_ROUTES } from './routes.js';

const routes = Object.entries(API_ROUTES) as [string, ApiRoute][];

describe('the route contract', () => {
  it('puts every route under /api, once per method and path', () => {
    const seen = new Set<string>();
    for (const [key, route] of routes) {
      expect(isPathUnder(route.path, API_PATH), key).toBe(true);
      const id = `${route.method} ${route.path}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
    }
  });

  it('names the workshop as :id wherever access depends on the workshop', () => {
    for (const [key, route] of routes) {
      if (route.access === 'facilitator' || route.access === 'member') expect(route.path.startsWith('/api/workshops/:id'), key).toBe(true);
    }
  });

  it('gives a body schema to writes that read one, and none to reads', () => {
    for (const [key, route] of routes) if (route.method === 'GET') expect(route.body, key).toBeNull();
    expect(API_ROUTES.updateLive.body).not.toBeNull();
    expect(API_ROUTES.createScreenLink.body).toBeNull();
  });

  it('lets the plenary screen reach every read and, of the writes, only logging out', () => {
    const screenWrites = routes.filter(([, r]) => r.method !== 'GET' && screenMayCall(r)).map(([key]) => key);
    expect(screenWrites).toEqual(['logout']);
    for (const [key, route] of routes) if (route.method === 'GET') expect(screenMayCall(route), key).toBe(true);
  });

  it('builds a path from its pattern, encoding each parameter', () => {
    expect(buildPath(API_ROUTES.getMe.path, {})).toBe('/api/me');
    expect(buildPath(API_ROUTES.updateParticipant.path, { id: 'AbC_1', pid: 'p 1/2' })).toBe('/api/workshops/AbC_1/participants/p%201%2F2');
    expect(buildPath(API_ROUTES.getVersion.path, { id: 'w', n: '3' })).toBe('/api/workshops/w/versions/3');
  });

  it('tells a path under a base from a path that only starts with its letters', () => {
    expect(isPathUnder('/collab', COLLAB_PATH)).toBe(true);
    expect(isPathUnder('/collab/w/x', COLLAB_PATH)).toBe(true);
    expect(isPathUnder('/collaborate', COLLAB_PATH)).toBe(false);
    expect(isPathUnder('/apix', API_PATH)).toBe(false);
  });
});
