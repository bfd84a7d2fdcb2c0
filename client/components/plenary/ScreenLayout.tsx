// SPDX-License-Identifier: EUPL-1.2
/**
 * The frame of the plenary screen on the beamer (the read-only screen session): one band with what
 * is shown, the method step and a timer readable from the back of a council chamber, and below it
 * the content filling the rest of the screen. No personal controls (no language switch, no logout
 * button): the screen's sign-off appears only when reached with the keyboard, and asks first.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, SkipLink } from '@utrecht/component-library-react';
import type { LiveTimer } from '../../../shared/liveDoc.js';
import type { ConnectionState } from '../../collab/connectionState.js';
import { Announcer } from '../Announcer.js';
import { ConnectionStatus } from '../room/ConnectionStatus.js';
import { MeetingTimer } from '../meeting/MeetingTimer.js';
import { ScreenSignOff } from './ScreenSignOff.js';

/** Props of the room-screen frame. */
export interface ScreenLayoutProps {
  pre: string;
  title: string;
  /** What is shown, e.g. "Visie — concept". */
  shown: string;
  /** The current method step as shown text (null: no step yet). */
  step: string | null;
  timer: LiveTimer | null;
  connection: ConnectionState;
  children: ReactNode;
}

/** The room-screen frame. */
export function ScreenLayout({ pre, title, shown, step, timer, connection, children }: ScreenLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="room-screen">
      <SkipLink className="utrecht-skip-link--visible-on-focus" href="#inhoud">{t('app.skipLink')}</SkipLink>
      <header className="room-screen__header">
        <div className="room-screen__titles">
          <p className="room-screen__pre">{pre}</p>
          <Heading level={1} className="room-screen__title">{title}</Heading>
          <p className="room-screen__shown">{shown}</p>
        </div>
        <div className="room-screen__now">
          {step ? <p className="room-screen__step"><span className="visually-hidden">{t('meeting.stepPre')}: </span>{step}</p> : null}
          <MeetingTimer timer={timer} size="large" />
          <ConnectionStatus state={connection} watching />
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="room-screen__main">
        {children}
        <Announcer />
      </main>
      <ScreenSignOff />
    </div>
  );
}
