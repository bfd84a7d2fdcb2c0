// SPDX-License-Identifier: EUPL-1.2
/**
 * The method step of meeting 1 (cockpit): the four steps with the current one marked, and
 * "Vorige stap" / "Volgende stap". It only changes the step: leaving step 1 makes the server
 * reveal everyone's private statements into their group as part of that change.
 */
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { METHOD_STEPS, type MethodStep } from '../../../shared/method.js';
import type { LiveState } from '../../../shared/liveDoc.js';
import { stepRevealsDrafts } from '../../../shared/draftDoc.js';
import { useLiveCommand } from './useLiveCommand.js';
import { nextStep, previousStep } from './methodSteps.js';
import { stepTitle, type MeetingNumber } from '../meeting/stepText.js';

/** Props of the step control. */
export interface StepControlProps {
  workshopId: string;
  live: LiveState;
  /** The meeting that runs now (meeting 2 names its steps after ambitions and expectations). */
  meeting?: MeetingNumber;
}

/** The cockpit's step control. */
export function StepControl({ workshopId, live, meeting = 1 }: StepControlProps) {
  const { t } = useTranslation();
  const { send, busy, error } = useLiveCommand(workshopId);
  const next = nextStep(live.step);
  const previous = previousStep(live.step);

  const goTo = async (step: MethodStep) => {
    const now = t('cockpit.step.now', { step: stepTitle(t, step, meeting) });
    await send({ step }, stepRevealsDrafts(live.step, step) ? `${t('cockpit.step.revealed')} ${now}` : now);
  };

  return (
    <section className="cockpit-panel cockpit-panel--step" aria-labelledby="stap-titel">
      <Heading level={2} id="stap-titel">{t('cockpit.step.title')}</Heading>
      <ol className="step-list">
        {METHOD_STEPS.map((step) => (
          <li key={step} className={`step-list__item${live.step === step ? ' step-list__item--current' : ''}`} aria-current={live.step === step ? 'step' : undefined}>
            {stepTitle(t, step, meeting)}
            {live.step === step ? <span className="step-list__now"> ({t('cockpit.step.current')})</span> : null}
          </li>
        ))}
      </ol>
      {live.step === null ? <Paragraph>{t('cockpit.step.notStarted')}</Paragraph> : null}
      {live.step === 'write' ? <Paragraph appearance="small">{t('cockpit.step.revealHint')}</Paragraph> : null}
      <div className="button-row">
        <Button appearance="secondary-action-button" disabled={busy || previous === null} onClick={() => previous && void goTo(previous)}>
          {t('cockpit.step.back')}
        </Button>
        <Button appearance="primary-action-button" busy={busy} disabled={busy || next === null} onClick={() => next && void goTo(next)}>
          {live.step === null ? t('cockpit.step.start') : t('cockpit.step.next')}
        </Button>
      </div>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
    </section>
  );
}
