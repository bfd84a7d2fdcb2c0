// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation's screens and their paths (issue 12):
 *
 *   /w/<id>/consultatie                       the commenter's page (personal link), and "Wat is er met mijn reactie gedaan?"
 *   /w/<id>/regie/consultatie                 facilitator: open the consultation, or its dashboard and links
 *   /w/<id>/regie/consultatie/verwerken       facilitator: answer every comment, freeze version 2
 *   /w/<id>/regie/consultatie/kaarten         facilitator: printable cards with the personal links
 *   /w/<id>/versie/<a>/vergelijk/<b>          compare two frozen versions word by word
 *   /w/<id>/reactienota                       the reactienota (draft for the facilitator, then published)
 */

/** A matched consultation screen. */
export type ConsultationRoute =
  | { name: 'commenter'; workshopId: string }
  | { name: 'consultationAdmin'; workshopId: string }
  | { name: 'consultationProcessing'; workshopId: string }
  | { name: 'consultationCards'; workshopId: string }
  | { name: 'versionDiff'; workshopId: string; from: number; to: number }
  | { name: 'reactienota'; workshopId: string };

const ID = '([A-Za-z0-9_-]{1,64})';
const N = '([1-9][0-9]{0,5})';

const PAGES: Record<string, 'commenter' | 'consultationAdmin' | 'consultationProcessing' | 'consultationCards' | 'reactienota'> = {
  consultatie: 'commenter',
  'regie/consultatie': 'consultationAdmin',
  'regie/consultatie/verwerken': 'consultationProcessing',
  'regie/consultatie/kaarten': 'consultationCards',
  reactienota: 'reactienota',
};

/** Matches a (trimmed) path to a consultation screen, or null. */
export function matchConsultationRoute(path: string): ConsultationRoute | null {
  let m = path.match(new RegExp(`^/w/${ID}/(consultatie|regie/consultatie|regie/consultatie/verwerken|regie/consultatie/kaarten|reactienota)$`));
  if (m) return { name: PAGES[m[2]], workshopId: m[1] };
  m = path.match(new RegExp(`^/w/${ID}/versie/${N}/vergelijk/${N}$`));
  if (m) return { name: 'versionDiff', workshopId: m[1], from: Number(m[2]), to: Number(m[3]) };
  return null;
}

/** The commenter's page. */
export const commenterPath = (workshopId: string) => `/w/${workshopId}/consultatie`;
/** The facilitator's consultation page (open, dashboard, links). */
export const consultationAdminPath = (workshopId: string) => `/w/${workshopId}/regie/consultatie`;
/** The processing view. */
export const consultationProcessingPath = (workshopId: string) => `/w/${workshopId}/regie/consultatie/verwerken`;
/** The printable cards with personal consultation links. */
export const consultationCardsPath = (workshopId: string) => `/w/${workshopId}/regie/consultatie/kaarten`;
/** The comparison of two frozen versions. */
export const versionDiffPath = (workshopId: string, from: number, to: number) => `/w/${workshopId}/versie/${from}/vergelijk/${to}`;
/** The reactienota. */
export const reactienotaPath = (workshopId: string) => `/w/${workshopId}/reactienota`;
