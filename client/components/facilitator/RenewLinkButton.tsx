// SPDX-License-Identifier: EUPL-1.2
/**
 * "Nieuwe link maken": revokes a join link and issues a new one, after a confirmation. For a
 * participant (their card), or for the plenary screen (the cockpit), which passes its own texts
 * and action.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '../../../shared/api.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { ConfirmAction } from '../ConfirmAction.js';

/** What to renew and how to say it, when it is not a participant's link. */
export interface RenewLinkSubject {
  label: string;
  question: string;
  confirmLabel: string;
  /** Announced once the new link exists. */
  renewed: string;
  renew(): Promise<void>;
}

/** The renew-link action of one participant, or of another subject (the plenary screen). */
export function RenewLinkButton(props: { participant: ParticipantView } | { subject: RenewLinkSubject }) {
  const { t } = useTranslation();
  const renewLink = useWorkshopStore((s) => s.renewLink);
  const [error, setError] = useState<string | null>(null);
  const subject: RenewLinkSubject & { accessibleLabel?: string } = 'subject' in props ? props.subject : {
    label: t('cards.renew'),
    accessibleLabel: t('cards.renewFor', { name: props.participant.name }),
    question: t('cards.confirmRenew', { name: props.participant.name }),
    confirmLabel: t('cards.confirmRenewYes'),
    renewed: t('cards.renewed', { name: props.participant.name }),
    renew: async () => { await renewLink(props.participant.id); },
  };
  const renew = async () => {
    setError(null);
    try {
      await subject.renew();
      announce(subject.renewed);
    } catch (e) {
      setError(apiErrorText(t, e));
      announce(apiErrorText(t, e));
    }
  };
  return (
    <>
      <ConfirmAction
        label={subject.label}
        accessibleLabel={subject.accessibleLabel}
        question={subject.question}
        confirmLabel={subject.confirmLabel}
        onConfirm={renew}
      />
      {error ? <p className="renew-link__error" role="alert">{error}</p> : null}
    </>
  );
}
