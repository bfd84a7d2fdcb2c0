// SPDX-License-Identifier: EUPL-1.2
/**
 * One block of a version comparison: a label in words (gewijzigd, nieuw, verwijderd, ongewijzigd,
 * "was een alinea, nu een kop"), then the text with insertions in <ins> and deletions in <del>, each
 * also marked by a hidden text label for screen readers and by underline / strike-through, not by colour only.
 */
import { useTranslation } from 'react-i18next';
import type { BlockDiff } from '../../../shared/versionDiff.js';

/** A block of the comparison. */
export function DiffBlockView({ block }: { block: BlockDiff }) {
  const { t } = useTranslation();
  const typeChanged = block.typeBefore && block.typeAfter && block.typeBefore !== block.typeAfter;
  return (
    <div className={`diff-block diff-block--${block.change}`}>
      <p className="diff-block__label">
        <strong>{t(`consultation.diff.change.${block.change}`)}</strong>
        {typeChanged ? ` · ${t('consultation.diff.typeChanged', { before: typeName(t, block.typeBefore!), after: typeName(t, block.typeAfter!) })}` : null}
      </p>
      <p className="diff-block__text">
        {block.segments.map((s, i) => {
          if (s.kind === 'ins') return <ins key={i}><span className="visually-hidden">{t('consultation.diff.insStart')}</span>{s.text}<span className="visually-hidden">{t('consultation.diff.insEnd')}</span></ins>;
          if (s.kind === 'del') return <del key={i}><span className="visually-hidden">{t('consultation.diff.delStart')}</span>{s.text}<span className="visually-hidden">{t('consultation.diff.delEnd')}</span></del>;
          return <span key={i}>{s.text}</span>;
        })}
      </p>
    </div>
  );
}

function typeName(t: (key: string) => string, type: string): string {
  if (type.startsWith('heading')) return t('consultation.diff.type.heading');
  if (type === 'listItem') return t('consultation.diff.type.listItem');
  return t('consultation.diff.type.paragraph');
}
