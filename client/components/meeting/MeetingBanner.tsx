/**
 * What the facilitator says to the group now, above the room: the current step of the method with
 * a short explanation, the broadcast message (a status region that is always present, so a new
 * message is read out), and, when the group is locked, why everything is read-only.
 */
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { LiveState } from '../../../shared/liveDoc.js';

/** Props of the meeting banner. */
export interface MeetingBannerProps { live: LiveState; locked: boolean }

/** The step, message and lock state of the meeting. */
export function MeetingBanner({ live, locked }: MeetingBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="meeting-banner">
      {live.step ? (
        <section className="meeting-step" aria-labelledby="methode-stap">
          <p className="meeting-step__pre">{t('meeting.stepPre')}</p>
          <Heading level={2} id="methode-stap" className="meeting-step__title">{t(`meeting.step.${live.step}`)}</Heading>
          <Paragraph className="meeting-step__help">{t(`meeting.stepHelp.${live.step}`)}</Paragraph>
        </section>
      ) : null}
      <div role="status" aria-live="polite" aria-atomic="true" className="meeting-message-region">
        {live.message ? (
          <Alert type="info" role="none" className="meeting-message">
            <p className="meeting-message__label">{t('meeting.message.label')}</p>
            <Paragraph className="meeting-message__text">{live.message.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <div role="status" aria-live="polite" className="meeting-lock-region">
        {locked ? (
          <Alert type="warning" role="none" className="meeting-lock">
            <Heading level={2} className="meeting-lock__title">{t('meeting.locked.title')}</Heading>
            <Paragraph>{t('meeting.locked.body')}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
