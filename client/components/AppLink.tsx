// SPDX-License-Identifier: EUPL-1.2
/** A link inside the app: a real `<a href>` (works with middle-click and screen readers) that navigates without reloading. */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { Link } from '@utrecht/component-library-react';
import { useRouteStore } from '../stores/routeStore.js';

/** Props of an in-app link. */
export interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> { href: string }

/** An in-app link with the NL Design System look. */
export function AppLink({ href, onClick, className, ...rest }: AppLinkProps) {
  const navigate = useRouteStore((s) => s.navigate);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (href.startsWith('#')) return;
    event.preventDefault();
    navigate(href);
  };
  return <Link {...rest} className={className} href={href} onClick={handleClick} />;
}
