// SPDX-License-Identifier: EUPL-1.2
/**
 * The expectations matrix for a participant's plenary page in meeting 2. A participant may open
 * only their own role group's document, so the matrix comes from GET /meeting2/matrix (every
 * ambition and expectation once), asked again every few seconds while `active`; a failed poll
 * keeps what was shown. Shaped like the live content (MatrixContent) so the same views show it.
 */
import { useEffect, useState } from 'react';
import type { MatrixStatement, Meeting2Matrix } from '../../../shared/apiMeeting2.js';
import { ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import type { Statement } from '../../../shared/groupDoc.js';
import type { RoleGroupSnapshot } from '../../../shared/roleGroupDoc.js';
import { fetchMatrix } from '../../stores/agreementCommands.js';
import type { MatrixContent } from './ExpectationsMatrix.js';

/** How often a participant's plenary page asks for the matrix again. */
const MATRIX_POLL_MS = 5000;

/** A statement of the matrix answer in the shape the views read (who endorsed is not in the answer: only how many). */
function asStatement<K extends string>(s: MatrixStatement, kind: K): Statement<K> {
  return { id: s.id, kind, text: s.text, authorKey: '', authorRole: s.authorRole, createdAt: s.createdAt, endorsedBy: Array.from({ length: s.endorsements }, (_, i) => `#${i}`), editors: [] };
}

/** The matrix answer as the views' content. */
function matrixContentOf(matrix: Meeting2Matrix): MatrixContent {
  const content: MatrixContent = {};
  for (const from of matrix.groups) {
    const expectations = { raad: [], college: [], ambtenaren: [] } as RoleGroupSnapshot['expectations'];
    for (const to of ROLE_GROUPS) expectations[to] = (matrix.expectations[from]?.[to] ?? []).map((s) => asStatement(s, to));
    content[from] = { ambitions: (matrix.ambitions[from] ?? []).map((s) => asStatement(s, 'ambitie' as const)), expectations };
  }
  return content;
}

/** The groups in use and the matrix's content, asked again every few seconds while `active`. */
export function useMatrixFromApi(workshopId: string, active: boolean): { groups: RoleGroup[]; content: MatrixContent } {
  const [shown, setShown] = useState<{ groups: RoleGroup[]; content: MatrixContent }>({ groups: [...ROLE_GROUPS], content: {} });
  useEffect(() => {
    if (!active) return;
    let current = true;
    const load = () => fetchMatrix(workshopId).then((m) => { if (current) setShown({ groups: m.groups, content: matrixContentOf(m) }); }, () => undefined);
    void load();
    const timer = setInterval(() => void load(), MATRIX_POLL_MS);
    return () => { current = false; clearInterval(timer); };
  }, [workshopId, active]);
  return shown;
}
