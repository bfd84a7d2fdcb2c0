// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { formatDocName, groupDocName, parseDocName, roleGroupDocName, visionDocName } from './docNames.js';

const ID = 'AbCdEf0123456789';

describe('docNames', () => {
  it('parses every kind of document and formats it back to the same name', () => {
    const names = [
      `w/${ID}/m1/g/1`, `w/${ID}/m1/g/3`, `w/${ID}/vision`, `w/${ID}/consultation`,
      `w/${ID}/m2/g/raad`, `w/${ID}/m2/g/college`, `w/${ID}/m2/g/ambtenaren`, `w/${ID}/agreements`,
    ];
    for (const name of names) {
      const ref = parseDocName(name);
      expect(ref, name).not.toBeNull();
      expect(formatDocName(ref!)).toBe(name);
    }
    expect(parseDocName(groupDocName(ID, 2))).toEqual({ kind: 'group', workshopId: ID, group: 2 });
    expect(parseDocName(roleGroupDocName(ID, 'college'))).toEqual({ kind: 'roleGroup', workshopId: ID, roleGroup: 'college' });
    expect(parseDocName(visionDocName(ID))).toEqual({ kind: 'vision', workshopId: ID });
  });

  it('refuses forged and malformed names', () => {
    const forged = [
      '', 'vision', `w/${ID}`, `w/${ID}/`, `w/${ID}/m1/g/0`, `w/${ID}/m1/g/4`, `w/${ID}/m1/g/12`, `w/${ID}/m1/g/-1`,
      `w/${ID}/m1/g/1/`, `/w/${ID}/vision`, `w/${ID}/vision/../agreements`, `w/../${ID}/vision`,
      `w/short/vision`, `w/${'a'.repeat(33)}/vision`, `w/${ID}/m2/g/burgemeester`, `w/${ID}/VISION`,
      `w/${ID}/vision?x=1`, `w/${ID}/vision\n`, `w/${ID}%2Fvision`, `w/${ID}/m1/g/1\u0000`, `w/ ${ID}/vision`,
      `w/${ID}/vision`.padEnd(200, 'x'),
    ];
    for (const name of forged) expect(parseDocName(name), JSON.stringify(name)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    expect(parseDocName(42 as unknown as string)).toBeNull();
    expect(parseDocName(null as unknown as string)).toBeNull();
  });
});
