// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignGroups, type Assignable } from './groupAssigner.js';
import { parseParticipantsCsv } from './csvParticipants.js';
import { roleCategory, type Role, type RoleCategory } from './roles.js';

const CSV_47 = new URL('../tests/fixtures/deelnemers-middelgrote-gemeente.csv', import.meta.url);

function people(spec: Partial<Record<Role, number>>): Assignable[] {
  const out: Assignable[] = [];
  for (const [role, n] of Object.entries(spec) as [Role, number][]) {
    for (let i = 0; i < n; i++) out.push({ id: `${role}-${i}`, role });
  }
  return out;
}

function sizes(result: Map<string, number>, groupCount = 3): number[] {
  const s = new Array<number>(groupCount).fill(0);
  for (const g of result.values()) s[g - 1]++;
  return s;
}

function categorySpread(list: Assignable[], result: Map<string, number>): Map<RoleCategory, number[]> {
  const spread = new Map<RoleCategory, number[]>();
  for (const p of list) {
    const g = result.get(p.id);
    if (g === undefined) continue;
    const counts = spread.get(roleCategory(p.role)) ?? [0, 0, 0];
    counts[g - 1]++;
    spread.set(roleCategory(p.role), counts);
  }
  return spread;
}

const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

function expectBalanced(list: Assignable[], result: Map<string, number>) {
  expect(range(sizes(result))).toBeLessThanOrEqual(1);
  for (const [, counts] of categorySpread(list, result)) expect(range(counts)).toBeLessThanOrEqual(1);
}

/** A small seeded generator (mulberry32), so random cases are repeatable. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('groupAssigner', () => {
  it('gives nobody a group when there is nobody', () => {
    expect(assignGroups([]).size).toBe(0);
  });

  it('places one or two people in different groups', () => {
    expect([...assignGroups(people({ raadslid: 1 })).values()]).toEqual([1]);
    const two = assignGroups(people({ raadslid: 1, ambtenaar: 1 }));
    expect(new Set(two.values()).size).toBe(2);
  });

  it('spreads a workshop of one role only evenly', () => {
    const list = people({ ambtenaar: 10 });
    const result = assignGroups(list);
    expect(sizes(result).sort()).toEqual([3, 3, 4]);
    expectBalanced(list, result);
  });

  it('keeps groups equal with 2 raadsleden and 40 ambtenaren, the raadsleden in different groups', () => {
    const list = people({ raadslid: 2, ambtenaar: 40 });
    const result = assignGroups(list);
    expect(sizes(result)).toEqual([14, 14, 14]);
    expect(result.get('raadslid-0')).not.toBe(result.get('raadslid-1'));
    expectBalanced(list, result);
  });

  it('never places a facilitator', () => {
    const result = assignGroups([...people({ raadslid: 3 }), { id: 'f', role: 'facilitator' }]);
    expect(result.has('f')).toBe(false);
    expect(result.size).toBe(3);
  });

  it('balances all 47 people of the example CSV: sizes within one, each category within one', () => {
    const { rows, errors } = parseParticipantsCsv(fs.readFileSync(CSV_47, 'utf8'));
    expect(errors).toEqual([]);
    const list = rows.map((r, i) => ({ id: `p${i}`, role: r.role }));
    expect(list).toHaveLength(47);
    const result = assignGroups(list);
    expect(result.size).toBe(47);
    expect(sizes(result).sort()).toEqual([15, 16, 16]);
    expectBalanced(list, result);
  });

  it('gives the same answer for the same input', () => {
    const list = people({ raadslid: 7, collegelid: 3, directie: 2, ambtenaar: 11, griffier: 1 });
    expect([...assignGroups(list)]).toEqual([...assignGroups(list)]);
  });

  it('keeps pinned people where they are and places the rest around them', () => {
    const list = people({ raadslid: 6, ambtenaar: 6 });
    const pinned = new Map([['raadslid-0', 3], ['raadslid-1', 3], ['ambtenaar-0', 2]]);
    const result = assignGroups(list, { pinned });
    for (const [id, g] of pinned) expect(result.get(id)).toBe(g);
    expect(result.size).toBe(12);
    expect(range(sizes(result))).toBeLessThanOrEqual(1);
  });

  it('puts a newcomer where the mix stays most balanced when everyone else is pinned', () => {
    const list = people({ raadslid: 3, ambtenaar: 2 });
    const pinned = new Map([['raadslid-0', 1], ['raadslid-1', 2], ['raadslid-2', 3], ['ambtenaar-0', 1], ['ambtenaar-1', 2]]);
    const newcomer: Assignable = { id: 'new', role: 'ambtenaar' };
    expect(assignGroups([...list, newcomer], { pinned }).get('new')).toBe(3);
  });

  it('ignores a pin to a group that does not exist', () => {
    const result = assignGroups(people({ raadslid: 1 }), { pinned: new Map([['raadslid-0', 7]]) });
    expect(result.get('raadslid-0')).toBeGreaterThanOrEqual(1);
    expect(result.get('raadslid-0')).toBeLessThanOrEqual(3);
  });

  it('stays balanced on 200 seeded random workshops', () => {
    const roles: Role[] = ['raadslid', 'collegelid', 'directie', 'ambtenaar', 'griffier', 'gemeentesecretaris'];
    const random = seeded(20261123);
    for (let run = 0; run < 200; run++) {
      const list: Assignable[] = [];
      const n = Math.floor(random() * 60);
      for (let i = 0; i < n; i++) list.push({ id: `r${run}-${i}`, role: roles[Math.floor(random() * roles.length)] });
      const result = assignGroups(list);
      expect(result.size).toBe(n);
      expectBalanced(list, result);
    }
  });
});
