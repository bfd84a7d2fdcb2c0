// SPDX-License-Identifier: EUPL-1.2
/** The stance of a comment as a group of radio buttons: eens, oneens, aanvulling. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../../shared/consultationDoc.js';

/** The stances a passage comment can have (a general comment has 'algemeen'). */
const PASSAGE_STANCES: readonly Stance[] = ['eens', 'oneens', 'aanvulling'];

/** Radio buttons for the stance. */
export function StanceChoice({ value, onChange }: { value: Stance; onChange: (stance: Stance) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="stance-choice">
      <legend>{t('consultation.form.stanceLegend')}</legend>
      {PASSAGE_STANCES.map((stance) => (
        <label key={stance} className="stance-choice__option">
          <input type="radio" name={name} value={stance} checked={value === stance} onChange={() => onChange(stance)} />
          <span>{t(`consultation.stance.${stance}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
