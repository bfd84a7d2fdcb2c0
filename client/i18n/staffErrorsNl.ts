// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch texts of the API error ids (shared/apiErrors.ts) only the forms of staff screens, meeting
 * 2 and the agreements register show (through apiErrorText): in nlLater.ts, merged into `apiError`;
 * the few any screen may show (no session, no access, the network) stay in nl.ts.
 */
export const staffErrorsNl = {
    'invalid-body': 'Niet alle velden zijn goed ingevuld.',
    'unsupported-media-type': 'Je wijziging kon niet worden verstuurd. Laad de pagina opnieuw.',
    'csrf-check-failed': 'Je wijziging kon niet worden verstuurd. Laad de pagina opnieuw.',
    'payload-too-large': 'Dit is te veel tekst in één keer. Maak de lijst korter.',
    'workshop-not-found': 'Deze workshop bestaat niet (meer).',
    'participant-not-found': 'Deze deelnemer bestaat niet (meer). Laad de pagina opnieuw.',
    'link-unknown': 'Deze link werkt niet.',
    'link-expired': 'Deze link is verlopen.',
    'link-revoked': 'Deze link is ingetrokken.',
    'too-many-participants': 'Er kunnen niet meer deelnemers bij.',
    'meeting-started': 'Bijeenkomst 1 is al begonnen. Bevestig eerst dat je iedereen opnieuw wilt verdelen.',
    'agreement-text-missing': 'Schrijf eerst wat jullie afspreken.',
    'agreement-owner-missing': 'Kies minstens één groep die de afspraak uitvoert.',
    'review-moment-past': 'Een moment om terug te kijken kan niet in het verleden liggen. Kies vandaag of een latere datum.',
    'agreement-source-unknown': 'Deze ambitie of verwachting bestaat niet (meer). Kies een andere.',
    'agreement-not-found': 'Deze afspraak bestaat niet (meer). Laad de pagina opnieuw.',
    'not-in-owning-group': 'Alleen iemand uit een groep die deze afspraak uitvoert, kan de voortgang invullen.',
    'review-moment-unknown': 'Deze datum is geen moment om terug te kijken voor deze afspraak.',
    'not-team-leader': 'Alleen teamleiders kunnen een intervisie-notitie toevoegen.',
    'too-many-agreements': 'Er kunnen geen afspraken meer bij. Verwijder eerst een afspraak die niet meer nodig is.',
    'agreement-history-full': 'Bij deze afspraak kan niets meer worden toegevoegd. Er staan al heel veel berichten.',
    'meeting2-not-created': 'Bijeenkomst 2 is nog niet aangemaakt. Kies eerst een datum en maak de groepen.',
    'role-group-merged': 'Deze groep is samengevoegd met een andere groep. Kies de groep waar hij bij hoort.',
    'merge-invalid': 'Deze groepen kun je niet samenvoegen. Kies twee verschillende groepen die nog los zijn.',
    'not-placeable': 'Deze persoon hoort niet in een rolgroep, want hij begeleidt de bijeenkomst.',
    'case-not-found': 'Deze casus bestaat niet (meer). Laad de pagina opnieuw.',
    'too-many-cases': 'Er kunnen niet meer casussen bij. Haal eerst een casus weg.',
    'export-failed': 'Het dossier kon niet worden gemaakt.',
};
