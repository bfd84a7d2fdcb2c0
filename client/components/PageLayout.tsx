// SPDX-License-Identifier: EUPL-1.2
/**
 * The frame of every screen: skip link, header (app name, language switch, the "Meer" menu with logout, and the
 * screen's own title block with its single h1), an optional navigation, and the main region.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink } from '@utrecht/component-library-react';
import { Announcer } from './Announcer.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { AccountMenu } from './AccountMenu.js';

/** Props of the page frame. */
export interface PageLayoutProps {
  /** The title block: an optional pre-heading and the page's h1. */
  heading: ReactNode;
  /** A navigation landmark under the header (e.g. the parts of the group room). */
  nav?: ReactNode;
  /** Extra items in the header bar, e.g. the connection status. */
  headerExtra?: ReactNode;
  /** Show the "Meer" menu with "Uitloggen op dit apparaat" (asks before it deletes this device's copies). */
  showLogout?: boolean;
  /** Use the full width (group room, facilitator page). */
  wide?: boolean;
  children: ReactNode;
}

/** The page frame. */
export function PageLayout({ heading, nav, headerExtra, showLogout = false, wide = false, children }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className={`page${wide ? ' page--wide' : ''}`}>
      <SkipLink className="utrecht-skip-link--visible-on-focus" href="#inhoud">{t('app.skipLink')}</SkipLink>
      <header className="page-header">
        <div className="page-header__bar">
          <p className="page-header__brand"><span className="page-header__logo" aria-hidden="true">•</span>{t('app.name')}</p>
          <div className="page-header__tools">
            {headerExtra}
            <LanguageSwitch />
            {showLogout ? <AccountMenu /> : null}
          </div>
        </div>
        <div className="page-header__title">{heading}</div>
      </header>
      {nav}
      <main id="inhoud" tabIndex={-1} className="page-main">
        {children}
        <Announcer />
      </main>
    </div>
  );
}
