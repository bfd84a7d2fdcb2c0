// SPDX-License-Identifier: EUPL-1.2
/**
 * "Opnieuw verdelen" and "Mensen zonder groep indelen" on the group board. Before meeting 1 starts
 * the first deals everyone at once; once it has started the server refuses (`meeting-started`) and
 * the board asks first, in place: what happens to people, their statements and open screens, with
 * "Ja, iedereen opnieuw verdelen", "Alleen mensen zonder groep indelen" and "Annuleren". Focus goes
 * to the question's first button; cancelling returns it to "Opnieuw verdelen".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { ApiError } from '../../api/http.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';

/** Props of the redistribute control. */
export interface RedistributeControlProps {
  /** Members of the workshop (no facilitators). */
  memberCount: number;
  /** Members without a group. */
  unplacedCount: number;
  /** Runs an action, announces the sentence it answers, and shows its error on the board. */
  run: (action: () => Promise<string>) => Promise<void>;
}

/** The board's redistribute buttons, with the question once meeting 1 has started. */
export function RedistributeControl({ memberCount, unplacedCount, run }: RedistributeControlProps) {
  const { t } = useTranslation();
  const { reassignGroups, placeUnplaced } = useWorkshopStore();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const focusQuestion = useRef(false);

  // The question's buttons are enabled only once the refused call has finished: focus them then.
  useEffect(() => {
    if (asking && !busy && focusQuestion.current) { confirmRef.current?.focus(); focusQuestion.current = false; }
    else if (!asking && returnFocus.current) { triggerRef.current?.focus(); returnFocus.current = false; }
  }, [asking, busy]);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    await run(action);
    setBusy(false);
  };
  const dealAll = (confirmStarted: boolean) => act(async () => {
    try {
      await reassignGroups({ confirmStarted });
    } catch (e) {
      if (!confirmStarted && e instanceof ApiError && e.id === 'meeting-started') { focusQuestion.current = true; setAsking(true); return t('board.askTitle'); }
      throw e;
    }
    returnFocus.current = asking;
    setAsking(false);
    return t('facilitator.reassigned');
  });
  const placeOnly = () => act(async () => {
    const count = await placeUnplaced();
    returnFocus.current = asking;
    setAsking(false);
    return t('board.placed', { count });
  });

  return (
    <>
      <div className="button-row">
        <Button ref={triggerRef} appearance="secondary-action-button" busy={busy && !asking} disabled={busy || memberCount === 0 || asking} aria-describedby="opnieuw-verdelen-uitleg" onClick={() => void dealAll(false)}>
          {t('facilitator.reassign')}
        </Button>
        <Paragraph appearance="small" id="opnieuw-verdelen-uitleg">{t('facilitator.reassignHint')}</Paragraph>
      </div>
      {unplacedCount > 0 && !asking ? (
        <div className="button-row">
          <Button appearance="secondary-action-button" disabled={busy} aria-describedby="zonder-groep-uitleg" onClick={() => void placeOnly()}>
            {t('board.placeUnplaced')}
          </Button>
          <Paragraph appearance="small" id="zonder-groep-uitleg">{t('board.placeUnplacedHint')}</Paragraph>
        </div>
      ) : null}
      {asking ? (
        <div className="confirm redistribute-question" role="group" aria-labelledby={titleId} aria-describedby={`${titleId}-tekst`}>
          <p id={titleId} className="confirm__question">{t('board.askTitle')}</p>
          <Paragraph id={`${titleId}-tekst`}>{t('board.askText')}</Paragraph>
          {unplacedCount === 0 ? <Paragraph appearance="small">{t('board.askUnplacedNone')}</Paragraph> : null}
          <div className="button-row">
            <Button ref={confirmRef} appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={() => void dealAll(true)}>
              {t('board.askAll')}
            </Button>
            {unplacedCount > 0 ? (
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => void placeOnly()}>{t('board.askUnplaced')}</Button>
            ) : null}
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => { returnFocus.current = true; setAsking(false); }}>
              {t('app.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
}
