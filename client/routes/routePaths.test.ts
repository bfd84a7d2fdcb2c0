// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { MeAnswer } from '../../shared/api.js';
import { homePathFor, linkFailureFrom, matchRoute, mayManage, mayOpenGroup, readableGroups } from './routePaths.js';

const participant = (role: 'raadslid' | 'facilitator', group: number | null): MeAnswer => ({
  kind: 'participant',
  participant: { id: 'p1', name: 'Anna', role, group, authorKey: 'a1' },
  workshop: { id: 'ws_abcdefgh12', gemeente: 'Zwolle', title: 'Visie', showNames: false },
});

describe('matchRoute', () => {
  it('knows every screen', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/regie')).toEqual({ name: 'setup' });
    expect(matchRoute('/w/ws_abcdefgh12/regie')).toEqual({ name: 'facilitator', workshopId: 'ws_abcdefgh12' });
    expect(matchRoute('/w/ws_abcdefgh12/groep/2')).toEqual({ name: 'group', workshopId: 'ws_abcdefgh12', group: 2 });
    expect(matchRoute('/w/ws_abcdefgh12')).toEqual({ name: 'waiting', workshopId: 'ws_abcdefgh12' });
  });

  it('accepts a trailing slash', () => {
    expect(matchRoute('/regie/')).toEqual({ name: 'setup' });
  });

  it('rejects group numbers outside the three groups and unknown paths', () => {
    expect(matchRoute('/w/ws_abcdefgh12/groep/4').name).toBe('notFound');
    expect(matchRoute('/w/ws_abcdefgh12/groep/0').name).toBe('notFound');
    expect(matchRoute('/iets/anders').name).toBe('notFound');
    expect(matchRoute('/w/../regie').name).toBe('notFound');
  });
});

describe('homePathFor', () => {
  it('sends each kind of session to its own screen', () => {
    expect(homePathFor({ kind: 'setup' })).toBe('/regie');
    expect(homePathFor(participant('facilitator', null))).toBe('/w/ws_abcdefgh12/regie');
    expect(homePathFor(participant('raadslid', 3))).toBe('/w/ws_abcdefgh12/groep/3');
    expect(homePathFor(participant('raadslid', null))).toBe('/w/ws_abcdefgh12');
  });
});

describe('mayOpenGroup', () => {
  it('lets a member open only their own group and a facilitator every group', () => {
    expect(mayOpenGroup(participant('raadslid', 2), 'ws_abcdefgh12', 2)).toBe(true);
    expect(mayOpenGroup(participant('raadslid', 2), 'ws_abcdefgh12', 1)).toBe(false);
    expect(mayOpenGroup(participant('facilitator', null), 'ws_abcdefgh12', 1)).toBe(true);
    expect(mayOpenGroup(participant('facilitator', null), 'other_workshop1', 1)).toBe(false);
    expect(mayOpenGroup({ kind: 'setup' }, 'ws_abcdefgh12', 1)).toBe(false);
  });
});

describe('linkFailureFrom', () => {
  it('reads the link failure from the query', () => {
    expect(linkFailureFrom('?fout=link-expired')).toBe('link-expired');
    expect(linkFailureFrom('?fout=setup-link-used')).toBe('setup-link-used');
    expect(linkFailureFrom('?fout=iets')).toBe('unknownFailure');
    expect(linkFailureFrom('')).toBeNull();
  });
});

describe('the screens of a running meeting', () => {
  const screen: MeAnswer = { kind: 'screen', workshop: { id: 'ws_abcdefgh12', gemeente: 'Zwolle', title: 'Visie', showNames: false } };

  it('have their own paths', () => {
    expect(matchRoute('/w/ws_abcdefgh12/regie/live')).toEqual({ name: 'cockpit', workshopId: 'ws_abcdefgh12' });
    expect(matchRoute('/w/ws_abcdefgh12/regie/samenvoegen')).toEqual({ name: 'merge', workshopId: 'ws_abcdefgh12' });
    expect(matchRoute('/w/ws_abcdefgh12/regie/kaarten')).toEqual({ name: 'linkCards', workshopId: 'ws_abcdefgh12' });
    expect(matchRoute('/w/ws_abcdefgh12/plenair')).toEqual({ name: 'plenary', workshopId: 'ws_abcdefgh12' });
    expect(matchRoute('/w/ws_abcdefgh12/versie/1')).toEqual({ name: 'version', workshopId: 'ws_abcdefgh12', number: 1 });
    expect(matchRoute('/w/ws_abcdefgh12/versie/0').name).toBe('notFound');
    expect(matchRoute('/w/ws_abcdefgh12/regie/iets').name).toBe('notFound');
  });

  it('send the big screen to the plenary view', () => {
    expect(homePathFor(screen)).toBe('/w/ws_abcdefgh12/plenair');
  });

  it('let only the facilitator and the set-up session run the meeting', () => {
    expect(mayManage(participant('facilitator', null), 'ws_abcdefgh12')).toBe(true);
    expect(mayManage({ kind: 'setup' }, 'ws_abcdefgh12')).toBe(true);
    expect(mayManage(participant('raadslid', 1), 'ws_abcdefgh12')).toBe(false);
    expect(mayManage(screen, 'ws_abcdefgh12')).toBe(false);
    expect(mayManage(participant('facilitator', null), 'other_workshop1')).toBe(false);
  });

  it('show a member only their own group on the plenary screen, and everyone else all groups', () => {
    expect(readableGroups(participant('raadslid', 2), 'ws_abcdefgh12')).toEqual([2]);
    expect(readableGroups(participant('raadslid', null), 'ws_abcdefgh12')).toEqual([]);
    expect(readableGroups(screen, 'ws_abcdefgh12')).toEqual([1, 2, 3]);
    expect(readableGroups(participant('facilitator', null), 'ws_abcdefgh12')).toEqual([1, 2, 3]);
    expect(readableGroups(screen, 'other_workshop1')).toBeNull();
  });
});
