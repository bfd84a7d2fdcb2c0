// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendIntervisie, appendProgress, nextAgreementNumber, putAgreement, readRegister, removeAgreement, setTeamLeader, type Agreement,
} from './agreementsDoc.js';

const agreement = (id: string, number: number): Agreement => ({
  id, number, text: `Afspraak ${number}`, owners: ['raad'], reviewMoments: [], status: 'concept', sources: [], createdAt: 1, updatedAt: 1,
});

describe('the agreements document', () => {
  it('reads agreements by number, each with its own progress and notes in the order written', () => {
    const doc = new Y.Doc();
    putAgreement(doc, agreement('a_2', 2));
    putAgreement(doc, agreement('a_1', 1));
    appendProgress(doc, 'a_1', { id: 'v_1', at: 5, reviewMoment: null, state: 'opKoers', note: 'eerste', byKey: 'k1', byRole: 'raadslid' });
    appendProgress(doc, 'a_1', { id: 'v_2', at: 6, reviewMoment: null, state: 'nietGelukt', note: 'tweede', byKey: null, byRole: 'facilitator' });
    appendIntervisie(doc, 'a_2', { id: 'i_1', at: 7, text: 'besproken', byKey: 'k2', byRole: 'ambtenaar' });
    const register = readRegister(doc);
    expect(register.agreements.map((a) => a.number)).toEqual([1, 2]);
    expect(register.agreements[0].progress.map((p) => p.note)).toEqual(['eerste', 'tweede']);
    expect(register.agreements[1].intervisie.map((n) => n.text)).toEqual(['besproken']);
    expect(register.agreements[1].progress).toEqual([]);
  });

  it('never gives a deleted agreement’s number again, and deletes its history with it', () => {
    const doc = new Y.Doc();
    putAgreement(doc, agreement('a_1', nextAgreementNumber(doc)));
    putAgreement(doc, agreement('a_2', nextAgreementNumber(doc)));
    appendProgress(doc, 'a_2', { id: 'v_1', at: 5, reviewMoment: null, state: 'opKoers', note: '', byKey: null, byRole: 'facilitator' });
    expect(removeAgreement(doc, 'a_2')).toBe(true);
    expect(removeAgreement(doc, 'a_2')).toBe(false);
    expect(nextAgreementNumber(doc)).toBe(3);
    putAgreement(doc, agreement('a_2', 4));
    expect(readRegister(doc).agreements.find((a) => a.id === 'a_2')?.progress).toEqual([]);
  });

  it('keeps team leaders by author key', () => {
    const doc = new Y.Doc();
    setTeamLeader(doc, 'k2', true);
    setTeamLeader(doc, 'k1', true);
    setTeamLeader(doc, 'k2', false);
    expect(readRegister(doc).teamLeaders).toEqual(['k1']);
  });
});
