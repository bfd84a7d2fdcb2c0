// SPDX-License-Identifier: EUPL-1.2
/**
 * "Kopieer link": copies a join link and confirms it visibly and through the live region. When
 * copying is not possible, the link appears in a read-only field to copy by hand.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { copyText } from '../clipboard.js';
import { announce } from '../../stores/announcerStore.js';

/** Props of a copy-link button. */
export interface CopyLinkButtonProps {
  link: string;
  /** Visible text. */
  label: string;
  /** Text for screen readers added after the visible text (e.g. " van Anna"). */
  hiddenSuffix?: string;
  /** What the live region says after copying. */
  announcement: string;
  /** Accessible name of the fallback field. */
  fieldLabel: string;
}

/** A copy-link button. */
export function CopyLinkButton({ link, label, hiddenSuffix, announcement, fieldLabel }: CopyLinkButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 5_000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const ok = await copyText(link);
    setState(ok ? 'copied' : 'failed');
    announce(ok ? announcement : t('facilitator.copyFailed'));
  };
  return (
    <span className="copy-link">
      <Button appearance="secondary-action-button" onClick={() => void copy()}>
        {label}{hiddenSuffix ? <span className="visually-hidden">{hiddenSuffix}</span> : null}
      </Button>
      {state === 'copied' ? <span className="copy-link__done" aria-hidden="true">✓ {t('facilitator.copiedShort')}</span> : null}
      {state === 'failed' ? (
        <span className="copy-link__fallback">
          <Paragraph appearance="small">{t('facilitator.copyFailed')}</Paragraph>
          <Textbox readOnly value={link} aria-label={fieldLabel} onFocus={(e) => e.currentTarget.select()} />
        </span>
      ) : null}
    </span>
  );
}
