// SPDX-License-Identifier: EUPL-1.2
/**
 * Gives paragraphs and list items of the vision a `passage` attribute (the passage id that its
 * provenance is keyed by, shared/visionDoc.ts). Rendered as `data-passage`; splitting a passage
 * keeps the id on both halves, so both keep their sources.
 */
import { Extension } from '@tiptap/core';

/** Node attribute carrying a vision passage id. */
export const PassageAttribute = Extension.create({
  name: 'passageAttribute',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'listItem'],
        attributes: {
          passage: {
            default: null,
            parseHTML: (el: HTMLElement) => el.getAttribute('data-passage'),
            renderHTML: (attrs: Record<string, unknown>) => (attrs.passage ? { 'data-passage': String(attrs.passage) } : {}),
          },
        },
      },
    ];
  },
});
