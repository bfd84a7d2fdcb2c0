// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { commenterPath, consultationProcessingPath, matchConsultationRoute, versionDiffPath } from './consultationPaths.js';

describe('matchConsultationRoute', () => {
  it('matches every consultation screen', () => {
    expect(matchConsultationRoute('/w/abc/consultatie')).toEqual({ name: 'commenter', workshopId: 'abc' });
    expect(matchConsultationRoute('/w/abc/regie/consultatie')).toEqual({ name: 'consultationAdmin', workshopId: 'abc' });
    expect(matchConsultationRoute('/w/abc/regie/consultatie/verwerken')).toEqual({ name: 'consultationProcessing', workshopId: 'abc' });
    expect(matchConsultationRoute('/w/abc/regie/consultatie/kaarten')).toEqual({ name: 'consultationCards', workshopId: 'abc' });
    expect(matchConsultationRoute('/w/abc/reactienota')).toEqual({ name: 'reactienota', workshopId: 'abc' });
    expect(matchConsultationRoute('/w/abc/versie/1/vergelijk/2')).toEqual({ name: 'versionDiff', workshopId: 'abc', from: 1, to: 2 });
  });

  it('builds the paths it matches', () => {
    expect(matchConsultationRoute(commenterPath('abc'))).toEqual({ name: 'commenter', workshopId: 'abc' });
    expect(matchConsultationRoute(consultationProcessingPath('abc'))).toEqual({ name: 'consultationProcessing', workshopId: 'abc' });
    expect(matchConsultationRoute(versionDiffPath('abc', 1, 2))).toEqual({ name: 'versionDiff', workshopId: 'abc', from: 1, to: 2 });
  });

  it('leaves other paths to the main table', () => {
    expect(matchConsultationRoute('/w/abc/regie')).toBeNull();
    expect(matchConsultationRoute('/w/abc/versie/1')).toBeNull();
    expect(matchConsultationRoute('/w/abc/versie/0/vergelijk/2')).toBeNull();
    expect(matchConsultationRoute('/w/a.b/consultatie')).toBeNull();
  });
});
