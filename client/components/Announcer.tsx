// SPDX-License-Identifier: EUPL-1.2
/** The page's polite live region for short confirmations (see stores/announcerStore.ts); visually hidden. */
import { useAnnouncerStore } from '../stores/announcerStore.js';

/** Reads out the latest announcement. */
export function Announcer() {
  const message = useAnnouncerStore((s) => s.message);
  const serial = useAnnouncerStore((s) => s.serial);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="announcer">
      {message ? <span key={serial}>{message}</span> : null}
    </div>
  );
}
