// SPDX-License-Identifier: EUPL-1.2
/**
 * The code of each screen that loads on demand, one loader per screen: the router (AppRoutes)
 * and the early preload (client/preloadRoute.ts) call the same loaders, so both get the same
 * module and the browser fetches each chunk once.
 */
import type { Route } from './routePaths.js';

/**
 * A screen's module once the Dutch texts only staff screens use are there too (client/i18n/
 * laterTexts.ts): every screen but the group room, whose phone does not download them.
 */
function withLaterTexts<M>(module: Promise<M>): Promise<M> {
  return Promise.all([module, import('../i18n/laterTexts.js').then((texts) => texts.loadLaterTexts())]).then(([loaded]) => loaded);
}

/** Loaders of the lazily loaded screens, by route name (the group room without the later texts). */
const routeModules = {
  setup: () => withLaterTexts(import('./SetupRoute.js')),
  facilitator: () => withLaterTexts(import('./FacilitatorRoute.js')),
  group: () => import('./GroupRoomRoute.js'),
  cockpit: () => withLaterTexts(import('./CockpitRoute.js')),
  merge: () => withLaterTexts(import('./MergeRoute.js')),
  plenary: () => withLaterTexts(import('./PlenaryRoute.js')),
  version: () => withLaterTexts(import('./VersionRoute.js')),
  linkCards: () => withLaterTexts(import('./LinkCardsRoute.js')),
  privacy: () => withLaterTexts(import('./PrivacyRoute.js')),
  commenter: () => withLaterTexts(import('./CommenterRoute.js')),
  consultationAdmin: () => withLaterTexts(import('./ConsultationAdminRoute.js')),
  consultationProcessing: () => withLaterTexts(import('./ConsultationProcessingRoute.js')),
  consultationCards: () => withLaterTexts(import('./ConsultationCardsRoute.js')),
  versionDiff: () => withLaterTexts(import('./VersionDiffRoute.js')),
  reactienota: () => withLaterTexts(import('./ReactienotaRoute.js')),
  agreements: () => withLaterTexts(import('./AgreementsRoute.js')),
  roleGroup: () => withLaterTexts(import('./RoleGroupRoute.js')),
  meeting2Setup: () => withLaterTexts(import('./Meeting2SetupRoute.js')),
  dossier: () => withLaterTexts(import('./DossierRoute.js')),
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

/**
 * Resolves once the code of a route's screen has arrived (at once for screens in the main bundle),
 * or after `waitMs` when it takes longer.
 */
export function screenCodeArrival(name: Route['name'], waitMs: number): Promise<void> {
  if (!(name in routeModules) || arrived.has(name as RouteModuleName)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    loadRouteModule(name as RouteModuleName).catch(() => undefined).finally(() => { clearTimeout(timer); resolve(); });
  });
}

/** The module of a screen whose code has already arrived, so the router can show it without suspending. */
export function arrivedRouteModule<N extends RouteModuleName>(name: N): RouteModule<N> | undefined {
  return arrived.get(name) as RouteModule<N> | undefined;
}

/** Starts loading the code of a route's screen (nothing for screens in the main bundle). */
function preloadRouteModule(name: Route['name']): void {
  if (name in routeModules) void loadRouteModule(name as RouteModuleName).catch(() => undefined); // the router shows the failure when it renders
}

/**
 * Starts loading the code of the page's screen; the group room also opens its documents as soon
 * as its code is there, before React renders it (GroupRoomRoute's openGroupRoomEarly).
 */
export function preloadPageRoute(route: Route): void {
  if (route.name !== 'group') return preloadRouteModule(route.name);
  void loadRouteModule('group').then((module) => module.openGroupRoomEarly(route.workshopId, route.group), () => undefined);
}
