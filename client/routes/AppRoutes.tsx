/**
 * Chooses the screen for the current path (see routePaths.ts) and moves focus to the new page's
 * main region on navigation. The heavier screens (group room with the editor, facilitator pages)
 * load on demand (routeModules.ts; client/preloadRoute.ts starts the current one early), so the
 * start page stays small.
 */
import { Suspense, lazy, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteStore } from '../stores/routeStore.js';
import { MessagePage } from '../components/MessagePage.js';
import { matchRoute } from './routePaths.js';
import { routeModules } from './routeModules.js';
import { HomeRoute } from './HomeRoute.js';
import { WaitingRoute } from './WaitingRoute.js';
import { NotFoundRoute } from './NotFoundRoute.js';

const SetupRoute = lazy(() => routeModules.setup().then((m) => ({ default: m.SetupRoute })));
const FacilitatorRoute = lazy(() => routeModules.facilitator().then((m) => ({ default: m.FacilitatorRoute })));
const GroupRoomRoute = lazy(() => routeModules.group().then((m) => ({ default: m.GroupRoomRoute })));
const CockpitRoute = lazy(() => routeModules.cockpit().then((m) => ({ default: m.CockpitRoute })));
const MergeRoute = lazy(() => routeModules.merge().then((m) => ({ default: m.MergeRoute })));
const PlenaryRoute = lazy(() => routeModules.plenary().then((m) => ({ default: m.PlenaryRoute })));
const VersionRoute = lazy(() => routeModules.version().then((m) => ({ default: m.VersionRoute })));
const LinkCardsRoute = lazy(() => routeModules.linkCards().then((m) => ({ default: m.LinkCardsRoute })));
const PrivacyRoute = lazy(() => routeModules.privacy().then((m) => ({ default: m.PrivacyRoute })));
const CommenterRoute = lazy(() => routeModules.commenter().then((m) => ({ default: m.CommenterRoute })));
const ConsultationAdminRoute = lazy(() => routeModules.consultationAdmin().then((m) => ({ default: m.ConsultationAdminRoute })));
const ConsultationProcessingRoute = lazy(() => routeModules.consultationProcessing().then((m) => ({ default: m.ConsultationProcessingRoute })));
const ConsultationCardsRoute = lazy(() => routeModules.consultationCards().then((m) => ({ default: m.ConsultationCardsRoute })));
const VersionDiffRoute = lazy(() => routeModules.versionDiff().then((m) => ({ default: m.VersionDiffRoute })));
const ReactienotaRoute = lazy(() => routeModules.reactienota().then((m) => ({ default: m.ReactienotaRoute })));
const AgreementsRoute = lazy(() => routeModules.agreements().then((m) => ({ default: m.AgreementsRoute })));
const RoleGroupRoute = lazy(() => routeModules.roleGroup().then((m) => ({ default: m.RoleGroupRoute })));
const Meeting2SetupRoute = lazy(() => routeModules.meeting2Setup().then((m) => ({ default: m.Meeting2SetupRoute })));
const DossierRoute = lazy(() => routeModules.dossier().then((m) => ({ default: m.DossierRoute })));

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
