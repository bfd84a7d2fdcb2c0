// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { roleGroupOf } from './roleGroups.js';

describe('roleGroups', () => {
  it('puts raad and griffie together, college with directie and the secretaris, and ambtenaren apart', () => {
    expect(roleGroupOf('raadslid')).toBe('raad');
    expect(roleGroupOf('griffier')).toBe('raad');
    expect(roleGroupOf('collegelid')).toBe('college');
    expect(roleGroupOf('directie')).toBe('college');
    expect(roleGroupOf('gemeentesecretaris')).toBe('college');
    expect(roleGroupOf('ambtenaar')).toBe('ambtenaren');
    expect(roleGroupOf('facilitator')).toBeNull();
  });
});
