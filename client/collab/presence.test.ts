// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { peopleFromAwareness } from './presence.js';

describe('peopleFromAwareness', () => {
  it('lists one entry per person even with several tabs, self first', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Bram', role: 'ambtenaar', color: '#0d47a1' } }],
      [2, { user: { name: 'Anna', role: 'raadslid', color: '#b3261e' } }],
      [3, { user: { name: 'Bram', role: 'ambtenaar', color: '#0d47a1' } }],
      [4, { user: { name: 'Zoë', role: 'griffier', color: '#1b5e20' } }],
    ]);
    const people = peopleFromAwareness(states, 4);
    expect(people.map((p) => p.name)).toEqual(['Zoë', 'Anna', 'Bram']);
    expect(people[0].isSelf).toBe(true);
  });

  it('skips connections without a valid user', () => {
    const states = new Map<number, unknown>([
      [1, {}], [2, null], [3, { user: { name: '', role: 'raadslid' } }], [4, { user: { name: 'X', role: 'koning' } }],
      [5, { user: { name: 'Anna', role: 'raadslid', color: '#b3261e' } }],
    ]);
    expect(peopleFromAwareness(states, 99).map((p) => p.name)).toEqual(['Anna']);
  });

  it('marks a person as self when any of their tabs is this one', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Anna', role: 'raadslid', color: '#b3261e' } }],
      [2, { user: { name: 'Anna', role: 'raadslid', color: '#b3261e' } }],
    ]);
    expect(peopleFromAwareness(states, 1)).toHaveLength(1);
    expect(peopleFromAwareness(states, 1)[0].isSelf).toBe(true);
  });

  it('shows people whose names are hidden by role, one entry per presence key, keeping the own name', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Zoë', role: 'griffier', color: '#1b5e20', key: 'pz' } }],
      [2, { user: { name: '', role: 'raadslid', color: '#b3261e', key: 'pa' } }],
      [3, { user: { name: '', role: 'raadslid', color: '#b3261e', key: 'pa' } }],
      [4, { user: { name: '', role: 'raadslid', color: '#b3261e', key: 'pb' } }],
      [5, { user: { name: '', role: 'griffier', color: '#1b5e20', key: 'pz' } }],
    ]);
    const people = peopleFromAwareness(states, 1);
    expect(people.map((p) => [p.key, p.name, p.isSelf])).toEqual([['pz', 'Zoë', true], ['pa', '', false], ['pb', '', false]]);
  });
});
