// SPDX-License-Identifier: EUPL-1.2
/**
 * A hand-made Dutch concept lexicon for public participation (overheidsparticipatie), so that
 * statements that say the same thing in different words still meet: "inwoners vroeg betrekken"
 * and "vanaf dag één samen met bewoners" share the concepts `vroeg` and `meedoen`.
 *
 * Written from general knowledge of the language and of the domain (participation policy, the
 * roles of raad, college and ambtenaren, loslaten, vertrouwen, terugkoppeling), not from any test
 * set. Each concept lists words (matched by stem, so inflections count) and phrases (matched
 * word by word on the normalised text, stop words included: "uit handen", "aan tafel").
 * A concept is a topic, not a polarity: "vertrouwen" and "wantrouwen" share one, and a denied
 * word still carries its concept (only the word itself counts against, see negationScope.ts).
 */
import { isListedWord, isStopWord, stem, type Token } from './dutchText.js';

interface Concept { words: readonly string[]; phrases?: readonly string[] }

/** The concepts, by id. Ids are English so they are never mistaken for a word someone wrote. */
const CONCEPTS: Readonly<Record<string, Concept>> = {
  early: {
    words: ['allereerste', 'prille', 'ontwerpfase', 'planfase', 'voorbereiding', 'voorbereidingsfase', 'tijdig', 'tekentafel', 'vroeg', 'vroegtijdig', 'vroegst', 'begin', 'beginnen', 'start', 'starten', 'aanvang', 'voorkant', 'vooraf', 'tevoren', 'vooraan', 'aanloop', 'beginfase', 'startfase', 'ideefase', 'voorfase', 'verkenning', 'verkenningsfase', 'initiatieffase', 'schets', 'achteraf', 'blanco'],
    phrases: ['eerste fase', 'in een vroeg', 'van tevoren', 'op tijd', 'vanaf de eerste', 'nog niets vastligt', 'nog niks', 'op de tekentafel', 'dag 1', 'van meet af aan', 'van begin af aan', 'aan de voorkant', 'voordat er een plan', 'nog geen plan', 'vanaf het begin', 'aan het begin', 'bij de start', 'voordat er', 'voor er', 'op papier', 'wit papier', 'leeg vel', 'blanco vel', 'al besloten', 'alles besloten', 'al vast', 'pas als', 'eerste schets', 'eerste idee', 'niet achteraf'],
  },
  involve: {
    words: ['betrokkenheid', 'betrokken', 'samenspraak', 'klankbordgroep', 'bewonerspanel', 'werkgroep', 'denktank', 'meedoet', 'meegedaan', 'deelname', 'meedenkers', 'meedenkt', 'betrekken', 'meedoen', 'meedenken', 'meepraten', 'meewerken', 'meebeslissen', 'meeschrijven', 'participatie', 'participeren', 'inspraak', 'samenwerken', 'samenwerking', 'cocreatie', 'inbreng', 'inbrengen', 'meenemen', 'aanhaken', 'aansluiten', 'deelnemen', 'deelnemer', 'insprekers', 'inspreken'],
    phrases: ['aan tafel', 'aan boord', 'samen met', 'mee laten doen', 'mee laten denken'],
  },
  feedback: {
    words: ['uitkomst', 'uitkomsten', 'gebeurd', 'teruggekoppeld', 'terugkoppelt', 'terugkoppelen', 'terugkoppeling', 'terughoren', 'terugmelden', 'terugrapporteren', 'informeren', 'antwoord', 'antwoorden', 'verslag', 'verantwoording', 'verantwoorden', 'reactienota', 'bericht', 'uitleggen', 'toelichten', 'afweging', 'afwegingen', 'terugkomen', 'verantwoordingsplicht', 'uitleg', 'toelichting', 'motiveren', 'motivering', 'onderbouwen', 'resultaat', 'vervolg', 'nazorg', 'gehoord'],
    phrases: ['heeft gedaan', 'met de inbreng', 'met zijn ideeen', 'met hun ideeen', 'met je ideeen', 'wat er gebeurd', 'met hun inbreng', 'met je inbreng', 'met onze inbreng', 'wat het opgeleverd', 'laten weten', 'horen wat', 'te horen', 'wat er met', 'wat we met', 'gedaan is', 'gedaan hebben', 'hebben gedaan', 'laat weten', 'te horen krijgen', 'horen van', 'wat ermee', 'wat er mee', 'ermee gebeurt', 'ermee doen', 'mee gedaan', 'wel of niet', 'waarom niet', 'na afloop', 'nooit meer iets', 'nooit meer', 'niets meer gehoord', 'hoort erbij', 'het vervolg'],
  },
  trust: {
    words: ['argwanend', 'wantrouwend', 'vertrouwd', 'vertrouwen', 'wantrouwen', 'argwaan', 'achterdocht', 'geloof', 'geloven', 'goedbedoeld', 'bedoeling', 'bedoelingen', 'oprecht', 'integer', 'controle', 'controleren', 'dichttimmeren', 'gunnen', 'verdenking', 'wantrouwig'],
    phrases: ['uit te gaan van', 'gaan we uit van', 'het goede in', 'bij voorbaat', 'blind vertrouwen', 'goed bedoelen', 'voordeel van de twijfel', 'goede trouw', 'ervan uit dat', 'goede bedoelingen', 'uitgaan van', 'gaan uit van', 'in de kracht', 'wat mensen kunnen', 'wat bewoners kunnen', 'geloof in', 'dicht te timmeren', 'dicht timmeren'],
  },
  decide: {
    words: ['zeggenschap', 'beslissen', 'beslissing', 'beslissingen', 'besluiten', 'besluit', 'meebeslissen', 'overdragen', 'overlaten', 'eigenaarschap', 'regie', 'bepalen', 'zelfbeschikking', 'mandaat', 'delegeren'],
    phrases: ['uit handen', 'het voor het zeggen', 'aan het stuur', 'zelf beslissen', 'zelf bepalen'],
  },
  money: {
    words: ['betalen', 'betaalt', 'betaald', 'financieel', 'financiele', 'duur', 'dure', 'goedkoop', 'bezuinigen', 'bezuiniging', 'bezuinigingen', 'kostbaar', 'prijskaartje', 'investering', 'dekking', 'uitgaven', 'bekostigen', 'bekostiging', 'fonds', 'geld', 'budget', 'budgetten', 'middelen', 'financien', 'financiering', 'subsidie', 'besteden', 'besteding', 'uitgeven', 'wijkbudget', 'buurtbudget', 'begroting', 'euro', 'investeren', 'bewonersbudget', 'potje', 'zeggenschap', 'burgerbegroting', 'participatiebudget'],
    phrases: ['de kosten', 'hoge kosten', 'kosten van', 'kosten en', 'financiele paragraaf', 'wat kost', 'wie betaalt', 'geld kost', 'geld kosten', 'eigen budget', 'eigen geld', 'eigen potje', 'waar het geld', 'over geld', 'aan besteed'],
  },
  frame: {
    words: ['richting', 'koers', 'spelregel', 'kaderbrief', 'kader', 'kaders', 'kaderstellend', 'hoofdlijn', 'hoofdlijnen', 'speelruimte', 'randvoorwaarde', 'randvoorwaarden', 'spelregels', 'grenzen', 'afbakenen', 'afbakening', 'mandaat', 'verwachting', 'verwachtingen', 'verwachtingsmanagement', 'transparant', 'transparantie', 'teleurstelling', 'teleurgesteld', 'teleurstellen', 'speelveld', 'vastliggen', 'vastligt', 'vaststaan', 'onderhandelbaar', 'beinvloedbaar'],
    phrases: ['het wat', 'het hoe', 'op afstand', 'wat en hoe', 'wat vastligt', 'wat vast ligt', 'wat vaststaat', 'ter discussie', 'binnen welke', 'waar nog ruimte', 'hoeveel ruimte', 'wat kan en wat niet', 'wat wel en niet', 'niet te veel beloven', 'duidelijk maken', 'helder maken', 'helder zijn'],
  },
  meddle: {
    words: ['uitwerking', 'uitwerken', 'invulling', 'invullen', 'uitvoeren', 'detailniveau', 'uitvoering', 'details', 'detail', 'incident', 'incidenten', 'bemoeien', 'micromanagement', 'controleren', 'controle', 'ingrijpen'],
    phrases: ['tot in detail', 'in detail', 'op de stoel van', 'over de schouder'],
  },
  outside: {
    words: ['stadskantoor', 'gemeentekantoor', 'werkplek', 'kantoortuin', 'wijk', 'buurt', 'buurten', 'wijken', 'straat', 'buurthuis', 'buurthuizen', 'wijkcentrum', 'buiten', 'zichtbaar', 'aanwezig', 'veldwerk', 'wijkgericht', 'opzoeken', 'gemeentehuis', 'stadhuis', 'bureau', 'kantoor', 'straten', 'dorp', 'dorpen', 'kern', 'kernen', 'zichtbaarheid', 'aanwezigheid', 'langsgaan', 'langskomen', 'bezoeken', 'huisbezoek', 'keukentafel'],
    phrases: ['tussen de mensen', 'onder de mensen', 'de buurt in', 'de wijken in', 'op straat', 'buiten de deur', 'in het veld', 'op pad', 'naar buiten', 'de wijk in', 'ter plekke', 'achter het bureau', 'achter hun bureau', 'de straat op', 'ga langs', 'gaan langs', 'komen langs', 'achter je bureau', 'naar de mensen', 'naar hen toe', 'naar ze toe', 'waar ze zijn', 'waar mensen zijn', 'bij mensen thuis', 'aan de keukentafel', 'op locatie'],
  },
  failure: {
    words: ['misstap', 'misstappen', 'leermoment', 'leermomenten', 'schuldige', 'schuldigen', 'straffen', 'bestraffen', 'afrekening', 'zondebok', 'mislukte', 'tegenvaller', 'flop', 'fout', 'fouten', 'falen', 'mislukken', 'mislukt', 'mislukking', 'experiment', 'experimenteren', 'proef', 'pilot', 'proberen', 'uitproberen', 'risico', 'risicos', 'tegenvallen', 'misgaan', 'missers', 'misser', 'vergissing', 'vergissingen', 'experimenten', 'proeftuin', 'pilots', 'lef', 'durf', 'durven', 'afrekenen', 'afrekencultuur', 'leren', 'lerend'],
    phrases: ['de mist in', 'de fout in', 'mis loopt', 'loopt mis', 'fout gaat', 'fout gaan', 'anders uitpakt', 'anders uitpakken', 'mis gaat', 'mis gaan', 'iets nieuws', 'fouten maken', 'de schuld', 'niet lukt', 'niet meteen', 'vallen en opstaan', 'met vallen', 'al doende'],
  },
  backing: {
    words: ['beschermt', 'vangnet', 'veiligheid', 'veilig', 'rugdekking', 'steunen', 'steun', 'dekken', 'verantwoordelijkheid', 'beschermen', 'vrijwaren', 'ruggensteun'],
    phrases: ['achter staan', 'achter de ambtenaar', 'in bescherming', 'staan achter', 'staat achter', 'achter hun', 'achter medewerkers', 'achter ambtenaren', 'de rug'],
  },
  plainLanguage: {
    words: ['leesbaarheid', 'taalgebruik', 'woordkeus', 'moeilijke', 'formulering', 'taal', 'jargon', 'woorden', 'begrijpelijk', 'helder', 'eenvoudig', 'leesbaar', 'taalniveau', 'ambtelijk', 'ambtenarentaal', 'vaktaal', 'schrijven', 'brief', 'brieven', 'b1', 'begrijpen', 'snappen', 'snapt', 'ingewikkeld', 'simpel', 'duidelijk', 'beleidstaal', 'afkortingen'],
    phrases: ['moeilijke woorden', 'gewone woorden', 'in 1 keer', 'begrijpt', 'gewone taal', 'in gewone', 'te moeilijk', 'te ingewikkeld', 'zonder jargon', 'voor iedereen'],
  },
  capacity: {
    words: ['tijdgebrek', 'uur', 'werktijd', 'overuren', 'capaciteit', 'tijd', 'uren', 'personeel', 'formatie', 'werkdruk', 'bezetting', 'fte', 'menskracht', 'overbelast', 'drukte', 'extra'],
    phrases: ['te druk', 'geen tijd', 'kost tijd', 'tijd kost', 'er niet bij', 'erbij doen', 'naast hun werk', 'naast het werk', 'handen tekort', 'naast hun gewone werk', 'naast het gewone werk', 'meer mensen', 'extra mensen'],
  },
  reach: {
    words: ['mondigen', 'ondervertegenwoordigde', 'minderheden', 'senioren', 'werkenden', 'alleenstaanden', 'arbeidsmigranten', 'mondig', 'mondige', 'stil', 'stille', 'meerderheid', 'jongeren', 'nieuwkomers', 'laaggeletterden', 'ouderen', 'bereiken', 'bereik', 'doelgroep', 'doelgroepen', 'diversiteit', 'ondervertegenwoordigd', 'insprekers', 'kritisch', 'kritische', 'iedereen', 'inclusie', 'inclusief', 'divers', 'hoogopgeleid', 'hoogopgeleide', 'laagopgeleid', 'laaggeletterd', 'anderstalig', 'anderstaligen', 'statushouders', 'migranten', 'eenzaam', 'kwetsbaar', 'kwetsbare', 'minderheid', 'drempel', 'drempels', 'toegankelijk', 'toegankelijkheid'],
    phrases: ['stille meerderheid', 'nooit naar', 'normaal niet', 'altijd dezelfde', 'steeds dezelfde', 'vaste insprekers', 'usual suspects', 'een stem', 'aan het woord', 'moeilijk bereikbaar', 'nooit komen', 'dezelfde mensen', 'dezelfde gezichten', 'vaste klanten', 'stem geven', 'mee kunnen doen', 'kunnen meedoen', 'slecht nederlands', 'de taal', 'niet gehoord', 'net zo goed'],
  },
  vague: {
    words: ['acties', 'actie', 'ambities', 'ambitie', 'meetbaar', 'planning', 'actieplan', 'uitvoeringsplan', 'tijdpad', 'deadline', 'datum', 'vrijblijvend', 'hol', 'holle', 'vaag', 'onduidelijk', 'onduidelijkheid', 'concreet', 'concreter', 'precies', 'duidelijk', 'duidelijkheid', 'abstract', 'afbakenen', 'ophouden'],
    phrases: ['mooie woorden', 'mooie praat', 'wat gaan we', 'wat betekent dit', 'wie doet wat', 'in de praktijk', 'morgen anders', 'begint en ophoudt', 'waar het begint'],
  },
  listen: {
    words: ['luisteren', 'horen', 'ontvangen', 'ophalen', 'oor', 'gehoor'],
    phrases: ['onze mond', 'vragen stellen', 'open oor', 'wat er leeft', 'wat er speelt'],
  },
  evaluate: {
    words: ['opgeleverd', 'opbrengst', 'terugblik', 'terugblikken', 'evalueren', 'evaluatie', 'meten', 'meting', 'monitoren', 'monitor', 'nagaan', 'effect', 'effecten', 'resultaat', 'resultaten', 'terugkijken', 'tevredenheid'],
    phrases: ['kijken terug', 'terug kijken', 'kijken we terug'],
  },
  skills: {
    words: ['training', 'cursus', 'opleiding', 'vaardigheden', 'vaardigheid', 'leergang', 'intervisie', 'scholing', 'ontwikkelen', 'leren', 'gespreksvoering', 'gespreksvaardigheden'],
  },
  rules: {
    words: ['regel', 'regels', 'regelgeving', 'vergunning', 'vergunningen', 'bureaucratie', 'procedure', 'procedures', 'voorschriften', 'beleidsregels', 'knellen', 'maatwerk'],
  },
  // Second round (engineer `sim`): the concepts below are new, and the ones above were widened,
  // from general knowledge of Dutch and of the domain and from the seed texts (regisseur,
  // mogelijkmaker, samenspel, tandem): synonyms, hypernyms and common paraphrases.
  letGo: {
    words: ['loslaten', 'terugtreden', 'faciliteren', 'facilitator', 'ondersteunen', 'ondersteuning', 'mogelijkmaker', 'vrijheid', 'zelfsturing', 'zelforganisatie', 'regisseur', 'regierol', 'sturing', 'bijsturen', 'dichttimmeren', 'voorschrijven'],
    phrases: ['stap terug', 'stapje terug', 'een stap opzij', 'uit handen', 'de touwtjes', 'het heft', 'in handen', 'ruimte geven', 'ruimte laten', 'los laten', 'zelf doen', 'zelf regelen', 'zelf organiseren', 'niet alles zelf', 'aan de zijlijn', 'naast staan', 'naast zetten'],
  },
  councilRole: {
    words: ['democratisch', 'democratische', 'democratie', 'gekozen', 'uithollen', 'uitgehold', 'burgerpanel', 'burgerpanels', 'burgerberaad', 'loting', 'raadsrol', 'politiek', 'politici', 'volksvertegenwoordiger', 'volksvertegenwoordigers', 'volksvertegenwoordiging', 'kaderstellend', 'kaderstelling', 'controlerend', 'speelveld'],
    phrases: ['grote lijnen', 'grote lijn', 'op hoofdlijnen', 'de kaders', 'op afstand', 'op de stoel van', 'op de stoel', 'het wat', 'het hoe'],
  },
  tailored: {
    words: ['maatwerk', 'afwijken', 'afwijking', 'uitzondering', 'uitzonderingen', 'standaard', 'standaardprocedure', 'standaardaanpak', 'blauwdruk', 'uniform', 'eenheidsworst', 'flexibel', 'flexibiliteit', 'eigenheid'],
    phrases: ['per geval', 'per situatie', 'per wijk', 'per buurt', 'per dorp', 'per kern', 'geval tot geval', 'one size', 'vaste aanpak', 'vaste werkwijze', 'past niet', 'niet hetzelfde', 'waar het moet', 'waar het kan', 'wat nodig is', 'van geval'],
  },
  digital: {
    words: ['digitaal', 'digitale', 'online', 'internet', 'internetplatform', 'website', 'webpagina', 'app', 'apps', 'platform', 'enquete', 'peiling', 'vragenlijst', 'livestream', 'videobellen', 'socialemedia', 'instagram', 'tiktok', 'facebook', 'whatsapp', 'smartphone'],
    phrases: ['sociale media', 'social media', 'vanaf de bank', 'vanuit huis', 'van thuis', 'via een app', 'via de website', 'op je telefoon'],
  },
  youth: {
    words: ['jongeren', 'jongere', 'jeugd', 'jeugdigen', 'jeugdraad', 'jongerenraad', 'tieners', 'tiener', 'twintigers', 'pubers', 'scholieren', 'scholier', 'studenten', 'student', 'leerlingen', 'kinderen', 'school', 'scholen', 'sportkantine', 'sportclub'],
    phrases: ['jonge mensen', 'de jeugd', 'volgende generatie', 'onder de'],
  },
  internalTeam: {
    words: ['samenspel', 'samenwerking', 'samenwerken', 'team', 'tandem', 'tango', 'wederzijds', 'wederzijdse', 'afhankelijkheid', 'apparaat', 'eensgezind'],
    phrases: ['samen optrekken', 'elkaar versterken', 'elkaar aanspreken', 'elkaar vertrouwen', '1 team', '1 lijn', 'met 1 mond', 'bestuur en ambtenaren', 'bestuurlijk ambtelijk', 'college en ambtenaren'],
  },
  // Third round (engineer `sime`): the concepts below are new, and the ones above were widened,
  // from general knowledge of Dutch and of the domain: synonyms, hypernyms, common paraphrases.
  partners: {
    words: ['vereniging', 'verenigingen', 'kerk', 'kerken', 'moskee', 'welzijnswerk', 'welzijn', 'stichting', 'stichtingen', 'club', 'clubs', 'maatschappelijk', 'maatschappelijke', 'bondgenoot', 'bondgenoten', 'partner', 'partners', 'netwerk', 'netwerken', 'sleutelfiguren', 'sleutelfiguur', 'buurtvereniging', 'woningcorporatie', 'corporatie', 'ondernemers', 'middenveld', 'huurdersvereniging'],
    phrases: ['maatschappelijke organisaties', 'het maatschappelijk middenveld'],
  },
  contactPoint: {
    words: ['contactpersoon', 'aanspreekpunt', 'gezicht', 'loket', 'wijkcontactpersoon', 'wijkregisseur', 'wijkmanager', 'wijkwethouder', 'bellen', 'telefoonnummer', 'bereikbaar', 'bereikbaarheid', 'wegwijzer'],
    phrases: ['vast gezicht', 'vaste contactpersoon', 'moeten bellen', 'terecht kunnen', 'waar ze terecht', 'de weg kent', 'de weg weet', 'de weg wijzen', '1 loket'],
  },
  inform: {
    words: ['communicatie', 'communiceren', 'nieuwsbrief', 'publiceren', 'openbaar', 'openheid', 'eerlijk', 'eerlijkheid', 'informatie', 'wijkkrant', 'huis-aan-huisblad', 'bekendmaking', 'aankondiging', 'uitnodiging', 'uitnodigen'],
    phrases: ['op de hoogte', 'bekend maken', 'open kaart', 'eerlijk zijn', 'eerlijk vertellen', 'niet verstoppen', 'weten waar ze aan toe', 'waar je aan toe'],
  },
  speed: {
    words: ['snel', 'sneller', 'snelheid', 'traag', 'trager', 'wachten', 'wachttijd', 'reactietijd', 'doorlooptijd', 'termijn', 'vertraging', 'stroperig', 'tempo', 'haast', 'vlot', 'slagvaardig'],
    phrases: ['binnen een week', 'binnen 2 weken', 'te lang', 'lang duren', 'lang duurt', 'van de grond'],
  },
  equalFooting: {
    words: ['gelijkwaardig', 'gelijkwaardigheid', 'partnerschap', 'evenwaardig', 'samenspel', 'wederkerig', 'wederkerigheid', 'machtsverschil', 'hierarchie', 'hierarchisch', 'ooghoogte'],
    phrases: ['op gelijke voet', 'hand in hand', 'op ooghoogte', 'als partner', 'als gelijke', 'naast elkaar', 'van bovenaf', 'boven de mensen'],
  },
  ownInitiative: {
    words: ['zelfbeheer', 'beheer', 'uitdaagrecht', 'overnemen', 'eigenaar', 'trekker', 'trekkers', 'actief', 'actieve', 'vrijwilliger', 'vrijwilligers', 'vrijwilligerswerk', 'zelfredzaam', 'zelfredzaamheid', 'burgerkracht', 'energie'],
    phrases: ['right to challenge', 'zelf aan de slag', 'het heft in eigen hand', 'eigen hand', 'zelf oppakken', 'zelf doen', 'eigen initiatief'],
  },
  attitude: {
    words: ['houding', 'mentaliteit', 'cultuur', 'gedrag', 'dienstverlenend', 'klantgericht', 'servicegericht', 'bureaucratisch', 'gastvrij', 'gastvrijheid', 'menselijk', 'menselijke', 'empathie', 'inleven', 'nieuwsgierig', 'nieuwsgierigheid', 'mogelijkmaker', 'mogelijkmakers', 'regelhandhaver'],
    phrases: ['ja mits', 'nee tenzij', 'mogelijk maken', 'van buiten naar binnen', 'outside in', 'in de schoenen', 'vanuit de inwoner'],
  },
  leadership: {
    words: ['leidinggevende', 'leidinggevenden', 'management', 'manager', 'managers', 'directie', 'gemeentesecretaris', 'teamleider', 'teamleiders', 'leiderschap', 'voorbeeldgedrag', 'voorbeeldfunctie', 'top'],
    phrases: ['het goede voorbeeld', 'goede voorbeeld', 'van bovenaf', 'de top'],
  },
  patience: {
    words: ['geduld', 'zorgvuldig', 'zorgvuldigheid', 'haasten', 'doorzetten', 'volhouden', 'langetermijn', 'structureel', 'blijvend', 'eenmalig', 'projectmatig'],
    phrases: ['lange adem', 'tijd nemen', 'tijd geven', 'niet haasten', 'quick wins', 'geen eenmalige', 'voor de lange termijn', 'lange termijn'],
  },
  meetingLogistics: {
    words: ['tijdstip', 'locatie', 'overdag', 'avonden', 'kinderopvang', 'oppas', 'bereikbaarheid', 'parkeren', 'zaal', 'dinsdag', 'woensdag', 'donderdag', 'maandag', 'vrijdag', 'zaterdag', 'zondag'],
    phrases: ['andere avond', 'ander tijdstip', 'op een avond', 'na werktijd', 'onder werktijd'],
  },
  dissent: {
    words: ['kritiek', 'tegengeluid', 'tegengeluiden', 'bezwaar', 'bezwaren', 'weerstand', 'onvrede', 'klacht', 'klachten', 'protest', 'boos', 'boosheid', 'ontevreden', 'ontevredenheid', 'tegenstanders', 'tegenstander', 'dwarsliggers', 'dwarsligger', 'conflict', 'conflicten', 'polarisatie'],
    phrases: ['het oneens', 'andere mening', 'andere geluiden', 'kritische geluiden', 'kritische vragen'],
  },
  appreciate: {
    words: ['bedanken', 'bedankje', 'bedankt', 'dank', 'waardering', 'waarderen', 'vieren', 'viering', 'compliment', 'complimenten', 'erkenning', 'succes', 'successen'],
    phrases: ['in het zonnetje', 'een pluim'],
  },
};

