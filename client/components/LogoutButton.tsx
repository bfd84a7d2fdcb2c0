/** "Uitloggen op dit apparaat": logs out, removes this device's offline copies, goes to the start page. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { logoutOnThisDevice } from '../stores/logoutFlow.js';
import { announce } from '../stores/announcerStore.js';

/** The logout button of the page header. */
export function LogoutButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      await logoutOnThisDevice();
    } catch {
      announce(t('app.logoutFailed'));
      setBusy(false);
    }
  };
  return (
    <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void onClick()}>
      {t('app.logout')}
    </Button>
  );
}
