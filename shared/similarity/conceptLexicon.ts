/**
 * A hand-made Dutch concept lexicon for public participation (overheidsparticipatie), so that
 * statements that say the same thing in different words still meet: "inwoners vroeg betrekken"
 * and "vanaf dag één samen met bewoners" share the concepts `vroeg` and `meedoen`.
 *
 * Written from general knowledge of the language and of the domain (participation policy, the
 * roles of raad, college and ambtenaren, loslaten, vertrouwen, terugkoppeling), not from any test
 * set. Each concept lists words (matched by stem, so inflections count) and phrases (matched
 * word by word on the normalised text, stop words included: "uit handen", "aan tafel").
 * A concept is a topic, not a polarity: "vertrouwen" and "wantrouwen" share one, just as the
 * engine treats "niet" as a stop word (see dutchText.ts).
 */
import { isStopWord, stem, type Token } from './dutchText.js';

interface Concept { words: readonly string[]; phrases?: readonly string[] }

/** The concepts, by id. Ids are English so they are never mistaken for a word someone wrote. */
const CONCEPTS: Readonly<Record<string, Concept>> = {
  early: {
    words: ['vroeg', 'vroegtijdig', 'vroegst', 'begin', 'beginnen', 'start', 'starten', 'aanvang', 'voorkant', 'vooraf', 'tevoren', 'vooraan', 'aanloop', 'beginfase', 'startfase', 'ideefase'],
    phrases: ['dag 1', 'van meet af aan', 'van begin af aan', 'aan de voorkant', 'voordat er een plan', 'nog geen plan'],
  },
  involve: {
    words: ['betrekken', 'meedoen', 'meedenken', 'meepraten', 'meewerken', 'meebeslissen', 'meeschrijven', 'participatie', 'participeren', 'inspraak', 'samenwerken', 'samenwerking', 'cocreatie', 'inbreng', 'inbrengen', 'meenemen', 'aanhaken', 'aansluiten', 'deelnemen', 'deelnemer', 'insprekers', 'inspreken'],
    phrases: ['aan tafel', 'aan boord', 'samen met', 'mee laten doen', 'mee laten denken'],
  },
  feedback: {
    words: ['terugkoppelen', 'terugkoppeling', 'terughoren', 'terugmelden', 'terugrapporteren', 'informeren', 'antwoord', 'antwoorden', 'verslag', 'verantwoording', 'verantwoorden', 'reactienota', 'bericht', 'uitleggen', 'toelichten', 'afweging', 'afwegingen'],
    phrases: ['laten weten', 'horen wat', 'te horen', 'wat er met', 'wat we met', 'gedaan is', 'gedaan hebben', 'hebben gedaan'],
  },
  trust: {
    words: ['vertrouwen', 'wantrouwen', 'argwaan', 'achterdocht', 'geloof', 'geloven', 'goedbedoeld', 'bedoeling', 'bedoelingen', 'oprecht', 'integer'],
    phrases: ['goed bedoelen', 'voordeel van de twijfel', 'goede trouw', 'ervan uit dat'],
  },
  decide: {
    words: ['zeggenschap', 'beslissen', 'beslissing', 'beslissingen', 'besluiten', 'besluit', 'meebeslissen', 'overdragen', 'overlaten', 'eigenaarschap', 'regie', 'bepalen', 'zelfbeschikking', 'mandaat', 'delegeren'],
    phrases: ['uit handen', 'het voor het zeggen', 'aan het stuur', 'zelf beslissen', 'zelf bepalen'],
  },
  money: {
    words: ['geld', 'budget', 'budgetten', 'middelen', 'financien', 'financiering', 'subsidie', 'besteden', 'besteding', 'uitgeven', 'wijkbudget', 'buurtbudget', 'begroting', 'euro', 'kosten', 'investeren'],
  },
  frame: {
    words: ['kader', 'kaders', 'kaderstellend', 'hoofdlijn', 'hoofdlijnen', 'speelruimte', 'randvoorwaarde', 'randvoorwaarden', 'spelregels', 'grenzen', 'afbakenen', 'afbakening', 'mandaat'],
    phrases: ['het wat', 'het hoe', 'op afstand', 'wat en hoe'],
  },
  meddle: {
    words: ['uitvoering', 'details', 'detail', 'incident', 'incidenten', 'bemoeien', 'micromanagement', 'controleren', 'controle', 'ingrijpen'],
    phrases: ['op de stoel van', 'over de schouder'],
  },
  outside: {
    words: ['wijk', 'buurt', 'buurten', 'wijken', 'straat', 'buurthuis', 'buurthuizen', 'wijkcentrum', 'buiten', 'zichtbaar', 'aanwezig', 'veldwerk', 'wijkgericht', 'opzoeken', 'gemeentehuis', 'stadhuis', 'bureau', 'kantoor'],
    phrases: ['op pad', 'naar buiten', 'de wijk in', 'ter plekke', 'achter het bureau', 'achter hun bureau'],
  },
  failure: {
    words: ['fout', 'fouten', 'falen', 'mislukken', 'mislukt', 'mislukking', 'experiment', 'experimenteren', 'proef', 'pilot', 'proberen', 'uitproberen', 'risico', 'risicos', 'tegenvallen', 'misgaan'],
    phrases: ['anders uitpakt', 'anders uitpakken', 'mis gaat', 'mis gaan'],
  },
  backing: {
    words: ['rugdekking', 'steunen', 'steun', 'dekken', 'verantwoordelijkheid', 'beschermen', 'vrijwaren', 'ruggensteun'],
    phrases: ['staan achter', 'staat achter', 'achter hun', 'achter medewerkers', 'achter ambtenaren', 'de rug'],
  },
  plainLanguage: {
    words: ['taal', 'jargon', 'woorden', 'begrijpelijk', 'helder', 'eenvoudig', 'leesbaar', 'taalniveau', 'ambtelijk', 'ambtenarentaal', 'vaktaal', 'schrijven', 'brief', 'brieven', 'b1'],
    phrases: ['gewone woorden', 'in 1 keer', 'begrijpt'],
  },
  capacity: {
    words: ['capaciteit', 'tijd', 'uren', 'personeel', 'formatie', 'werkdruk', 'bezetting', 'fte', 'menskracht', 'overbelast', 'drukte', 'extra'],
    phrases: ['handen tekort', 'naast hun gewone werk', 'naast het gewone werk', 'meer mensen', 'extra mensen'],
  },
  reach: {
    words: ['mondig', 'mondige', 'stil', 'stille', 'meerderheid', 'jongeren', 'nieuwkomers', 'laaggeletterden', 'ouderen', 'bereiken', 'bereik', 'doelgroep', 'doelgroepen', 'diversiteit', 'ondervertegenwoordigd', 'insprekers', 'kritisch', 'kritische'],
    phrases: ['altijd dezelfde', 'steeds dezelfde', 'vaste insprekers', 'usual suspects', 'een stem', 'aan het woord', 'moeilijk bereikbaar', 'nooit komen'],
  },
  vague: {
    words: ['vaag', 'onduidelijk', 'onduidelijkheid', 'concreet', 'concreter', 'precies', 'duidelijk', 'duidelijkheid', 'abstract', 'afbakenen', 'ophouden'],
    phrases: ['begint en ophoudt', 'waar het begint'],
  },
  listen: {
    words: ['luisteren', 'horen', 'ontvangen', 'ophalen', 'oor', 'gehoor'],
    phrases: ['wat er leeft', 'wat er speelt'],
  },
  evaluate: {
    words: ['evalueren', 'evaluatie', 'meten', 'meting', 'monitoren', 'monitor', 'nagaan', 'effect', 'effecten', 'resultaat', 'resultaten', 'terugkijken', 'tevredenheid'],
  },
  skills: {
    words: ['training', 'cursus', 'opleiding', 'vaardigheden', 'vaardigheid', 'leergang', 'intervisie', 'scholing', 'ontwikkelen', 'leren', 'gespreksvoering', 'gespreksvaardigheden'],
  },
  rules: {
    words: ['regel', 'regels', 'regelgeving', 'vergunning', 'vergunningen', 'bureaucratie', 'procedure', 'procedures', 'voorschriften', 'beleidsregels', 'knellen', 'maatwerk'],
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

/** Each phrase as stems in order, with its concept. */
const PHRASES: readonly { stems: readonly string[]; concept: string }[] = Object.entries(CONCEPTS).flatMap(([id, c]) =>
  (c.phrases ?? []).map((p) => ({ stems: p.split(' ').map((w) => stem(plain(w))), concept: id })),
);

function plain(word: string): string {
  return word.replace(/[^a-z0-9]/g, '');
}

/** One concept found in a text, with the word or phrase that carried it (for labels). */
export interface ConceptHit { concept: string; surface: string }

/**
 * The concepts a text speaks of, from all its words (stop words included, for phrases) and from
 * the parts of its compounds (`partsOf`); a stop word alone never carries one ("met" is not "meten").
 * Every concept once, with the first surface that carried it.
 */
export function conceptsOf(tokens: readonly Token[], partsOf: (norm: string) => readonly string[] = () => []): ConceptHit[] {
  const hits = new Map<string, string>();
  const add = (concept: string, surface: string) => { if (!hits.has(concept)) hits.set(concept, surface); };
  const stems = tokens.map((t) => stem(t.norm));
  tokens.forEach((token, i) => {
    if (!isStopWord(token.norm)) for (const c of CONCEPTS_OF_STEM.get(stems[i]) ?? []) add(c, token.surface);
    for (const part of partsOf(token.norm)) for (const c of CONCEPTS_OF_STEM.get(stem(part)) ?? []) add(c, part);
    for (const phrase of PHRASES) {
      if (phrase.stems.every((s, k) => stems[i + k] === s)) {
        add(phrase.concept, tokens.slice(i, i + phrase.stems.length).map((t) => t.surface).join(' '));
      }
    }
  });
  return [...hits].map(([concept, surface]) => ({ concept, surface }));
}