/** Stem of each lexicon word → the concepts it belongs to. */
const CONCEPTS_OF_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [id, concept] of Object.entries(CONCEPTS)) {
    for (const word of concept.words) {
      const key = stem(plain(word));
      const list = map.get(key) ?? [];
      if (!list.includes(id)) list.push(id);
      map.set(key, list);
    }
  }
  return map;
})();

/** The lexicon's words as written (a compound's head must be one of them, uninflected). */
const LEXICON_WORDS: ReadonlySet<string> = new Set(Object.values(CONCEPTS).flatMap((c) => c.words.map(plain)));

/** Each phrase as stems in order, with its concept. */
const PHRASES: readonly { stems: readonly string[]; concept: string }[] = Object.entries(CONCEPTS).flatMap(([id, c]) =>
  (c.phrases ?? []).map((p) => ({ stems: p.split(' ').map((w) => stem(plain(w))), concept: id })),
);

function plain(word: string): string {
  return word.replace(/[^a-z0-9]/g, '');
}

/** Shortest compound part looked up in the lexicon: a tail of 4 letters, a head of 6 (see compoundSplitter.ts). */
const MIN_LEXICON_TAIL = 4;
const MIN_LEXICON_HEAD = 6;
const MIN_COMPOUND = 8;

/**
 * A compound the lexicon does not list, read through the parts it does list: the longest tail
 * ("wijkbudgetten" → budgetten; in Dutch the last part names the thing) and the longest head as
 * the lexicon writes it, a linking -s allowed ("inspraakavond" → inspraak and avond). The rest has
 * at least 3 letters (a tail) or 4 (a head), so a word is never read as a lexicon word with an
 * ending; words of the synonym table ("wethouder") are never split.
 */
