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
import { useSessionStore } from './stores/sessionStore.js';

// Ask who this is (GET /api/me) while the screen's code loads, not once its session gate renders.
if (matchRoute(window.location.pathname).name !== 'notFound') void useSessionStore.getState().load().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRoutes />
  </StrictMode>,
);
