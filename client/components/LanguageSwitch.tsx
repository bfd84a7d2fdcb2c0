// SPDX-License-Identifier: EUPL-1.2
/** Switches the interface between Dutch and English; the button names the other language in that language. */
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { setLanguage, type Language } from '../i18n/index.js';

/** The language switch of the page header. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = t('app.switchLanguageLang') as Language;
  return (
    <Button appearance="subtle-button" lang={target} onClick={() => void setLanguage(target)}>
      {t('app.switchLanguage')}
    </Button>
  );
}
