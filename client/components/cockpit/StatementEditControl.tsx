// SPDX-License-Identifier: EUPL-1.2
/**
 * The statement edit setting (cockpit): whether participants change only their own statements
 * ("Alleen eigen uitspraken aanpassen") or the group sharpens statements together (the default).
 * Stored in the live document through the API; the server enforces it on every change.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { LiveState } from '../../../shared/liveDoc.js';
import { CheckboxField } from '../fields/CheckboxField.js';
import { useLiveCommand } from './useLiveCommand.js';

/** Props of the statement edit control. */
export interface StatementEditControlProps { workshopId: string; live: LiveState }

/** The cockpit's statement edit setting. */
export function StatementEditControl({ workshopId, live }: StatementEditControlProps) {
  const { t } = useTranslation();
  const { send, busy, error } = useLiveCommand(workshopId);
  const [pending, setPending] = useState<boolean | null>(null);
  useEffect(() => { if (pending === live.ownStatementsOnly) setPending(null); }, [pending, live.ownStatementsOnly]);
  const choose = async (ownOnly: boolean) => {
    setPending(ownOnly);
    const ok = await send({ ownStatementsOnly: ownOnly }, ownOnly ? t('statementEdit.settingOn') : t('statementEdit.settingOff'));
    if (!ok) setPending(null);
  };
  return (
    <section className="cockpit-panel cockpit-panel--editing" aria-labelledby="aanpassen-titel">
      <Heading level={2} id="aanpassen-titel">{t('statementEdit.settingTitle')}</Heading>
      <CheckboxField
        id="alleen-eigen-uitspraken"
        label={t('statementEdit.settingLabel')}
        description={t('statementEdit.settingHint')}
        checked={pending ?? live.ownStatementsOnly}
        disabled={busy}
        onCheckedChange={(checked) => void choose(checked)}
      />
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
    </section>
  );
}
