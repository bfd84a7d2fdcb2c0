// SPDX-License-Identifier: EUPL-1.2
/**
 * Shown when the server refused this device's copy of the document because the group (or the
 * vision) started again on the server (stop `historyReset`): the copy no longer fits. Two choices:
 * save my text (a plain-text file of the refused copies) and continue with the new version
 * (deletes the copies on this device and reloads). The file names each group by its name. Any screen with a room that keeps a copy can
 * show it when the room's stop is `historyReset`.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { parseDocName } from '../../../shared/docNames.js';
import { continueWithNewVersion, refusedCopiesFile, refusedDocNames } from '../../collab/historyReset.js';
import type { LocalCopyLabels } from '../../collab/localCopyText.js';
import { useWorkshopGroupLabel } from '../../stores/groupNameHooks.js';
import { downloadText } from './textDownload.js';

type GroupLabelOf = (workshopId: string, group: number) => string;

function copyLabels(t: TFunction, language: string, now: Date, groupLabelOf: GroupLabelOf): LocalCopyLabels {
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(now);
  return {
    title: t('stop.historyReset.fileTitle'),
    savedAt: t('stop.historyReset.fileSavedAt', { date }),
    documentTitle: (docName) => {
      const ref = parseDocName(docName);
      if (ref?.kind === 'group') return t('stop.historyReset.fileGroup', { group: groupLabelOf(ref.workshopId, ref.group) });
      if (ref?.kind === 'draft') return t('stop.historyReset.fileDraft', { group: groupLabelOf(ref.workshopId, ref.group) });
      if (ref?.kind === 'vision') return t('stop.historyReset.fileVision');
      return t('stop.historyReset.fileOther');
    },
    parts: { openStaan: t('room.part.openStaan'), loslaten: t('room.part.loslaten'), cultuur: t('room.part.cultuur'), horizon: t('room.part.horizon') },
    content: t('stop.historyReset.fileVision'),
    empty: t('stop.historyReset.fileEmpty'),
  };
}

/** The notice with its two choices. */
export function HistoryResetNotice() {
  const { t, i18n } = useTranslation();
  const groupLabelOf = useWorkshopGroupLabel();
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const save = () => {
    const now = new Date();
    const file = refusedCopiesFile(copyLabels(t, i18n.language, now, groupLabelOf), now);
    downloadText(file.fileName, file.text);
    setSavedAs(file.fileName);
  };
  const refusedNames = refusedDocNames();
  const visionOnly = refusedNames.length > 0 && refusedNames.every((name) => parseDocName(name)?.kind === 'vision');
  const continueAnew = () => {
    setLeaving(true);
    void continueWithNewVersion();
  };
  return (
    <Alert type="warning" role="alert" className="room-stop">
      <Heading level={2}>{t(visionOnly ? 'stop.historyReset.titleVision' : 'stop.historyReset.title')}</Heading>
      <Paragraph>{t('stop.historyReset.body')}</Paragraph>
      <Paragraph role="status" aria-live="polite">{savedAs ? t('stop.historyReset.saved', { fileName: savedAs }) : null}</Paragraph>
      <div className="button-row">
        <Button appearance="primary-action-button" onClick={save}>{t('stop.historyReset.save')}</Button>
        <Button appearance="secondary-action-button" onClick={continueAnew} disabled={leaving}>{t('stop.historyReset.continue')}</Button>
      </div>
    </Alert>
  );
}
