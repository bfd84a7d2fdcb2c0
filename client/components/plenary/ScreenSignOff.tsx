// SPDX-License-Identifier: EUPL-1.2
/**
 * The room screen's own sign-off, out of sight: a control that appears only when reached with the
 * keyboard (Tab), and asks before it signs the screen off. Nobody in the room taps it by mistake.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logoutOnThisDevice } from '../../stores/logoutFlow.js';
import { announce } from '../../stores/announcerStore.js';

/** The keyboard-only sign-off of the screen session. */
export function ScreenSignOff() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const no = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (asking) no.current?.focus(); }, [asking]);
  const signOff = async () => {
    setBusy(true);
    try {
      await logoutOnThisDevice();
    } catch {
      announce(t('app.logoutFailed'));
      setBusy(false);
    }
  };
  const keep = () => { setAsking(false); requestAnimationFrame(() => open.current?.focus()); };
  return (
    <div className={`room-screen__signoff${asking ? ' room-screen__signoff--asking' : ''}`}>
      {asking ? (
        <div role="group" aria-labelledby="scherm-afmelden-vraag">
          <p id="scherm-afmelden-vraag">{t('plenary.signOff.question')}</p>
          <button type="button" className="fit-page__button" disabled={busy} onClick={() => void signOff()}>{t('plenary.signOff.yes')}</button>
          <button type="button" className="fit-page__button" ref={no} onClick={keep}>{t('plenary.signOff.no')}</button>
        </div>
      ) : (
        <button type="button" className="fit-page__button" ref={open} onClick={() => setAsking(true)}>{t('plenary.signOff.open')}</button>
      )}
    </div>
  );
}
