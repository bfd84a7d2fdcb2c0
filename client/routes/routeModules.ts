// SPDX-License-Identifier: EUPL-1.2
/**
 * The code of each screen that loads on demand, one loader per screen: the router (AppRoutes)
 * and the early preload (client/preloadRoute.ts) call the same loaders, so both get the same
 * module and the browser fetches each chunk once.
 */
import type { Route } from './routePaths.js';

/** Loaders of the lazily loaded screens, by route name. */
const routeModules = {
  setup: () => import('./SetupRoute.js'),
  facilitator: () => import('./FacilitatorRoute.js'),
  group: () => import('./GroupRoomRoute.js'),
  cockpit: () => import('./CockpitRoute.js'),
  merge: () => import('./MergeRoute.js'),
  plenary: () => import('./PlenaryRoute.js'),
  version: () => import('./VersionRoute.js'),
  linkCards: () => import('./LinkCardsRoute.js'),
  privacy: () => import('./PrivacyRoute.js'),
  commenter: () => import('./CommenterRoute.js'),
  consultationAdmin: () => import('./ConsultationAdminRoute.js'),
  consultationProcessing: () => import('./ConsultationProcessingRoute.js'),
  consultationCards: () => import('./ConsultationCardsRoute.js'),
  versionDiff: () => import('./VersionDiffRoute.js'),
  reactienota: () => import('./ReactienotaRoute.js'),
  agreements: () => import('./AgreementsRoute.js'),
  roleGroup: () => import('./RoleGroupRoute.js'),
  meeting2Setup: () => import('./Meeting2SetupRoute.js'),
  dossier: () => import('./DossierRoute.js'),
} satisfies Partial<Record<Route['name'], () => Promise<unknown>>>;

type RouteModules = typeof routeModules;
/** A screen whose code loads on demand. */
export type RouteModuleName = keyof RouteModules;
/** The module of such a screen. */
export type RouteModule<N extends RouteModuleName> = Awaited<ReturnType<RouteModules[N]>>;

const arrived = new Map<RouteModuleName, unknown>();

/** Loads a screen's code and remembers the module once it arrived (see arrivedRouteModule). */
export function loadRouteModule<N extends RouteModuleName>(name: N): Promise<RouteModule<N>> {
  return (routeModules[name]() as Promise<RouteModule<N>>).then((module) => {
    arrived.set(name, module);
    return module;
  });
}

/** The module of a screen whose code has already arrived, so the router can show it without suspending. */
export function arrivedRouteModule<N extends RouteModuleName>(name: N): RouteModule<N> | undefined {
  return arrived.get(name) as RouteModule<N> | undefined;
}

/** Starts loading the code of a route's screen (nothing for screens in the main bundle). */
export function preloadRouteModule(name: Route['name']): void {
  if (name in routeModules) void loadRouteModule(name as RouteModuleName).catch(() => undefined); // the router shows the failure when it renders
}
