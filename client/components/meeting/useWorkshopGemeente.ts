// SPDX-License-Identifier: EUPL-1.2
/**
 * The gemeente of a workshop for a screen's title: from the session when it belongs to the
 * workshop, else (the set-up session) from the facilitator's workshop store.
 */
import { useEffect } from 'react';
import type { MeAnswer } from '../../../shared/api.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';

/** The gemeente's name ('' until known). */
export function useWorkshopGemeente(me: MeAnswer, workshopId: string): string {
  const fromSession = me.kind !== 'setup' && me.workshop.id === workshopId ? me.workshop.gemeente : null;
  const stored = useWorkshopStore((s) => (s.workshop?.id === workshopId ? s.workshop.gemeente : null));
  const load = useWorkshopStore((s) => s.load);
  useEffect(() => { if (fromSession === null) void load(workshopId); }, [fromSession, load, workshopId]);
  return fromSession ?? stored ?? '';
}
