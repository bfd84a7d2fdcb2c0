// SPDX-License-Identifier: EUPL-1.2
/** A row of links between related pages, the current one marked for screen readers (aria-current). */
import { AppLink } from './AppLink.js';

/** One link of a page navigation. */
export interface PageNavLink { page: string; href: string; label: string }

/** The navigation: `label` names it for screen readers; `current` is the page shown now. */
export function PageNav({ label, links, current }: { label: string; links: PageNavLink[]; current?: string }) {
  return (
    <nav className="page-nav" aria-label={label}>
      <ul className="page-nav__links">
        {links.map((p) => (
          <li key={p.page}>
            <AppLink href={p.href} aria-current={p.page === current ? 'page' : undefined}>{p.label}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
