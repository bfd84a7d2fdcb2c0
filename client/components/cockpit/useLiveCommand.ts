// SPDX-License-Identifier: EUPL-1.2
/**
 * Sends a change of the live state (PATCH …/live) for a cockpit control: one request at a time
 * per control, the outcome announced in the page's live region, an error kept for display.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveUpdateBody } from '../../../shared/apiMeeting.js';
import { changeLive } from '../../stores/meetingCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

/** A live command: `send(body, done)` changes the live state and announces `done`. */
export function useLiveCommand(workshopId: string) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = useCallback(async (body: LiveUpdateBody, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await changeLive(workshopId, body);
      announce(done);
      return true;
    } catch (e) {
      const text = apiErrorText(t, e);
      setError(text);
      announce(text);
      return false;
    } finally {
      setBusy(false);
    }
  }, [workshopId, t]);
  return { send, busy, error };
}
