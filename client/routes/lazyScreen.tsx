// SPDX-License-Identifier: EUPL-1.2
/**
 * A screen whose code loads on demand (routeModules.ts). When its code has already arrived (the
 * early preload, client/preloadRoute.ts, usually fetched it while the main bundle loaded), it
 * renders at once; only otherwise does it suspend. A suspended first render would show the loading
 * page and then hold the screen back for React's fallback throttle (about 300 ms), which is most
 * of a warm visit.
 */
import { lazy, type ComponentType } from 'react';
import { arrivedRouteModule, loadRouteModule, type RouteModule, type RouteModuleName } from './routeModules.js';

/** The component of screen `name`, picked from its module. */
export function lazyScreen<N extends RouteModuleName, P extends object>(name: N, pick: (module: RouteModule<N>) => ComponentType<P>): ComponentType<P> {
  const Suspending = lazy(() => loadRouteModule(name).then((module) => ({ default: pick(module) })));
  return function Screen(props: P) {
    const module = arrivedRouteModule(name);
    const Component = module ? pick(module) : Suspending;
    return <Component {...props} />;
  };
}
