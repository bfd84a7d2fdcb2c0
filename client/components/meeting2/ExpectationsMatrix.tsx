// SPDX-License-Identifier: EUPL-1.2
/**
 * The 3×3 expectations matrix of meeting 2, as a table: rows "van" (from), columns "aan" (to).
 * The diagonal holds each group's own ambitions; each other cell what the row's group expects of
 * the column's group, beside what that group committed to itself (its ambitions, most endorsed
 * first), so the room sees where expectations and commitments meet. Long lists are cut to the
 * first few with "+n meer"; one cell can be opened full screen (`openCell`). In the cockpit each
 * statement has "Maak hier een afspraak van" (`onMakeAgreement`); the beamer gets no such controls.
 */
import './meeting2.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from '@utrecht/component-library-react';
import type { AgreementSourceBody } from '../../../shared/apiAgreements.js';
import type { RoleGroup } from '../../../shared/docNames.js';
import type { Statement } from '../../../shared/groupDoc.js';
import type { RoleGroupSnapshot } from '../../../shared/roleGroupDoc.js';

/** What a matrix reads: per role group in use its snapshot. */
export type MatrixContent = Partial<Record<RoleGroup, RoleGroupSnapshot>>;

/** A cell of the matrix. */
export interface MatrixCell { from: RoleGroup; to: RoleGroup }

const written = (list: Statement<string>[]) => list.filter((s) => s.text.trim() !== '');
const byEndorsements = (list: Statement<string>[]) => [...list].sort((a, b) => b.endorsedBy.length - a.endorsedBy.length || a.createdAt - b.createdAt);

/** The ambitions of a group and what one group expects of another (only statements with text). */
export function cellLists(content: MatrixContent, cell: MatrixCell): { expected: Statement<string>[]; committed: Statement<string>[] } {
  const committed = byEndorsements(written(content[cell.to]?.ambitions ?? []));
  const expected = cell.from === cell.to ? [] : written(content[cell.from]?.expectations[cell.to] ?? []);
  return { expected, committed };
}

/**
 * "Maak hier een afspraak van" on one statement (the facilitator, in the cockpit): its text, where
 * it came from, and the group that carries it out (the group that wrote the ambition, or the group
 * an expectation is addressed to).
 */
export interface AgreementPick { text: string; source: AgreementSourceBody; owners: RoleGroup[] }

/** Which list a statement is in: a group's ambitions, or what `from` expects of `to`. */
type ListOf = { kind: 'ambition'; roleGroup: RoleGroup } | { kind: 'expectation'; from: RoleGroup; to: RoleGroup };

const pickOf = (s: Statement<string>, of: ListOf): AgreementPick => (of.kind === 'ambition'
  ? { text: s.text, source: { kind: 'ambition', roleGroup: of.roleGroup, statementId: s.id }, owners: [of.roleGroup] }
  : { text: s.text, source: { kind: 'expectation', from: of.from, to: of.to, statementId: s.id }, owners: [of.to] });

