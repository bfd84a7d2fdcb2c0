/**
 * The afspraken register: every agreement with its owners, review moments and latest status.
 * Placeholder until the register exists (replace this file).
 */
import { heading, placeholder } from '../../../../shared/dossier/dossierModel.js';
import type { DossierPart } from './dossierPart.js';

/** Part `agreements`. */
export const agreementsPart: DossierPart = {
  id: 'agreements',
  title: 'Het afsprakenregister',
  build() {
    return {
      blocks: [heading(1, this.title), placeholder('Nog niet ingevuld: er zijn nog geen afspraken vastgelegd.')],
      empty: true,
    };
  },
};
