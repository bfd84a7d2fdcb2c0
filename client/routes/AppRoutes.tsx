// SPDX-License-Identifier: EUPL-1.2
/**
 * Chooses the screen for the current path (see routePaths.ts) and moves focus to the new page's
 * main region on navigation. The heavier screens (group room with the editor, facilitator pages)
 * load on demand (routeModules.ts, lazyScreen.tsx; client/preloadRoute.ts starts the current one early), so the
 * start page stays small.
 */
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../stores/routeStore.js';
import { MessagePage } from '../components/MessagePage.js';
import { matchRoute } from './routePaths.js';
import { lazyScreen } from './lazyScreen.js';
import { HomeRoute } from './HomeRoute.js';
import { WaitingRoute } from './WaitingRoute.js';
import { NotFoundRoute } from './NotFoundRoute.js';

const SetupRoute = lazyScreen('setup', (m) => m.SetupRoute);
const FacilitatorRoute = lazyScreen('facilitator', (m) => m.FacilitatorRoute);
const GroupRoomRoute = lazyScreen('group', (m) => m.GroupRoomRoute);
const CockpitRoute = lazyScreen('cockpit', (m) => m.CockpitRoute);
const MergeRoute = lazyScreen('merge', (m) => m.MergeRoute);
const PlenaryRoute = lazyScreen('plenary', (m) => m.PlenaryRoute);
const VersionRoute = lazyScreen('version', (m) => m.VersionRoute);
const LinkCardsRoute = lazyScreen('linkCards', (m) => m.LinkCardsRoute);
const PrivacyRoute = lazyScreen('privacy', (m) => m.PrivacyRoute);
const CommenterRoute = lazyScreen('commenter', (m) => m.CommenterRoute);
const ConsultationAdminRoute = lazyScreen('consultationAdmin', (m) => m.ConsultationAdminRoute);
const ConsultationProcessingRoute = lazyScreen('consultationProcessing', (m) => m.ConsultationProcessingRoute);
const ConsultationCardsRoute = lazyScreen('consultationCards', (m) => m.ConsultationCardsRoute);
const VersionDiffRoute = lazyScreen('versionDiff', (m) => m.VersionDiffRoute);
const ReactienotaRoute = lazyScreen('reactienota', (m) => m.ReactienotaRoute);
const AgreementsRoute = lazyScreen('agreements', (m) => m.AgreementsRoute);
const RoleGroupRoute = lazyScreen('roleGroup', (m) => m.RoleGroupRoute);
const Meeting2SetupRoute = lazyScreen('meeting2Setup', (m) => m.Meeting2SetupRoute);
const DossierRoute = lazyScreen('dossier', (m) => m.DossierRoute);

/** The app's screens. */
export function AppRoutes() {
  const { t } = useTranslation();
  const path = useRouteStore((s) => s.path);
  const route = matchRoute(path);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [path]);
  return <Suspense fallback={<MessagePage title={t('app.loading')} />}>{screenFor(route)}</Suspense>;
}

function screenFor(route: ReturnType<typeof matchRoute>) {
  switch (route.name) {
    case 'home': return <HomeRoute />;
    case 'setup': return <SetupRoute />;
    case 'facilitator': return <FacilitatorRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'cockpit': return <CockpitRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'merge': return <MergeRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'plenary': return <PlenaryRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'version': return <VersionRoute key={`${route.workshopId}/${route.number}`} workshopId={route.workshopId} number={route.number} />;
    case 'linkCards': return <LinkCardsRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'privacy': return <PrivacyRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'agreements': return <AgreementsRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'dossier': return <DossierRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'group': return <GroupRoomRoute key={`${route.workshopId}/${route.group}`} workshopId={route.workshopId} group={route.group} />;
    case 'waiting': return <WaitingRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'roleGroup': return <RoleGroupRoute key={`${route.workshopId}/${route.roleGroup}`} workshopId={route.workshopId} roleGroup={route.roleGroup} />;
    case 'meeting2Setup': return <Meeting2SetupRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'notFound': return <NotFoundRoute />;
    case 'commenter': return <CommenterRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'consultationAdmin': return <ConsultationAdminRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'consultationProcessing': return <ConsultationProcessingRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'consultationCards': return <ConsultationCardsRoute key={route.workshopId} workshopId={route.workshopId} />;
    case 'versionDiff': return <VersionDiffRoute key={`${route.workshopId}/${route.from}/${route.to}`} workshopId={route.workshopId} from={route.from} to={route.to} />;
    case 'reactienota': return <ReactienotaRoute key={route.workshopId} workshopId={route.workshopId} />;
  }
}
