/**
 * The consultation and the reactienota: who was invited and reacted per role category, and what
 * was done with every comment. Placeholder until the consultation exists (replace this file).
 */
import { heading, placeholder } from '../../../../shared/dossier/dossierModel.js';
import type { DossierPart } from './dossierPart.js';

/** Part `consultation`. */
export const consultationPart: DossierPart = {
  id: 'consultation',
  title: 'De tussentijdse consultatie en de reactienota',
  build() {
    return {
      blocks: [
        heading(1, this.title),
        heading(2, 'Wie werden uitgenodigd en wie reageerden'),
        placeholder('Nog niet ingevuld: de consultatie is nog niet gehouden.'),
        heading(2, 'Reactienota'),
        placeholder('Nog niet ingevuld: er zijn nog geen reacties verwerkt.'),
      ],
      empty: true,
    };
  },
};
