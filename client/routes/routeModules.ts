/**
 * The code of each screen that loads on demand, one loader per screen: the router (AppRoutes)
 * and the early preload (client/preloadRoute.ts) call the same loaders, so both get the same
 * module and the browser fetches each chunk once.
 */
import type { Route } from './routePaths.js';

/** Loaders of the lazily loaded screens, by route name. */
export const routeModules = {
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

/** Starts loading the code of a route's screen (nothing for screens in the main bundle). */
export function preloadRouteModule(name: Route['name']): void {
  const load = (routeModules as Partial<Record<Route['name'], () => Promise<unknown>>>)[name];
  if (load) void load().catch(() => undefined); // the router shows the failure when it renders
}
