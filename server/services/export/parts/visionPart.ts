// SPDX-License-Identifier: EUPL-1.2
/** The vision: the shown frozen version's text, sections as level-2 headings. */
import { heading, placeholder } from '../../../../shared/dossier/dossierModel.js';
import { richBlocks } from '../../../../shared/dossier/richTextBlocks.js';
import type { DossierPart } from './dossierPart.js';

/** Part `vision`. */
export const visionPart: DossierPart = {
  id: 'vision',
  title: 'De OverheidsParticipatie-visie',
  build(data) {
    const title = heading(1, this.title);
    if (!data.shown) return { blocks: [title, placeholder('De visie is nog niet ingevuld: er is nog geen versie vastgelegd.')], empty: true };
    const blocks = richBlocks(data.shown.content.content ?? []).flatMap((b, i, all) =>
      (b.kind === 'heading' && (i === all.length - 1 || all[i + 1].kind === 'heading') ? [b, placeholder('Nog niet ingevuld.')] : [b]));
    const hasText = blocks.some((b) => b.kind !== 'heading' && !(b.kind === 'paragraph' && b.placeholder));
    return {
      blocks: [title, ...blocks, ...(hasText ? [] : [placeholder('De tekst van deze versie is nog niet ingevuld.')])],
      empty: !hasText,
    };
  },
};
