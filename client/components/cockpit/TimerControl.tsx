// SPDX-License-Identifier: EUPL-1.2
/**
 * The meeting timer (cockpit): the countdown as everyone sees it, a number of minutes with
 * "Start timer", and "Pauzeer timer" / "Timer verder" / "Stop timer" while one runs.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { LiveState } from '../../../shared/liveDoc.js';
import { TextField } from '../fields/TextField.js';
import { MeetingTimer } from '../meeting/MeetingTimer.js';
import { useLiveCommand } from './useLiveCommand.js';
import { parseMinutes } from './methodSteps.js';

/** Props of the timer control. */
export interface TimerControlProps { workshopId: string; live: LiveState }

/** The cockpit's timer control. */
export function TimerControl({ workshopId, live }: TimerControlProps) {
  const { t } = useTranslation();
  const { send, busy, error } = useLiveCommand(workshopId);
  const [minutes, setMinutes] = useState('10');
  const [invalid, setInvalid] = useState(false);
  const timer = live.timer;
  const paused = timer !== null && timer.pausedRemainingMs !== null;

  const start = (event: FormEvent) => {
    event.preventDefault();
    const value = parseMinutes(minutes);
    setInvalid(value === null);
    if (value === null) { document.getElementById('timer-minuten')?.focus(); return; }
    void send({ timer: { action: 'start', durationSeconds: value * 60 } }, t('cockpit.timer.started', { count: value }));
  };

  return (
    <section className="cockpit-panel cockpit-panel--timer" aria-labelledby="timer-titel">
      <Heading level={2} id="timer-titel">{t('cockpit.timer.title')}</Heading>
      {timer ? <MeetingTimer timer={timer} size="large" /> : <Paragraph>{t('cockpit.timer.none')}</Paragraph>}
      {timer ? (
        <div className="button-row">
          {paused ? (
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => void send({ timer: { action: 'resume' } }, t('cockpit.timer.resumed'))}>
              {t('cockpit.timer.resume')}
            </Button>
          ) : (
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => void send({ timer: { action: 'pause' } }, t('cockpit.timer.paused'))}>
              {t('cockpit.timer.pause')}
            </Button>
          )}
          <Button appearance="secondary-action-button" hint="danger" disabled={busy} onClick={() => void send({ timer: { action: 'stop' } }, t('cockpit.timer.stopped'))}>
            {t('cockpit.timer.stop')}
          </Button>
        </div>
      ) : null}
      <form className="timer-form" onSubmit={start} noValidate>
        <TextField
          id="timer-minuten"
          label={t('cockpit.timer.minutes')}
          description={t('cockpit.timer.minutesHint')}
          inputMode="numeric"
          value={minutes}
          onValueChange={(v) => { setMinutes(v); if (invalid && parseMinutes(v) !== null) setInvalid(false); }}
          error={invalid ? t('cockpit.timer.minutesInvalid') : null}
          size={5}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{t('cockpit.timer.start')}</Button>
      </form>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
    </section>
  );
}
