// SPDX-License-Identifier: EUPL-1.2
/**
 * A text this person typed that was not sent because they may no longer change it (pendingCarry.ts):
 * shown where they typed it, with a way to copy it, until they close the message. Nothing typed is lost.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';

/** Props of a held text. */
export interface HeldTextNoteProps {
  text: string;
  /** Where it was typed, when not in the statement the note stands under. */
  where?: string;
  onDismiss: () => void;
}

/** The held text, its explanation and the copy and close buttons. */
export function HeldTextNote({ text, where, onDismiss }: HeldTextNoteProps) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'none' | 'copied' | 'failed'>('none');
  const textRef = useRef<HTMLParagraphElement>(null);
  const copyText = () => {
    const select = () => {
      if (textRef.current) window.getSelection()?.selectAllChildren(textRef.current);
      setCopy('failed');
    };
    if (!navigator.clipboard) return select();
    navigator.clipboard.writeText(text).then(() => setCopy('copied'), select);
  };
  return (
    <div className="held-text" role="status">
      <p className="held-text__title">{t('statementEdit.heldTitle')}</p>
      <p className="held-text__body">{t('statementEdit.heldBody')}</p>
      {where ? <p className="held-text__where">{where}</p> : null}
      <p ref={textRef} className="held-text__text">{text}</p>
      <div className="held-text__actions">
        <Button appearance="secondary-action-button" onClick={copyText}>{t('statementEdit.heldCopy')}</Button>
        <Button appearance="subtle-button" onClick={onDismiss}>{t('statementEdit.heldDismiss')}</Button>
      </div>
      {copy !== 'none' ? <p className="held-text__copied">{t(copy === 'copied' ? 'statementEdit.heldCopied' : 'statementEdit.heldCopyFailed')}</p> : null}
    </div>
  );
}
