// SPDX-License-Identifier: EUPL-1.2
/**
 * What the facilitator says to the group now, above the room: the current step of the method with
 * a short explanation (or, before step 1, what will happen), the broadcast message, and, when the
 * group is locked, why everything is read-only. Changes are read out by the room's notice bar
 * (room/RoomNoticeBar), which stays in view; this banner is not a live region, so nothing is read twice.
 */
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { LiveState } from '../../../shared/liveDoc.js';
import { stepHelp, stepTitle, type MeetingNumber } from './stepText.js';

/** Props of the meeting banner. */
export interface MeetingBannerProps {
  live: LiveState;
  locked: boolean;
  /** Show what will happen before step 1 (participants in a room whose meeting has not started). */
  beforeStart?: boolean;
  /** Which meeting the room belongs to (meeting 2 names its steps after ambitions and expectations). */
  meeting?: MeetingNumber;
}

/** The step, message and lock state of the meeting. */
export function MeetingBanner({ live, locked, beforeStart = false, meeting = 1 }: MeetingBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="meeting-banner">
      {live.step ? (
        <section className="meeting-step" aria-labelledby="methode-stap">
          <p className="meeting-step__pre">{t('meeting.stepPre')}</p>
          <Heading level={2} id="methode-stap" className="meeting-step__title">{stepTitle(t, live.step, meeting)}</Heading>
          <Paragraph className="meeting-step__help">{stepHelp(t, live.step, meeting)}</Paragraph>
        </section>
      ) : beforeStart ? (
        <section className="meeting-step meeting-step--before" aria-labelledby="methode-stap">
          <p className="meeting-step__pre">{t('meeting.stepPre')}</p>
          <Heading level={2} id="methode-stap" className="meeting-step__title">{t('beforeStart.title')}</Heading>
          <Paragraph className="meeting-step__help">{t('beforeStart.body')}</Paragraph>
        </section>
      ) : null}
      <div className="meeting-message-region">
        {live.message ? (
          <Alert type="info" role="none" className="meeting-message">
            <p className="meeting-message__label">{t('meeting.message.label')}</p>
            <Paragraph className="meeting-message__text">{live.message.text}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <div className="meeting-lock-region">
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
