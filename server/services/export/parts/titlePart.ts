// SPDX-License-Identifier: EUPL-1.2
/** The title page: gemeente, workshop title, the dates of the meetings and the version shown. */
import { heading, NOT_FILLED_IN, paragraph, type Block } from '../../../../shared/dossier/dossierModel.js';
import type { DossierData } from '../dossierData.js';
import { dutchDate } from './dossierDates.js';

/** The dossier's title: "OverheidsParticipatie-visie <gemeente>" with the workshop title when it has one. */
export function dossierTitle(data: DossierData): string {
  const { gemeente, title } = data.input.workshop;
  return title.trim() ? `${title.trim()} – gemeente ${gemeente}` : `OverheidsParticipatie-visie gemeente ${gemeente}`;
}

/** The title page's blocks (always present, also for an empty workshop). */
export function titlePage(data: DossierData): Block[] {
  const { gemeente, meeting1, meeting2 } = data.input.workshop;
  const version = data.shown ? `versie ${data.shown.number} (${data.shown.label}), vastgelegd op ${dutchDate(data.shown.createdAt)}` : `${NOT_FILLED_IN}: er is nog geen versie vastgelegd`;
  return [
    heading(1, dossierTitle(data)),
    paragraph(`Gemeente: ${gemeente}`),
    paragraph(`Bijeenkomst 1: ${dutchDate(meeting1) ?? NOT_FILLED_IN}`),
    paragraph(`Bijeenkomst 2: ${dutchDate(meeting2) ?? NOT_FILLED_IN}`),
    paragraph(`Visie: ${version}`),
    paragraph(`Datum van dit document: ${dutchDate(data.input.at)}`),
  ];
}
