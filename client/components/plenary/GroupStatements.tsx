// SPDX-License-Identifier: EUPL-1.2
/**
 * A group's statements on the big screen, behind a disclosure button ("Uitspraken van <naam>"):
 * per part, the most endorsed first, each with its endorsement count.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import type { Statement } from '../../../shared/groupDoc.js';
import { STATEMENT_KINDS } from '../../../shared/statementKinds.js';

/** Props of the statements disclosure. */
export interface GroupStatementsProps {
  /** The group's shown name (groupLabel). */
  groupLabel: string;
  statements: Statement[];
}

/** Statements sorted for showing: most endorsed first, then oldest. */
function byEndorsements(statements: readonly Statement[]): Statement[] {
  return [...statements].sort((a, b) => b.endorsedBy.length - a.endorsedBy.length || a.createdAt - b.createdAt);
}

/** The statements of one group, to expand. */
export function GroupStatements({ groupLabel, statements }: GroupStatementsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="plenary-statements">
      <Button appearance="secondary-action-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t('plenary.statementsOf', { group: groupLabel, count: statements.length })}
      </Button>
      <div id={panelId} hidden={!open} className="plenary-statements__panel">
        {open ? STATEMENT_KINDS.map((kind) => {
          const list = byEndorsements(statements.filter((s) => s.kind === kind));
          return (
            <div key={kind} className="plenary-statements__part">
              <h3 className="plenary-statements__kind">{t(`room.part.${kind}`)}</h3>
              {list.length === 0 ? <p className="plenary-statements__empty">{t('room.noStatements')}</p> : (
                <ul className="plenary-statements__list">
                  {list.map((s) => (
                    <li key={s.id}>
                      <span className="plenary-statements__text">{s.text}</span>
                      <span className="plenary-statements__count">{t('room.endorseCount', { count: s.endorsedBy.length })}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        }) : null}
      </div>
    </div>
  );
}
