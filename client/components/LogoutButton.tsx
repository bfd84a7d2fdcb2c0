// SPDX-License-Identifier: EUPL-1.2
/**
 * "Uitloggen op dit apparaat": asks first and says what it deletes (this device's offline copies),
 * then logs out and goes to the start page.
 */
import { useTranslation } from 'react-i18next';
import { logoutOnThisDevice } from '../stores/logoutFlow.js';
import { announce } from '../stores/announcerStore.js';
import { ConfirmAction } from './ConfirmAction.js';

/** The logout action of the account menu, with its confirmation. */
export function LogoutButton() {
  const { t } = useTranslation();
  const onConfirm = async () => {
    try {
      await logoutOnThisDevice();
    } catch {
      announce(t('app.logoutFailed'));
    }
  };
  return (
    <ConfirmAction
      label={t('app.logout')}
      question={t('account.logoutQuestion')}
      confirmLabel={t('account.logoutConfirm')}
      onConfirm={onConfirm}
    />
  );
}