function StatementList({ items, max, className, of, onMakeAgreement }: { items: Statement<string>[]; max: number; className: string; of: ListOf; onMakeAgreement?: (pick: AgreementPick) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="matrix-cell__none">{t('m2.matrix.nothing')}</p>;
  const shown = items.slice(0, max);
  return (
    <ul className={className}>
      {shown.map((s) => (
        <li key={s.id} className={onMakeAgreement ? 'matrix-cell__item--agree' : undefined}>
          {onMakeAgreement ? <span className="matrix-cell__text">{s.text}</span> : s.text}
          {s.endorsedBy.length ? <span className="matrix-cell__count"> ({t('m2.matrix.endorsements', { count: s.endorsedBy.length })})</span> : null}
          {onMakeAgreement ? (
            <Button appearance="subtle-button" className="matrix-cell__agree" onClick={() => onMakeAgreement(pickOf(s, of))}>
              {t('m2Agreement.make')}<span className="visually-hidden">: {s.text}</span>
            </Button>
          ) : null}
        </li>
      ))}
      {items.length > max ? <li className="matrix-cell__more">+{items.length - max}</li> : null}
    </ul>
  );
}

/** Props of the matrix. */
export interface ExpectationsMatrixProps {
  groups: RoleGroup[];
  content: MatrixContent;
  /** Most statements shown per list in a cell. */
  max?: number;
  /** Opens a cell full screen (the facilitator); absent: cells are not buttons. */
  onOpenCell?: (cell: MatrixCell) => void;
  /** "Maak hier een afspraak van" on each statement (the facilitator's cockpit; never on the beamer). */
  onMakeAgreement?: (pick: AgreementPick) => void;
  headingLevel?: 2 | 3;
}

/** The whole matrix. */
export function ExpectationsMatrix({ groups, content, max = 4, onOpenCell, onMakeAgreement, headingLevel = 2 }: ExpectationsMatrixProps) {
  const { t } = useTranslation();
  const name = (g: RoleGroup) => t(`m2.roleGroup.${g}`);
  const cellBody = (from: RoleGroup, to: RoleGroup): ReactNode => {
    const { expected, committed } = cellLists(content, { from, to });
    if (from === to) {
      return (
        <div className="matrix-cell matrix-cell--own">
          <p className="matrix-cell__label">{t('m2.matrix.own')}</p>
          <StatementList items={committed} max={max + 2} className="matrix-cell__list" of={{ kind: 'ambition', roleGroup: to }} onMakeAgreement={onMakeAgreement} />
        </div>
      );
    }
    return (
      <div className="matrix-cell">
        <div className="matrix-cell__expected">
          <p className="matrix-cell__label">{t('m2.matrix.expects', { from: name(from), to: name(to) })}</p>
          <StatementList items={expected} max={max} className="matrix-cell__list" of={{ kind: 'expectation', from, to }} onMakeAgreement={onMakeAgreement} />
        </div>
        <div className="matrix-cell__committed">
          <p className="matrix-cell__label">{t('m2.matrix.committed', { to: name(to) })}</p>
          <StatementList items={committed} max={Math.max(1, max - 2)} className="matrix-cell__list matrix-cell__list--small" of={{ kind: 'ambition', roleGroup: to }} onMakeAgreement={onMakeAgreement} />
        </div>
      </div>
    );
  };
  return (
    <div className="matrix">
      <Heading level={headingLevel} className="matrix__title" id="matrix-titel">{t('m2.matrix.title')}</Heading>
      <table className={`matrix__table matrix__table--${groups.length}`} aria-labelledby="matrix-titel">
        <caption className="visually-hidden">{t('m2.matrix.caption')}</caption>
        <thead>
          <tr>
            <td className="matrix__corner"><span aria-hidden="true">{t('m2.matrix.from')} ↓ · {t('m2.matrix.to')} →</span></td>
            {groups.map((to) => <th key={to} scope="col"><span className="matrix__axis">{t('m2.matrix.to')} </span>{name(to)}</th>)}
          </tr>
        </thead>
        <tbody>
          {groups.map((from) => (
            <tr key={from}>
              <th scope="row"><span className="matrix__axis">{t('m2.matrix.from')} </span>{name(from)}</th>
              {groups.map((to) => (
                <td key={to} className={from === to ? 'matrix__diagonal' : undefined}>
                  {cellBody(from, to)}
                  {onOpenCell ? (
                    <Button appearance="subtle-button" className="matrix-cell__open" onClick={() => onOpenCell({ from, to })}>
                      {t('m2.matrix.open', { from: name(from), to: name(to) })}
                    </Button>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One cell full screen: the expectations beside the commitments, every statement. */
export function MatrixCellView({ cell, content, onClose, onMakeAgreement }: { cell: MatrixCell; content: MatrixContent; onClose?: () => void; onMakeAgreement?: (pick: AgreementPick) => void }) {
  const { t } = useTranslation();
  const name = (g: RoleGroup) => t(`m2.roleGroup.${g}`);
  const { expected, committed } = cellLists(content, cell);
  const own = cell.from === cell.to;
  return (
    <section className="matrix-full" aria-labelledby="matrix-vol-titel">
      <Heading level={2} id="matrix-vol-titel" className="matrix-full__title">
        {own ? `${name(cell.to)}: ${t('m2.matrix.own')}` : t('m2.matrix.expects', { from: name(cell.from), to: name(cell.to) })}
      </Heading>
      <div className={`matrix-full__columns${own ? ' matrix-full__columns--one' : ''}`}>
        {own ? null : (
          <div>
            <StatementList items={expected} max={50} className="matrix-full__list" of={{ kind: 'expectation', from: cell.from, to: cell.to }} onMakeAgreement={onMakeAgreement} />
          </div>
        )}
        <div>
          {own ? null : <Heading level={3} className="matrix-full__side">{t('m2.matrix.committed', { to: name(cell.to) })}</Heading>}
          <StatementList items={committed} max={50} className="matrix-full__list" of={{ kind: 'ambition', roleGroup: cell.to }} onMakeAgreement={onMakeAgreement} />
        </div>
      </div>
      {onClose ? <Button appearance="secondary-action-button" onClick={onClose}>{t('m2.matrix.close')}</Button> : null}
    </section>
  );
}
