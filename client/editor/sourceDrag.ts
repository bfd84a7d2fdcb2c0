// SPDX-License-Identifier: EUPL-1.2
/** Dragging source items (group statements, horizon paragraphs) from the merge view into the vision editor. */

/** The drag-and-drop data type of source items (the value is a JSON array of item keys). */
export const SOURCE_DRAG_TYPE = 'application/x-stip-sources';

/** Reads dragged item keys; [] for anything else. */
export function parseDraggedKeys(data: string): string[] {
  try {
    const value: unknown = JSON.parse(data);
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string').slice(0, 200) : [];
  } catch {
    return [];
  }
}
