/** "Nieuwe link maken": revokes a participant's join link and issues a new one, after a confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../shared/api.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { ConfirmAction } from '../ConfirmAction.js';

/** The renew-link action of one participant. */
export function RenewLinkButton({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const renewLink = useWorkshopStore((s) => s.renewLink);
  const [error, setError] = useState<string | null>(null);
  const renew = async () => {
    setError(null);
    try {
      await renewLink(participant.id);
      announce(t('cards.renewed', { name: participant.name }));
    } catch (e) {
      setError(apiErrorText(t, e));
      announce(apiErrorText(t, e));
    }
  };
  return (
    <>
      <ConfirmAction
        label={t('cards.renew')}
        accessibleLabel={t('cards.renewFor', { name: participant.name })}
        question={t('cards.confirmRenew', { name: participant.name })}
        confirmLabel={t('cards.confirmRenewYes')}
        onConfirm={renew}
      />
      {error ? <p className="renew-link__error" role="alert">{error}</p> : null}
    </>
  );
}
