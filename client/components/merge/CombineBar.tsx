// SPDX-License-Identifier: EUPL-1.2
/**
 * What to do with the selected items: "Combineer tot één zin" (the facilitator writes the shared
 * sentence in a dialog; one new passage with all of them as sources), "Voeg toe aan deze passage" (their sources added to
 * the passage where the caret is in the vision), and "Keuze wissen".
 */
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';

/** Props of the combine bar. */
export interface CombineBarProps {
  count: number;
  onCombine: () => void;
  onAddToPassage: () => void;
  onClear: () => void;
}

/** The combine bar. */
export function CombineBar({ count, onCombine, onAddToPassage, onClear }: CombineBarProps) {
  const { t } = useTranslation();
  return (
    <div className="combine-bar" role="group" aria-labelledby="keuze-aantal">
      <p id="keuze-aantal" className="combine-bar__count">{t('merge.selection', { count })}</p>
      <div className="button-row">
        <Button appearance="primary-action-button" disabled={count === 0} onClick={onCombine}>{t('merge.combine')}</Button>
        <Button appearance="secondary-action-button" disabled={count === 0} onClick={onAddToPassage}>{t('merge.addToPassage')}</Button>
        <Button appearance="subtle-button" disabled={count === 0} onClick={onClear}>{t('merge.clearSelection')}</Button>
      </div>
    </div>
  );
}