function lexiconParts(norm: string): string[] {
  if (norm.length < MIN_COMPOUND || isListedWord(norm)) return [];
  const found: string[] = [];
  for (let j = norm.length - MIN_LEXICON_TAIL; j >= MIN_LEXICON_HEAD; j--) {
    const head = norm.slice(0, j);
    const unlinked = head.endsWith('s') ? head.slice(0, -1) : head;
    const word = LEXICON_WORDS.has(head) ? head : LEXICON_WORDS.has(unlinked) ? unlinked : null;
    if (word) { found.push(word); break; }
  }
  for (let i = 3; i <= norm.length - MIN_LEXICON_TAIL; i++) {
    const tail = norm.slice(i);
    if (CONCEPTS_OF_STEM.has(stem(tail)) && !isStopWord(tail)) { found.push(tail); break; }
  }
  return found;
}

/** One concept found in a text, with the word or phrase that carried it (for labels). */
export interface ConceptHit { concept: string; surface: string }

/**
 * The concepts a text speaks of, from all its words (stop words included, for phrases) and from
 * the parts of its compounds (`partsOf`); a stop word alone never carries one ("met" is not "meten").
 * Every concept once, with the first surface that carried it. A denied word still carries its
 * concept: "geen tijd" and "extra tijd nodig" speak of the same thing, often in the same spirit.
 */
export function conceptsOf(tokens: readonly Token[], partsOf: (norm: string) => readonly string[] = () => []): ConceptHit[] {
  const hits = new Map<string, string>();
  const add = (concept: string, surface: string) => { if (!hits.has(concept)) hits.set(concept, surface); };
  const stems = tokens.map((t) => stem(t.norm));
  tokens.forEach((token, i) => {
    const own = isStopWord(token.norm) ? [] : CONCEPTS_OF_STEM.get(stems[i]) ?? [];
    for (const c of own) add(c, token.surface);
    const parts = partsOf(token.norm);
    for (const part of parts) for (const c of CONCEPTS_OF_STEM.get(stem(part)) ?? []) add(c, part);
    if (own.length === 0 && parts.length === 0 && !isStopWord(token.norm)) {
      for (const known of lexiconParts(token.norm)) for (const c of CONCEPTS_OF_STEM.get(stem(known)) ?? []) add(c, known);
    }
    for (const phrase of PHRASES) {
      if (phrase.stems.every((s, k) => stems[i + k] === s)) {
        add(phrase.concept, tokens.slice(i, i + phrase.stems.length).map((t) => t.surface).join(' '));
      }
    }
  });
  return [...hits].map(([concept, surface]) => ({ concept, surface }));
}
