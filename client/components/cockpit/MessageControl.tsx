// SPDX-License-Identifier: EUPL-1.2
/** A short message to all groups (cockpit): shown at the top of every group room until it is taken away. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { LiveState } from '../../../shared/liveDoc.js';
import { MAX_MESSAGE_CHARS } from '../../../shared/apiMeeting.js';
import { TextareaField } from '../fields/TextareaField.js';
import { useLiveCommand } from './useLiveCommand.js';

/** Props of the message control. */
export interface MessageControlProps { workshopId: string; live: LiveState }

/** The cockpit's message control. */
export function MessageControl({ workshopId, live }: MessageControlProps) {
  const { t } = useTranslation();
  const { send, busy, error } = useLiveCommand(workshopId);
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) { setEmpty(true); document.getElementById('bericht-tekst')?.focus(); return; }
    setEmpty(false);
    if (await send({ message: text.trim() }, t('cockpit.message.sent'))) setText('');
  };

  return (
    <section className="cockpit-panel cockpit-panel--message" aria-labelledby="bericht-titel">
      <Heading level={2} id="bericht-titel">{t('cockpit.message.title')}</Heading>
      {live.message ? (
        <div className="cockpit-message-now">
          <p className="cockpit-message-now__label">{t('cockpit.message.current')}</p>
          <Paragraph className="cockpit-message-now__text">{live.message.text}</Paragraph>
          <Button appearance="secondary-action-button" disabled={busy} onClick={() => void send({ message: null }, t('cockpit.message.cleared'))}>
            {t('cockpit.message.clear')}
          </Button>
        </div>
      ) : <Paragraph>{t('cockpit.message.none')}</Paragraph>}
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextareaField
          id="bericht-tekst"
          label={t('cockpit.message.label')}
          description={t('cockpit.message.hint', { max: MAX_MESSAGE_CHARS })}
          value={text}
          maxLength={MAX_MESSAGE_CHARS}
          rows={2}
          onValueChange={(v) => { setText(v); if (empty && v.trim()) setEmpty(false); }}
          error={empty ? t('cockpit.message.empty') : null}
        />
        <div className="button-row">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{t('cockpit.message.send')}</Button>
        </div>
      </form>
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
    </section>
  );
}
