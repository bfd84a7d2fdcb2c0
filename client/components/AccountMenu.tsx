// SPDX-License-Identifier: EUPL-1.2
/**
 * "Meer" in the page header: a disclosure button that opens a small panel with the personal
 * actions (a participant's way to the agreements, "Wat hebben we afgesproken?", and logging out on this device), so no one logs out with one stray tap. Escape closes
 * the panel and returns focus to the button; a click or tap outside it closes it too.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { LogoutButton } from './LogoutButton.js';
import { AppLink } from './AppLink.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { agreementsPath } from '../routes/routePaths.js';

/** The header's account menu. */
export function AccountMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const workshopId = useSessionStore((s) => (s.me?.kind === 'participant' ? s.me.workshop.id : null));
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) { setOpen(false); buttonRef.current?.focus(); }
  };
  return (
    <div ref={menuRef} className="account-menu" onKeyDown={onKeyDown}>
      <Button
        ref={buttonRef}
        appearance="subtle-button"
        aria-expanded={open}
        aria-controls={panelId}
        className="account-menu__button"
        onClick={() => setOpen((o) => !o)}
      >
        {t('account.menu')}<span className="account-menu__chevron" aria-hidden="true">{open ? '▴' : '▾'}</span>
      </Button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        {open && workshopId ? <p className="account-menu__link"><AppLink href={agreementsPath(workshopId)}>{t('app.agreementsLink')}</AppLink></p> : null}
        {open ? <LogoutButton /> : null}
      </div>
    </div>
  );
}
