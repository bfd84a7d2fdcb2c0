// SPDX-License-Identifier: EUPL-1.2
/** The current time, re-read every `intervalMs` (for "… minuten geleden"). */
import { useEffect, useState } from 'react';

/** Date.now(), refreshed on an interval. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
