// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../shared/groupDoc.js';
import { DRAFT_STATEMENT_LIMITS, GROUP_STATEMENT_LIMITS, statementLimitReached } from './statementLimits.js';

const statements = (count: number, authorKey: string, from = 0): Statement[] => Array.from({ length: count }, (_, i) => ({
  id: `s${from + i}`, kind: 'openStaan', text: 'x', authorKey, authorRole: 'raadslid', createdAt: from + i, endorsedBy: [], editors: [],
}));

describe('statementLimitReached', () => {
  it('lets a member add a 40th statement but not a 41st', () => {
    expect(statementLimitReached(statements(39, 'a'), 'a', GROUP_STATEMENT_LIMITS)).toBeNull();
    expect(statementLimitReached(statements(40, 'a'), 'a', GROUP_STATEMENT_LIMITS)).toEqual({ limit: 'perAuthor', max: 40 });
    expect(statementLimitReached(statements(40, 'b'), 'a', GROUP_STATEMENT_LIMITS)).toBeNull();
  });

  it('stops everyone once the group holds 400 statements', () => {
    const full = Array.from({ length: 10 }, (_, i) => statements(40, `k${i}`, i * 40)).flat();
    expect(statementLimitReached(full, 'new', GROUP_STATEMENT_LIMITS)).toEqual({ limit: 'perDocument', max: 400 });
  });

  it('counts a private draft against its own limit of 40', () => {
    expect(statementLimitReached(statements(40, 'a'), 'a', DRAFT_STATEMENT_LIMITS)).toEqual({ limit: 'perAuthor', max: 40 });
  });
});
