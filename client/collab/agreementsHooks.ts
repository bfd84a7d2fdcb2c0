// SPDX-License-Identifier: EUPL-1.2
/**
 * The agreements register (`w/<id>/agreements`), read live from the server-written document.
 * Nobody but the server writes it (the facilitator and the owning groups change it through the
 * API), so it is opened read-only: without presence and without an offline copy.
 */
import { agreementsDocName } from '../../shared/docNames.js';
import { readRegister, registerFieldsOf, type Register } from '../../shared/agreementsDoc.js';
import type { OpenDoc } from './openDoc.js';
import { useDocRoom } from './docRoomHooks.js';
import { sameJson } from './ySnapshot.js';
import { useYSnapshot } from './useYSnapshot.js';

const EMPTY: Register = { agreements: [], teamLeaders: [] };

/** The register of a workshop, live, and whether the server's copy has arrived. */
export function useRegister(workshopId: string): { register: Register; ready: boolean; open: OpenDoc } {
  const open = useDocRoom(agreementsDocName(workshopId), { localCopy: false });
  const room = open.room;
  const register = useYSnapshot(room ? registerFieldsOf(room.doc) : [null], () => (room ? readRegister(room.doc) : EMPTY), { equals: sameJson }, [room]);
  const ready = open.status === 'synced' || register.agreements.length > 0;
  return { register, ready, open };
}
