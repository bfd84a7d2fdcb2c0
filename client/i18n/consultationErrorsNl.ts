// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the consultation's API error ids (shared/apiErrors.ts), merged into `apiError` in nlLater.ts. */
export const consultationErrorsNl = {
  'consultation-not-found': 'Er is (nog) geen consultatie voor deze workshop.',
  'consultation-exists': 'Deze workshop heeft al een consultatie.',
  'version-not-frozen': 'Deze versie van de visie is niet vastgezet. Zet eerst een versie vast.',
  'closes-in-past': 'De sluitingsdatum moet in de toekomst liggen.',
  'consultation-closed': 'De consultatie is gesloten. Je kunt niet meer reageren of je reactie wijzigen.',
  'comment-empty': 'Schrijf eerst je reactie.',
  'comment-too-long': 'Je reactie is te lang. Gebruik hoogstens 2.000 tekens.',
  'passage-unknown': 'Deze passage staat niet in de visie. Laad de pagina opnieuw.',
  'anchor-outside': 'Je selectie valt buiten de tekst. Kies de passage opnieuw.',
  'quote-mismatch': 'De gekozen tekst klopt niet meer. Kies de passage opnieuw.',
  'comment-not-found': 'Deze reactie bestaat niet (meer).',
  'not-your-comment': 'Je kunt alleen je eigen reactie wijzigen of intrekken.',
  'comment-withdrawn': 'Deze reactie is ingetrokken.',
  'replies-not-allowed': 'Reageren op anderen staat uit in deze consultatie.',
  'too-many-comments': 'Je hebt veel reacties kort na elkaar geplaatst. Wacht een minuut en probeer het opnieuw.',
  'answer-invalid': 'Schrijf een antwoord van hoogstens 4.000 tekens.',
  'unanswered-comments-freeze': 'Nog niet alle reacties hebben een antwoord. Weet je zeker dat je versie 2 wilt vastzetten?',
  'unanswered-comments': 'De reactienota kan pas gepubliceerd worden als elke reactie een antwoord heeft.',
  'reactienota-published': 'De reactienota is al gepubliceerd. Antwoorden kunnen niet meer veranderen.',
  'reactienota-not-published': 'De reactienota is nog niet gepubliceerd.',
};
