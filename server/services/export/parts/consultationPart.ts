// SPDX-License-Identifier: EUPL-1.2
/**
 * The consultation and the reactienota, as Dutch municipalities publish them: first the process
 * account (who was invited and who reacted, per role category: counts, never names), then every
 * reaction numbered (the passage quoted, the reactions, the answer, the conclusion and where), then
 * the changes made on the facilitator's own initiative. Built from the reactienota the consultation
 * service presents (server/services/consultation/reactienotaPresenter.ts); before publication the
 * facilitator's export says "nog niet gepubliceerd" above the draft, anyone else's shows no answers.
 */
import type { Reactienota, ReactienotaItem } from '../../../../shared/apiConsultation.js';
import { heading, paragraph, placeholder, text, type Block, type Inline } from '../../../../shared/dossier/dossierModel.js';
import { ROLE_CATEGORIES, type RoleCategory } from '../../../../shared/roles.js';
import type { DossierPart } from './dossierPart.js';
import { dutchDate } from './dossierDates.js';

const CATEGORY_WORDS: Record<RoleCategory, string> = { raad: 'Raad', collegeDirectie: 'College en directie', ambtenaren: 'Ambtenaren', griffie: 'Griffie' };
const STANCE_WORDS: Record<string, string> = { eens: 'eens', oneens: 'oneens', aanvulling: 'aanvulling', algemeen: 'algemene reactie' };

const categoryWord = (c: string) => CATEGORY_WORDS[c as RoleCategory] ?? c;

/** The process account: when, how many were invited and reacted, per role category. */
function processBlocks(nota: Reactienota): Block[] {
  const p = nota.process;
  const rows: Inline[][][] = ROLE_CATEGORIES.map((c) => [[text(CATEGORY_WORDS[c])], [text(String(p.perCategory[c].invited))], [text(String(p.perCategory[c].commented))]]);
  rows.push([[text('Totaal', ['bold'])], [text(String(p.invited), ['bold'])], [text(String(p.reacted), ['bold'])]]);
  return [
    heading(2, 'Wie werden uitgenodigd en wie reageerden'),
    paragraph(`De consultatie ging over versie ${p.version} van de visie. Zij liep van ${dutchDate(Date.parse(p.openedAt))} tot ${dutchDate(Date.parse(p.closesAt))}. `
      + `${p.invited} ${p.invited === 1 ? 'persoon werd' : 'mensen werden'} uitgenodigd; ${p.reacted} ${p.reacted === 1 ? 'persoon reageerde' : 'mensen reageerden'} met samen ${p.comments} ${p.comments === 1 ? 'reactie' : 'reacties'}.`),
    { kind: 'table', caption: 'Uitgenodigd en gereageerd per rolgroep', header: ['Rolgroep', 'Uitgenodigd', 'Gereageerd'], rows },
  ];
}

/** One numbered reaction of the reactienota. */
function itemBlocks(item: ReactienotaItem): Block[] {
  const about = item.commentNumbers.length === 1 ? `reactie ${item.commentNumbers[0]}` : `reacties ${item.commentNumbers.join(', ')}`;

  return [
    heading(3, `${item.number}. ${item.passageQuote ? 'Over de passage' : 'Algemene reactie'} (${about})`),
    ...(item.passageQuote ? [paragraph(`Passage: "${item.passageQuote}"`)] : []),
    paragraph(`Van: ${item.from.map(categoryWord).join(', ')}. Soort: ${item.stances.map((s) => STANCE_WORDS[s] ?? s).join(', ')}.`),
    { kind: 'list', ordered: false, items: item.summary.map((s) => [paragraph(s)]) },
    item.answer ? paragraph(`Antwoord: ${item.answer}`) : placeholder('Nog niet beantwoord.'),
    paragraph(`Conclusie: ${item.conclusion}.`),
    ...(item.where && item.status !== 'niet' ? [paragraph(`Aangepaste passage: "${item.where.text}"`)] : []),
  ];
}

/** The reactienota's own-initiative changes. */
function ownChangeBlocks(nota: Reactienota): Block[] {
  if (nota.ownChanges.length === 0) return [paragraph('Er zijn geen andere wijzigingen gemaakt.')];
  return [{
    kind: 'table', caption: 'Wijzigingen die niet uit een reactie kwamen', header: ['Nr.', 'Was', 'Wordt'],
    rows: nota.ownChanges.map((c, i) => [[text(String(i + 1))], [text(c.before || '–')], [text(c.after || '–')]]),
  }];
}

/** Part `consultation`. */
export const consultationPart: DossierPart = {
  id: 'consultation',
  title: 'De tussentijdse consultatie en de reactienota',
  build(data) {
    const consultation = data.consultation;
    if (!consultation) {
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
    }
    const { reactienota: nota, withheld } = consultation;
    const status = nota.published
      ? [paragraph(`Gepubliceerd op ${dutchDate(Date.parse(nota.publishedAt ?? ''))}.`)]
      : [placeholder(withheld ? 'Nog niet gepubliceerd: de reactienota volgt als de procesbegeleider haar publiceert.' : 'Nog niet gepubliceerd: dit is het concept van de procesbegeleider.')];
    const reactions = nota.items.length
      ? nota.items.flatMap(itemBlocks)
      : withheld ? [] : [paragraph('Er kwamen geen reacties binnen.')];
    return {
      blocks: [
        heading(1, this.title),
        ...processBlocks(nota),
        heading(2, 'Reactienota'),
        ...status,
        ...(withheld ? [] : [
          paragraph('Hieronder staat elke reactie met een nummer: de passage waar zij over gaat, wat er gezegd werd, ons antwoord en wat er met de tekst gebeurde.'),
          ...reactions,
          heading(3, 'Wijzigingen op eigen initiatief'),
          ...ownChangeBlocks(nota),
        ]),
      ],
      empty: false,
    };
  },
};
