// SPDX-License-Identifier: EUPL-1.2
/**
 * A tiny history-based router: the current path and query in a Zustand store, `navigate` pushes
 * (or replaces) a history entry, and the browser's back/forward buttons update the store.
 */
import { create } from 'zustand';

/** The current location and the way to change it. */
export interface RouteState {
  path: string;
  search: string;
  /** Goes to a path inside the app (with optional `?query`); `replace` keeps history clean for redirects. */
  navigate: (to: string, options?: { replace?: boolean }) => void;
}

const current = () => ({ path: window.location.pathname, search: window.location.search });

/** The router store. */
export const useRouteStore = create<RouteState>((set) => ({
  ...current(),
  navigate: (to, options = {}) => {
    const url = new URL(to, window.location.origin);
    const target = url.pathname + url.search + url.hash;
    if (target !== window.location.pathname + window.location.search + window.location.hash) {
      if (options.replace) window.history.replaceState(null, '', target);
      else window.history.pushState(null, '', target);
    }
    set(current());
    if (!url.hash) window.scrollTo(0, 0);
  },
}));

window.addEventListener('popstate', () => useRouteStore.setState(current()));

/** Navigates from outside React (stores, collab). */
export const navigate = (to: string, options?: { replace?: boolean }) => useRouteStore.getState().navigate(to, options);
