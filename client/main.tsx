// SPDX-License-Identifier: EUPL-1.2
/** Entry of the Stip web client: styles (NL Design System + voorbeeld theme), languages, and the screens. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/app.css';
import './styles/meeting.css';
import './i18n/index.js';
import { AppRoutes } from './routes/AppRoutes.js';
import { matchRoute } from './routes/routePaths.js';
import { screenCodeArrival } from './routes/routeModules.js';
import { useSessionStore } from './stores/sessionStore.js';

/**
 * How long the first render waits for the code of the page's screen (the early entry,
 * preloadRoute.ts, is loading it). Rendering before it arrived shows the loading page, and React
 * then holds the screen back for its fallback throttle (about 300 ms): most of a warm visit.
 */
const FIRST_RENDER_WAIT_MS = 500;

const route = matchRoute(window.location.pathname);
// Ask who this is (GET /api/me) while the screen's code loads, not once its session gate renders.
if (route.name !== 'notFound') void useSessionStore.getState().load().catch(() => undefined);

void screenCodeArrival(route.name, FIRST_RENDER_WAIT_MS).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppRoutes />
    </StrictMode>,
  );
});
