// SPDX-License-Identifier: EUPL-1.2
/**
 * A button that asks before it acts: the first press shows a question with "Ja, …" and
 * "Annuleren" in place (focus moves to the question's confirm button; cancelling returns focus
 * to the first button). No browser dialog, so it is keyboard and screen-reader friendly.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';

/** Props of a confirmed action. */
export interface ConfirmActionProps {
  /** Visible text of the first button. */
  label: string;
  /** Accessible name of the first button, when it must say more than the visible text (must contain it). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
}

/** A delete-style button with an inline confirmation. */
export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, onConfirm, disabled }: ConfirmActionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) { triggerRef.current?.focus(); returnFocus.current = false; }
  }, [asking]);

  if (!asking) {
    return (
      <Button ref={triggerRef} appearance="subtle-button" hint="danger" aria-label={accessibleLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try { await onConfirm(); } finally { setBusy(false); setAsking(false); }
  };
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} className="confirm__question">{question}</p>
      <div className="button-row">
        <Button ref={confirmRef} appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => { returnFocus.current = true; setAsking(false); }}>
          {t('app.cancel')}
        </Button>
      </div>
    </div>
  );
}
