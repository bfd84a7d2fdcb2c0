// SPDX-License-Identifier: EUPL-1.2
/** A tiny router: `METHOD /path/:param` patterns, matched segment by segment. */

/** A matched route: the handler and its decoded path parameters. */
export interface RouteMatch<H> { handler: H; params: Record<string, string> }

interface Route<H> { method: string; segments: string[]; handler: H }

/** Routes requests by method and path. */
export class Router<H> {
  private readonly routes: Route<H>[] = [];

  /** Adds a route; `:name` segments capture a parameter. */
  add(method: string, pattern: string, handler: H): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The route for this method and path; 'method-not-allowed' when only the method differs; null when none. */
  match(method: string, pathname: string): RouteMatch<H> | 'method-not-allowed' | null {
    const parts = pathname.split('/').filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { handler: route.handler, params };
      pathMatched = true;
    }
    return pathMatched ? 'method-not-allowed' : null;
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(':')) {
      try {
        params[pattern[i].slice(1)] = decodeURIComponent(parts[i]);
      } catch {
        return null;
      }
    } else if (pattern[i] !== parts[i]) return null;
  }
  return params;
}
