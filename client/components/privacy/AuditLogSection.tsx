// SPDX-License-Identifier: EUPL-1.2
/**
 * "Logboek": the workshop's audit log as a table (wanneer, wie, wat, onderwerp, resultaat), newest
 * first, one page at a time. "Oudere regels" asks the next page (`before` the oldest line shown)
 * and announces how many came; focus stays on the button, so a keyboard user can go on (or, once
 * every line is shown and the button goes, moves to "Logboek vernieuwen").
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert, Button, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import type { AuditEntryView } from '../../../shared/apiAvg.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { announce } from '../../stores/announcerStore.js';
import { useGroupNames } from '../../stores/groupNameHooks.js';
import { loadAuditPage } from '../../stores/privacyCommands.js';
import { describeAuditEntry, foldAutoReveals, formatAuditTime } from './auditEntryText.js';

/** Lines per page of the log. */
const AUDIT_PAGE_SIZE = 50;

type LogState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; entries: AuditEntryView[]; complete: boolean };

/** Props of the log section. */
export interface AuditLogSectionProps {
  workshopId: string;
  gemeente: string;
  participants: ParticipantView[];
  /** Changes when the log should show its newest lines again (e.g. after a download, which is logged). */
  reloadSignal?: number;
}

/** The "Logboek" section. */
export function AuditLogSection({ workshopId, gemeente, participants, reloadSignal = 0 }: AuditLogSectionProps) {
  const { t } = useTranslation();
  const [log, setLog] = useState<LogState>({ status: 'loading' });
  const [olderBusy, setOlderBusy] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  const refreshRef = useRef<HTMLButtonElement>(null);
  const groupNames = useGroupNames(workshopId);

  const loadFirst = useCallback(async (announceDone: boolean) => {
    setOlderError(null);
    try {
      const entries = await loadAuditPage(workshopId, { limit: AUDIT_PAGE_SIZE });
      setLog({ status: 'ready', entries, complete: entries.length < AUDIT_PAGE_SIZE });
      if (announceDone) announce(t('privacy.log.refreshed'));
    } catch (error) {
      setLog({ status: 'error', error });
    }
  }, [t, workshopId]);

  useEffect(() => { void loadFirst(false); }, [loadFirst, reloadSignal]);

  const loadOlder = async () => {
    if (log.status !== 'ready' || log.entries.length === 0) return;
    setOlderBusy(true);
    setOlderError(null);
    try {
      const older = await loadAuditPage(workshopId, { limit: AUDIT_PAGE_SIZE, before: log.entries[log.entries.length - 1].id });
      const complete = older.length < AUDIT_PAGE_SIZE;
      setLog({ status: 'ready', entries: [...log.entries, ...older], complete });
      announce(complete ? `${t('privacy.log.olderLoaded', { count: older.length })} ${t('privacy.log.allShown')}` : t('privacy.log.olderLoaded', { count: older.length }));
      if (complete) refreshRef.current?.focus();
    } catch (error) {
      setOlderError(error);
    } finally {
      setOlderBusy(false);
    }
  };

  return (
    <section className="facilitator-section privacy-section" aria-labelledby="logboek-titel" id="logboek">
      <Heading level={2} id="logboek-titel">{t('privacy.log.title')}</Heading>
      <Paragraph>{t('privacy.log.intro')}</Paragraph>
      {log.status === 'loading' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {log.status === 'error' ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('privacy.log.loadFailed')} {apiErrorText(t, log.error)}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => { setLog({ status: 'loading' }); void loadFirst(false); }}>{t('app.retry')}</Button>
        </Alert>
      ) : null}
      {log.status === 'ready' ? (
        <>
          {log.entries.length === 0
            ? <Paragraph>{t('privacy.log.empty')}</Paragraph>
            : <AuditTable entries={log.entries} gemeente={gemeente} participants={participants} groupNames={groupNames} />}
          <Paragraph appearance="small">
            {t('privacy.log.count', { count: log.entries.length })}{log.complete && log.entries.length > 0 ? ` ${t('privacy.log.allShown')}` : ''}
          </Paragraph>
          {olderError ? (
            <Alert type="error" role="alert"><Paragraph>{t('privacy.log.loadFailed')} {apiErrorText(t, olderError)}</Paragraph></Alert>
          ) : null}
          <div className="button-row">
            {!log.complete ? (
              <Button appearance="secondary-action-button" busy={olderBusy} aria-disabled={olderBusy || undefined} onClick={() => { if (!olderBusy) void loadOlder(); }}>
                {t('privacy.log.older')}
              </Button>
            ) : null}
            <Button ref={refreshRef} appearance="subtle-button" onClick={() => void loadFirst(true)}>{t('privacy.log.refresh')}</Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The table itself; the wrapper scrolls sideways on a narrow screen and can then be reached with Tab. */
function AuditTable({ entries, gemeente, participants, groupNames }: {
  entries: AuditEntryView[]; gemeente: string; participants: ParticipantView[]; groupNames: readonly string[] | null;
}) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  const facilitators = participants.filter((p) => p.role === 'facilitator');
  const facilitatorName = facilitators.length === 1 ? facilitators[0].name : null;
  const folded = useMemo(() => foldAutoReveals(entries), [entries]);
  return (
    <div className="privacy-log__scroll" role="region" aria-labelledby="logboek-bijschrift" tabIndex={0}>
      <Table className="privacy-log">
        <TableCaption id="logboek-bijschrift">{t('privacy.log.caption', { gemeente })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('privacy.log.columns.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('privacy.log.columns.who')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('privacy.log.columns.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('privacy.log.columns.subject')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('privacy.log.columns.result')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {folded.entries.map((entry) => {
            const text = describeAuditEntry(t, entry, names, groupNames, { facilitatorName, revealed: folded.revealedBy.has(entry.id) });
            return (
              <TableRow key={entry.id} className={entry.result === 'ok' ? undefined : 'privacy-log__refused'}>
                <TableCell><time dateTime={entry.at}>{formatAuditTime(entry.at, i18n.language)}</time></TableCell>
                <TableCell>{text.who}</TableCell>
                <TableCell>{text.what}</TableCell>
                <TableCell>{text.subject}</TableCell>
                <TableCell>{text.result}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
