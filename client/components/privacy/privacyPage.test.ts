// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import type { AuditEntryView } from '../../../shared/apiAvg.js';
import { nl } from '../../i18n/nlAll.js';
import { matchRoute, privacyPath } from '../../routes/routePaths.js';
import { actionLabel, describeAuditEntry, foldAutoReveals, liveChangesText } from './auditEntryText.js';
import { exportFileName, gemeenteSlug } from './exportFile.js';

const i18n = i18next.createInstance();
await i18n.init({ resources: { nl: { translation: nl } }, lng: 'nl', interpolation: { escapeValue: false }, initAsync: false });
const t = i18n.t.bind(i18n) as TFunction;

const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  id: 1, at: '2026-05-03T12:00:00.000Z', actor: { kind: 'participant', id: 'p1', name: 'Petra Procesbegeleider' },
  action: 'participant.add', objectType: 'participant', objectId: 'p2', result: 'ok', ...over,
});

describe('a line of the log in plain Dutch', () => {
  it('names who, what, the participant by their current name, and the result', () => {
    const names = new Map([['p2', 'Anna de Vries']]);
    expect(describeAuditEntry(t, entry({}), names)).toEqual({
      who: 'Petra Procesbegeleider', what: 'Deelnemer toevoegen', subject: 'Anna de Vries', result: 'Gelukt',
    });
    expect(describeAuditEntry(t, entry({ action: 'participant.remove' }), new Map()).subject).toBe('Een deelnemer die niet meer in de workshop zit');
  });

  it('says a refused attempt was refused, and names set-up and automatic actors', () => {
    const refused = describeAuditEntry(t, entry({ action: 'workshop.update', objectType: 'workshop', result: 'forbidden' }), new Map());
    expect(refused).toMatchObject({ what: 'Instellingen wijzigen', subject: 'De workshop', result: 'Geweigerd: alleen de procesbegeleider mag dit' });
    expect(describeAuditEntry(t, entry({ actor: { kind: 'setup', id: null, name: 'Beheerder' } }), new Map()).who).toBe('Procesbegeleider (via de inrichtlink)');
    expect(describeAuditEntry(t, entry({ actor: { kind: 'setup', id: null, name: 'Beheerder' } }), new Map(), undefined, { facilitatorName: 'Fenna Begeleider' }).who).toBe('Fenna Begeleider (procesbegeleider)');
    expect(describeAuditEntry(t, entry({ actor: { kind: 'system', id: null, name: null } }), new Map()).who).toBe('Stip (automatisch)');
  });

  it('has a Dutch label for every action of the server, and names an unknown one as it is', () => {
    for (const action of ['workshop.create', 'workshop.export', 'group.assign', 'group.placeUnplaced', 'group.move', 'link.renew', 'live.update', 'reveal', 'version.create', 'screenLink.create', 'attendance.set']) {
      expect(actionLabel(t, action), action).not.toMatch(/privacy\.|Andere/);
    }
    expect(actionLabel(t, 'comment.answer')).toBe('Andere handeling (comment.answer)');
  });

  it('reads what a live update changed', () => {
    expect(liveChangesText(t, 'step=endorse,timer=start')).toBe('Stap 3: eens zijn (stemmen); Timer gestart');
    expect(liveChangesText(t, 'lock=2:locked,lockAll=unlocked,message=set')).toBe('Groep 2 op slot; Alle groepen van slot; Bericht verstuurd');
    expect(liveChangesText(t, 'focus=plenary,plenaryView=vision')).toBe('Iedereen naar het plenaire deel; Groot scherm toont: De visie');
    expect(liveChangesText(t, 'step=none,iets=raars')).toBe('Methode teruggezet: nog geen stap; iets=raars');
  });

  it('names groups and versions', () => {
    expect(describeAuditEntry(t, entry({ action: 'reveal', objectType: 'group', objectId: null }), new Map()).subject).toBe('Alle groepen');
    expect(describeAuditEntry(t, entry({ action: 'reveal', objectType: 'group', objectId: '2' }), new Map()).subject).toBe('Groep 2');
    expect(describeAuditEntry(t, entry({ action: 'version.create', objectType: 'visionVersion', objectId: '1' }), new Map()).subject).toBe('Versie 1');
  });

  it('names a group by the name the facilitator gave it, and keeps "Groep n" for one without', () => {
    const groupNames = ['Groep 1', 'De Vliegers', 'Groep 3'];
    expect(describeAuditEntry(t, entry({ action: 'reveal', objectType: 'group', objectId: '2' }), new Map(), groupNames).subject).toBe('De Vliegers');
    expect(describeAuditEntry(t, entry({ action: 'reveal', objectType: 'group', objectId: '1' }), new Map(), groupNames).subject).toBe('Groep 1');
    expect(liveChangesText(t, 'lock=2:locked,lock=3:unlocked', groupNames)).toBe('De Vliegers op slot; Groep 3 van slot');
  });
});

describe('the export file', () => {
  it('is named after the gemeente and the day', () => {
    expect(exportFileName('Middelstad', new Date(2026, 4, 3, 23, 59))).toBe('stip-middelstad-2026-05-03.json');
    expect(gemeenteSlug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(gemeenteSlug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(gemeenteSlug('  ')).toBe('workshop');
  });
});

describe('the privacy page', () => {
  it('has its own path under the facilitator page', () => {
    expect(privacyPath('ws_abcdefgh12')).toBe('/w/ws_abcdefgh12/regie/privacy');
    expect(matchRoute('/w/ws_abcdefgh12/regie/privacy')).toEqual({ name: 'privacy', workshopId: 'ws_abcdefgh12' });
  });
});

describe('the reveal in the log', () => {
  it('is listed once: the reveal a step change set off is folded into that step line', () => {
    const actor = { kind: 'participant' as const, id: 'f1', name: 'Fenna' };
    const step = entry({ id: 10, actor, action: 'live.update', objectType: 'live', objectId: 'step=reveal', at: '2026-05-03T12:00:00.100Z' });
    const auto = entry({ id: 11, actor, action: 'reveal', objectType: 'group', objectId: null, at: '2026-05-03T12:00:00.200Z' });
    const own = entry({ id: 12, actor, action: 'reveal', objectType: 'group', objectId: '2', at: '2026-05-03T12:00:01.000Z' });
    const folded = foldAutoReveals([own, auto, step]);
    expect(folded.entries.map((e) => e.id)).toEqual([12, 10]);
    expect(describeAuditEntry(t, step, new Map(), undefined, { revealed: folded.revealedBy.has(10) }).subject)
      .toBe('Stap 2: delen en bespreken; eigen uitspraken gedeeld met alle groepen');
  });
});
