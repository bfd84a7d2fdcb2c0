// SPDX-License-Identifier: EUPL-1.2
/** The parts of a meeting-1 group room, in the order of the course. */

/** Kinds of statement a group writes. */
export const STATEMENT_KINDS = ['openStaan', 'loslaten', 'cultuur'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** The four parts of the room: three statement kinds and the horizon. */
export const ROOM_PARTS = [...STATEMENT_KINDS, 'horizon'] as const;
export type RoomPart = (typeof ROOM_PARTS)[number];

/** Whether a value is a statement kind. */
export const isStatementKind = (v: unknown): v is StatementKind =>
  typeof v === 'string' && (STATEMENT_KINDS as readonly string[]).includes(v);
